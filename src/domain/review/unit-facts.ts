/** Which facts each unit teaches, under the ids review cards are filed by (src/domain/review/history.ts). */
import type { FactBase } from '@/content/course-types';
import { reviewFactId } from './history';

/** For each unit (in the order facts first appear), the ids of the facts taught in its lessons. */
export function unitFactIds(facts: FactBase): Map<string, string[]> {
  const units = new Map<string, Set<string>>();
  const taught = [...facts.events, ...facts.entities, ...facts.figures, ...facts.sets, ...facts.terms];
  for (const fact of taught) {
    const ids = units.get(fact.section.unitId) ?? new Set<string>();
    ids.add(reviewFactId(fact.id));
    units.set(fact.section.unitId, ids);
  }
  return new Map([...units].map(([unitId, ids]) => [unitId, [...ids]]));
}
