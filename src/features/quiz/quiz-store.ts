/**
 * Quiz actions. Attempts live in IndexedDB (src/db/quiz-repository.ts), the one copy every
 * tab reads live; this store keeps only whether a save is under way, to ignore double clicks.
 * What an action changes is decided by the pure functions of src/domain/quiz/.
 */
import { create } from 'zustand';
import type { FactBase, Lang } from '@/content/course-types';
import type { QuizAttemptRow } from '@/db/db';
import { saveLastPlace } from '@/db/profile-repository';
import { createAttempt, finishAttempt, getAttempt, getLatestAttempt, saveAnswer, setCurrentQuestion } from '@/db/quiz-repository';
import { allAnswered, scoreAttempt } from '@/domain/quiz/attempt';
import { rebuildQuiz, selectQuestions } from '@/domain/quiz/generate-quiz';
import { isCorrect, type Question } from '@/domain/quiz/question';
import type { QuizDefinition } from '@/domain/quiz/quiz-definitions';

interface QuizActions {
  saving: boolean;
  start: (definition: QuizDefinition, facts: FactBase, seed: number, lang: Lang, path: string) => Promise<void>;
  /** Saves an answer, graded now (the completion record reads the grade instead of rebuilding the quiz). */
  answer: (attempt: QuizAttemptRow, question: Pick<Question, 'id' | 'answer' | 'layout'>, optionIds: string[], lang: Lang) => Promise<void>;
  goTo: (attempt: QuizAttemptRow, index: number) => Promise<void>;
  /** Moves on after the current question, finishing (and scoring) the attempt after the last. */
  advance: (attempt: QuizAttemptRow, facts: FactBase, lang: Lang) => Promise<void>;
}

export const useQuizStore = create<QuizActions>((set, get) => {
  const busy = async (work: () => Promise<unknown>) => {
    if (get().saving) return;
    set({ saving: true });
    try {
      await work();
    } finally {
      set({ saving: false });
    }
  };
  return {
    saving: false,
    start: (definition, facts, seed, lang, path) =>
      busy(async () => {
        const previous = await getLatestAttempt(definition.id);
        const questionIds = selectQuestions(facts, { seed, count: definition.count, scope: definition.scope, avoid: previous?.questionIds ?? [] });
        const now = Date.now();
        await createAttempt({ id: crypto.randomUUID(), quizId: definition.id, mode: definition.mode, seed, lang, questionIds, responses: {}, current: 0, startedAt: now });
        await saveLastPlace({ path, lang, kind: 'quiz', at: now });
      }),
    answer: (attempt, question, optionIds, lang) => busy(() => saveAnswer(attempt.id, question.id, optionIds, lang, Date.now(), isCorrect(question, optionIds))),
    goTo: (attempt, index) => busy(() => setCurrentQuestion(attempt.id, index, Date.now())),
    advance: (shown, facts, lang) =>
      busy(async () => {
        // Read it again: the answer just saved (or another tab) may have changed it.
        const attempt = (await getAttempt(shown.id)) ?? shown;
        const last = attempt.current >= attempt.questionIds.length - 1;
        if (last && allAnswered(attempt)) {
          const score = scoreAttempt(attempt, rebuildQuiz(facts, attempt.seed, attempt.questionIds));
          await finishAttempt(attempt.id, score, lang, Date.now());
        } else if (!last) {
          await setCurrentQuestion(attempt.id, attempt.current + 1, Date.now());
        }
      }),
  };
});

/** A fresh seed for a new attempt: randomness enters here, not in the domain. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now() >>> 0;
}
