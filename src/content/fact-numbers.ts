/** Whether a lesson text states a number, in digits or in words ("onze", "eleven", "70e"). */
import type { Lang } from './course-types.ts';

const WORDS: Record<Lang, Record<number, string[]>> = {
  fr: {
    1: ['un', 'une', 'premier', 'première', 'unique'],
    2: ['deux', 'deuxième', 'second', 'seconde'],
    3: ['trois', 'troisième'],
    4: ['quatre', 'quatrième'],
    5: ['cinq', 'cinquième'],
    6: ['six', 'sixième'],
    7: ['sept', 'septième'],
    8: ['huit', 'huitième'],
    9: ['neuf', 'neuvième'],
    10: ['dix', 'dixième'],
    11: ['onze'],
    12: ['douze'],
    13: ['treize'],
    14: ['quatorze'],
    15: ['quinze'],
    16: ['seize'],
    20: ['vingt', 'vingtaine'],
    30: ['trente', 'trentaine'],
    40: ['quarante', 'quarantaine'],
    50: ['cinquante', 'cinquantaine'],
    70: ['soixante-dix'],
  },
  en: {
    1: ['one', 'first', 'only'],
    2: ['two', 'second'],
    3: ['three', 'third'],
    4: ['four', 'fourth'],
    5: ['five', 'fifth'],
    6: ['six', 'sixth'],
    7: ['seven', 'seventh'],
    8: ['eight', 'eighth'],
    9: ['nine', 'ninth'],
    10: ['ten', 'tenth'],
    11: ['eleven'],
    12: ['twelve'],
    13: ['thirteen'],
    14: ['fourteen'],
    15: ['fifteen'],
    16: ['sixteen'],
    20: ['twenty'],
    30: ['thirty'],
    40: ['forty'],
    50: ['fifty'],
    70: ['seventy', 'seventieth'],
  },
};

export function textStatesNumber(text: string, value: number, lang: Lang): boolean {
  const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '[\\s\u00a0\u202f,.]?');
  if (new RegExp(`(?<![\\d.,])${digits}(?![\\d]|[.,]\\d)`, 'u').test(text)) return true;
  return (WORDS[lang][value] ?? []).some((word) => new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'iu').test(text));
}
