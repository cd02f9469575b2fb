/** Offers a file as a download (a Blob URL: no network, works offline). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Downloads the learner's completion record: the backup offered in the settings and when the
 * disk is full. The record code loads only now, not with the first page.
 */
export async function downloadBackup(lang: 'fr' | 'en'): Promise<boolean> {
  try {
    const [{ recordLoader }, { downloadCurrentRecord }] = await Promise.all([import('@/features/record/record-data'), import('@/features/record/record-service')]);
    await downloadCurrentRecord(await recordLoader(), lang);
    return true;
  } catch {
    return false;
  }
}
