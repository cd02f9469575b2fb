/**
 * The learner's quiz attempts for this session: the current attempt of each quiz and the
 * questions of the last one (so that a retake asks others). Changes are computed by the
 * pure functions of src/domain/quiz/attempt.ts. Saving to IndexedDB is issue #4's.
 */
import { create } from 'zustand';
import type { FactBase } from '@/content/course-types';
import { answerQuestion, finishAttempt, goToQuestion, startAttempt, type QuizAttempt } from '@/domain/quiz/attempt';
import { selectQuestions } from '@/domain/quiz/generate-quiz';
import type { QuizDefinition } from '@/domain/quiz/quiz-definitions';

interface QuizState {
  attempts: Record<string, QuizAttempt>;
  lastQuestions: Record<string, string[]>;
  start: (definition: QuizDefinition, facts: FactBase, seed: number, now: number) => void;
  answer: (quizId: string, questionId: string, optionIds: string[], now: number) => void;
  goTo: (quizId: string, index: number) => void;
  finish: (quizId: string, now: number) => void;
}

export const useQuizStore = create<QuizState>((set, get) => {
  const update = (quizId: string, change: (attempt: QuizAttempt) => QuizAttempt) => {
    const attempt = get().attempts[quizId];
    if (attempt) set({ attempts: { ...get().attempts, [quizId]: change(attempt) } });
  };
  return {
    attempts: {},
    lastQuestions: {},
    start: (definition, facts, seed, now) => {
      const previous = get().attempts[definition.id];
      const avoid = previous?.questionIds ?? get().lastQuestions[definition.id] ?? [];
      const ids = selectQuestions(facts, { seed, count: definition.count, scope: definition.scope, avoid });
      set({
        attempts: { ...get().attempts, [definition.id]: startAttempt(definition.id, definition.mode, seed, ids, now) },
        lastQuestions: previous ? { ...get().lastQuestions, [definition.id]: previous.questionIds } : get().lastQuestions,
      });
    },
    answer: (quizId, questionId, optionIds, now) => update(quizId, (attempt) => answerQuestion(attempt, questionId, optionIds, now)),
    goTo: (quizId, index) => update(quizId, (attempt) => goToQuestion(attempt, index)),
    finish: (quizId, now) => update(quizId, (attempt) => finishAttempt(attempt, now)),
  };
});

/** A fresh seed for a new attempt: randomness enters here, not in the domain. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now() >>> 0;
}
