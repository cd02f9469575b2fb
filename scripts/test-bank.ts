/**
 * For unit tests that take real questions from a generated bank: lookups that copy what they
 * find and fail loudly, naming it, when the bank no longer holds it. The test generates the bank
 * itself (so the mutation runner sees which quiz modules it runs).
 */
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
