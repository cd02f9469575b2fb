/** A size as each language writes it: `1.4 MB` in English, `1,4 Mo` in French (decimal units). */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${lang === 'fr' ? units[unit]?.replace('B', 'o') : units[unit]}`;
}
