/**
 * Words in a text that hint at an answer without the course: a date or number where the
 * question asks for one, or a word saying that one event came before another. The
 * generator keeps such texts out of the items they would give away, and the item rules
 * (item-rules.ts) check that it did.
 */

const MONTHS = [
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  'january|february|march|april|may|june|july|august|september|october|november|december',
].join('|');

const DATE_PATTERNS = [
  /\b(1[89]|20)\d{2}\b/, // a year
  new RegExp(`\\b\\d{1,2}(er|st|nd|rd|th)?\\s+(${MONTHS})\\b`, 'i'), // "11 septembre", "4 October"
  new RegExp(`\\b(${MONTHS})\\s+\\d{1,2}\\b`, 'i'), // "September 11"
  /anniversa/i, // "70th anniversary", "anniversaire"
  /\b\d+\s+ans\b/i, // "les 70 ans de l’OTAN"
  /\b(deux|trois|two|three|\d+)\s+(ans|années|years)\s+(après|plus tard|after|later)\b/i,
];

/** Whether a text states or implies a date: a year, a day and month, an anniversary, "two years after". */
export const statesDate = (text: string) => DATE_PATTERNS.some((pattern) => pattern.test(text));

const RELATIVE =
  /(?<!\p{L})(first|premier|premiers|première|premières|again|de nouveau|à nouveau|ends|prend fin|s’achève|s'achève|après|after|later|plus tard|then|puis|no longer|ne plus|resumes?|reprend|continues?|poursuit|new|nouveau|nouvelle|nouveaux|nouvelles|additional|supplémentaires?|updated|actualisée?|révisée?|revised|expanded|élargie?|étendue?|enhanced|renforcée?)(?!\p{L})/iu;

/** Whether a text says where an event sits in time relative to others ("its first", "again", "ends"). */
export const statesOrder = (text: string) => RELATIVE.test(text);

/** Numbers written with digits in a text, as strings ("2396", "15", "360"). */
export const numbersIn = (text: string) => [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((match) => match[0].replace(',', '.'));
