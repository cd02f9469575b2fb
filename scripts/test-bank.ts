/**
 * For unit tests that take real questions from a generated bank: lookups that copy what they
 * find and fail loudly, naming it, when the bank no longer holds it. The test generates the bank
 * itself (so the mutation runner sees which quiz modules it runs).
 */
import type { FactBase } from '../src/content/course-types.ts';
import type { Question } from '../src/domain/quiz/question.ts';

/** The value, or an error naming what a test expected to find. */
export function given<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

export function bankLookups(bank: readonly Question[]) {
  return {
    /** A copy of the bank's question with this id. */
    question: (id: string): Question => structuredClone(given(bank.find((q) => q.id === id), id)),
    /** A copy of the bank's first question of a type (that passes `extra`). */
    firstOf: (type: Question['type'], extra: (q: Question) => boolean = () => true): Question => structuredClone(given(bank.find((q) => q.type === type && extra(q)), type)),
  };
}

/**
 * The fact base with some taught-only facts asked again: the rules' fixtures are items the
 * generator makes of them (the core tasks, a resolution's number, the Madrid Concept's year),
 * kept out of the real bank for what a learner knows without the course, not for their form.
 * Generation and rules then run on this one base.
 */
export function askedAgain(facts: FactBase, ids: { figures?: readonly string[]; events?: readonly string[] }): FactBase {
  const figures = new Set(ids.figures ?? []);
  const events = new Set(ids.events ?? []);
  return {
    ...facts,
    figures: facts.figures.map((figure) => {
      if (!figures.has(figure.id)) return figure;
      const { asked: _asked, ...rest } = figure;
      return rest;
    }),
    events: facts.events.map((event) => {
      if (!events.has(event.id)) return event;
      const { yearKnown: _known, lasting: _lasting, ...rest } = event;
      return rest;
    }),
  };
}
