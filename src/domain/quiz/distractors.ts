/** Choosing wrong answers an expert would accept: same kind, never also right, alike in length. */
import type { FactDate, LocalizedText } from '@/content/course-types';
import { normalizeForComparison } from '@/content/glossary';
import { memo } from './memo';
import { pick, shuffle, type Random } from './random';

/** The span of days a date covers at its precision, as sortable YYYYMMDD keys. */
export function dateSpan(date: FactDate, end?: FactDate): [number, number] {
  const last = end ?? date;
  return [date.year * 10000 + (date.month ?? 1) * 100 + (date.day ?? 1), last.year * 10000 + (last.month ?? 12) * 100 + (last.day ?? 31)];
}

export const spansOverlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

const textLength = (text: LocalizedText) => (text.fr.length + text.en.length) / 2;

/**
 * normalizeForComparison, remembered: the same fact texts are compared again and again
 * (every distractor of every question, for every seed).
 */
const normalize = memo(normalizeForComparison);

/** Two texts too close to both stand as options (equal, or one containing the other). */
export function tooClose(a: LocalizedText, b: LocalizedText): boolean {
  return (['fr', 'en'] as const).some((lang) => {
    const x = normalize(a[lang]);
    const y = normalize(b[lang]);
    return x === y || x.includes(y) || y.includes(x);
  });
}

/**
 * Picks `count` distractors among `pool`, preferring texts whose length is close to the
 * answer's, and never one too close to the answer or to another distractor.
 */
export function pickAlike<T>(answer: LocalizedText, pool: readonly T[], textOf: (item: T) => LocalizedText, count: number, random: Random): T[] {
  const target = textLength(answer);
  const ranked = shuffle(pool, random)
    .filter((item) => !tooClose(textOf(item), answer))
    .sort((a, b) => Math.abs(textLength(textOf(a)) - target) - Math.abs(textLength(textOf(b)) - target));
  const chosen: T[] = [];
  const shortlist = pick(ranked.slice(0, count * 2), count * 2, random);
  for (const item of [...shortlist, ...ranked]) {
    if (chosen.length === count) break;
    if (!chosen.includes(item) && !chosen.some((other) => tooClose(textOf(other), textOf(item)))) chosen.push(item);
  }
  return chosen;
}

/**
 * How a figure is stated: exactly, as a floor ("more than 360": a smaller number would be
 * true too, so wrong answers must be larger), or as an approximation ("nearly 30": wrong
 * answers must be clearly away from it).
 */
export type FigureBound = 'exact' | 'above' | 'approx';

export function figureBound(statement: { fr: string; en: string }): FigureBound {
  const before = (text: string) => text.slice(0, text.indexOf('{n}')).toLowerCase();
  if (/(plus de|plus d['’]une?|au moins)\s*$/.test(before(statement.fr)) || /(more than|over|at least)\s*$/.test(before(statement.en))) return 'above';
  if (/(presque|près de|près d['’]une?|environ|quelque)\s*$/.test(before(statement.fr)) || /(nearly|almost|about|around|some)\s*$/.test(before(statement.en))) return 'approx';
  return 'exact';
}

/** Plausible wrong numbers for a figure: near it, positive, never also true given its bound. */
export function numberDistractors(value: number, count: number, random: Random, bound: FigureBound = 'exact'): number[] {
  const step = value >= 1000 ? Math.max(1, Math.round(value / 400)) : value % 10 === 0 && value >= 20 ? 10 : value % 5 === 0 && value >= 10 ? 5 : 1;
  // A number a bound makes true, or 0 (an approximate 1 at 0.4 times), is left out below.
  const round = (n: number) => Math.round(n / step) * step;
  const candidates = new Set<number>();
  if (bound === 'above') {
    for (const factor of [1.25, 1.5, 1.75, 2, 2.5, 3]) candidates.add(round(value * factor));
  } else if (bound === 'approx') {
    for (const factor of [0.4, 0.5, 0.6, 1.5, 1.75, 2]) candidates.add(round(value * factor));
  } else if (value <= 12) {
    for (let n = Math.max(1, value - 3); n <= value + 4; n++) candidates.add(n);
  } else {
    for (const factor of [0.5, 0.6, 0.75, 1.25, 1.4, 1.5, 2]) candidates.add(round(value * factor));
    for (const delta of [-3, -2, -1, 1, 2, 3]) candidates.add(value + delta * step);
  }
  candidates.delete(value);
  const allowed = [...candidates].filter((n) => n > 0 && (bound !== 'above' || n > value) && (bound !== 'approx' || Math.abs(n - value) >= value * 0.3));
  return pick(allowed, count, random);
}

/**
 * Wrong values for options shown in order (years, dates, numbers): `position` of them below
 * the key and the rest above, so that the key sits at `position` when the options are
 * sorted. `below` and `above` are ranked nearest first; each side picks among its nearest
 * few. Where one side runs short, the other makes up the count (the key then sits elsewhere).
 * Null when both sides together have fewer than `count`.
 */
export function valuesAround<T>(below: readonly T[], above: readonly T[], count: number, position: number | undefined, random: Random): T[] | null {
  if (below.length + above.length < count) return null;
  const wanted = position === undefined ? Math.floor(random() * (count + 1)) : Math.max(0, Math.min(count, position));
  let under = Math.min(wanted, below.length);
  let over = count - under;
  if (over > above.length) {
    over = above.length;
    under = count - over;
  }
  const side = (values: readonly T[], n: number) => pick(values.slice(0, Math.max(n, Math.min(values.length, n * 2))), n, random);
  return [...side(below, under), ...side(above, over)];
}
