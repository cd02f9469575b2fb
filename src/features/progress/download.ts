import { exportAllData } from '@/db/export-data';

/** Offers `data` as a file download (a Blob URL: no network, works offline). */
export function downloadJson(filename: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads every stored table as a backup file (settings, and the full-disk banner). */
export async function downloadBackup(): Promise<void> {
  downloadJson('sentinelle-progress.json', await exportAllData(Date.now()));
}
