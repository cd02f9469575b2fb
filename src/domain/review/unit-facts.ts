/** Which facts each unit teaches, under the references review cards are filed by (`kind:id`, src/domain/review/history.ts). */
import type { FactBase } from '@/content/course-types';

/** For each unit (in the order facts first appear), the ids of the facts taught in its lessons. */
export function unitFactIds(facts: FactBase): Map<string, string[]> {
  const units = new Map<string, Set<string>>();
  const taught = [
    ...facts.events.map((f) => ({ ref: `event:${f.id}`, section: f.section })),
    ...facts.entities.map((f) => ({ ref: `entity:${f.id}`, section: f.section })),
    ...facts.figures.map((f) => ({ ref: `figure:${f.id}`, section: f.section })),
    ...facts.sets.map((f) => ({ ref: `set:${f.id}`, section: f.section })),
    ...facts.terms.map((f) => ({ ref: `term:${f.id}`, section: f.section })),
  ];
  for (const fact of taught) {
    const ids = units.get(fact.section.unitId) ?? new Set<string>();
    ids.add(fact.ref);
    units.set(fact.section.unitId, ids);
  }
  return new Map([...units].map(([unitId, ids]) => [unitId, [...ids]]));
}
