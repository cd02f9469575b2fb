/**
 * The published blueprint of each quiz kind: how many items each unit gives, how many are
 * scenario items, how types are spread. `npm run quiz` prints it beside the quiz it shaped,
 * and docs/question-bank.md publishes it.
 */
import type { FactBase } from '@/content/course-types';
import { scenarioQuota } from './scenario-candidates';
import type { QuizScope } from './scope';

export interface Blueprint {
  /** The number of items the quiz asks for (a lesson check may end up shorter: it never repeats a fact). */
  count: number;
  /** Items per unit, in course order (one entry for a unit quiz or a lesson check). */
  units: { unitId: string; lessons: number; items: number }[];
  /** Scenario items: at least one, and at least one in five. */
  scenarios: number;
  /** At most this many items of one question type, while the pool allows. */
  perType: number;
  /** Every section an item relies on must lie in this scope. */
  sourcesWithin: 'course' | 'unit' | 'lesson';
}



/**
 * Items per unit in proportion to its number of lessons, by largest remainder (ties go to the
 * unit that comes first in the course), with at least one per unit when the count allows.
 */
export function unitShares(units: { unitId: string; lessons: number }[], count: number): { unitId: string; lessons: number; items: number }[] {
  const total = units.reduce((sum, unit) => sum + unit.lessons, 0);
  if (total === 0 || units.length === 0) return [];
  const exact = units.map((unit) => (count * unit.lessons) / total);
  const items = exact.map(Math.floor);
  let left = count - items.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    items[i] = (items[i] ?? 0) + 1;
    left--;
  }
  // At least one per unit: taken from the unit with the most, one at a time.
  if (count >= units.length) {
    for (const [i, n] of items.entries()) {
      if (n > 0) continue;
      const richest = items.reduce((best, value, j) => (value > (items[best] ?? 0) ? j : best), 0);
      items[richest] = (items[richest] ?? 0) - 1;
      items[i] = 1;
    }
  }
  return units.map((unit, i) => ({ ...unit, items: items[i] ?? 0 }));
}

/** The largest share of a quiz one generated question type may take, while the pool allows. */
export const TYPE_SHARE = 0.25;

/** The blueprint a quiz of this scope and size follows, `types` being the question types its pool offers. */
export function blueprint(facts: FactBase, scope: QuizScope, count: number, types: number): Blueprint {
  const units = [...new Set(facts.lessons.map((l) => l.unitId))].map((unitId) => ({ unitId, lessons: facts.lessons.filter((l) => l.unitId === unitId).length }));
  // Types are spread (no type more than a quarter of the quiz), but a tighter cap would make
  // the few items of a small unit that are not of a common type appear in too many finals.
  const perType = Math.max(Math.ceil(count / Math.max(1, types)) + 1, Math.ceil(count * TYPE_SHARE));
  if (scope.kind === 'course') return { count, units: unitShares(units, count), scenarios: scenarioQuota(count), perType, sourcesWithin: 'course' };
  const unit = units.find((u) => u.unitId === scope.unitId) ?? { unitId: scope.unitId, lessons: 0 };
  return {
    count,
    units: [{ ...unit, items: count }],
    scenarios: scenarioQuota(count),
    perType,
    sourcesWithin: scope.kind === 'unit' ? 'unit' : 'lesson',
  };
}
