/** Dates of course facts: parsing `YYYY[-MM[-DD]]` and checking that a text states a date. */
import type { FactDate, Lang } from './course-types.ts';

export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function parseFactDate(value: string): FactDate {
  const [year, month, day] = value.split('-').map(Number);
  return {
    year: year ?? 0,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}

/**
 * Whether `text` states `date` at its precision: the year; for a month, the month name;
 * for a day, the day followed by the month name ("12 septembre", "1er janvier",
 * "13-14 September", "27 et 28 novembre").
 */
export function textStatesDate(text: string, date: FactDate, lang: Lang): boolean {
  if (!new RegExp(`(?<!\\d)${date.year}(?!\\d)`).test(text)) return false;
  if (date.month === undefined) return true;
  const month = MONTH_NAMES[lang][date.month - 1] ?? '';
  if (date.day === undefined) return new RegExp(`(?<!\\p{L})${month}(?!\\p{L})`, 'iu').test(text);
  const day = lang === 'fr' && date.day === 1 ? '1(?:er)?' : String(date.day);
  const rangeEnd = '(?:\\s*(?:[-–]|et|au|and|to)\\s*\\d{1,2}(?:er)?)?';
  return new RegExp(`(?<!\\d)${day}${rangeEnd}\\s+${month}(?!\\p{L})`, 'iu').test(text);
}
