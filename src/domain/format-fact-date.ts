import type { FactDate, Lang } from '@/content/course-types';
import { MONTH_NAMES } from '@/content/fact-dates';

const monthName = (lang: Lang, month: number) => MONTH_NAMES[lang][month - 1] ?? '';
const dayText = (lang: Lang, day: number) => (lang === 'fr' && day === 1 ? '1er' : String(day));

function single(date: FactDate, lang: Lang): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${monthName(lang, date.month)} ${date.year}`;
  return `${dayText(lang, date.day)} ${monthName(lang, date.month)} ${date.year}`;
}

/**
 * Days of one month, as the lessons write them: "13 et 14 septembre" and "du 9 au 11 juillet" in
 * French, "13–14 September" (en dash) in English.
 */
function dayRange(lang: Lang, first: number, last: number, month: number): string {
  if (lang === 'en') return `${first}–${last} ${monthName(lang, month)}`;
  const join = last - first === 1 ? `${dayText(lang, first)} et ${last}` : `du ${dayText(lang, first)} au ${last}`;
  return `${join} ${monthName(lang, month)}`;
}

/**
 * Formats a course date at its own precision, as the lessons write it:
 * "12 septembre 2001", "13 et 14 septembre 2001", "du 9 au 11 juillet 2024", "13–14 September 2001",
 * "mi-octobre 2001", "novembre-décembre 2021", "2011-2014".
 */
export function formatFactDate(date: FactDate, lang: Lang, options: { end?: FactDate; qualifier?: 'mid'; capitalized?: boolean } = {}): string {
  const { end, qualifier, capitalized = true } = options;
  let text: string;
  if (!end) {
    text = single(date, lang);
  } else if (date.day !== undefined && end.day !== undefined && end.month === date.month && end.year === date.year) {
    text = `${dayRange(lang, date.day, end.day, date.month ?? 1)} ${date.year}`;
  } else if (date.day === undefined && date.month !== undefined && end.month !== undefined && end.year === date.year) {
    text = `${monthName(lang, date.month)}-${monthName(lang, end.month)} ${date.year}`;
  } else {
    text = `${single(date, lang)}-${single(end, lang)}`;
  }
  if (qualifier === 'mid') text = lang === 'fr' ? `mi-${text}` : `mid-${text}`;
  return capitalized ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}

/** A sortable key (YYYYMMDD) for a course date; missing parts sort first. */
export function factDateKey(date: FactDate): number {
  return date.year * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}
