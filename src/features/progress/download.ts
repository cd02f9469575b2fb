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
