/**
 * Quiz actions. Attempts live in IndexedDB (src/db/quiz-repository.ts), the one copy every
 * tab reads live; this store keeps only whether a save is under way, to ignore double clicks.
 * Every answer also moves the review cards of its facts (src/db/review-recorder.ts).
 * What an action changes is decided by the pure functions of src/domain/quiz/.
 */
import { contentVersion } from 'virtual:course';
import { create } from 'zustand';
import type { FactBase, Lang } from '@/content/course-types';
import type { QuizAttemptRow } from '@/db/db';
import { saveLastPlace } from '@/db/profile-repository';
import { createAttempt, finishAttempt, getAttempt, getLatestAttempt, saveAnswer, setCurrentQuestion, type AnswerReview } from '@/db/quiz-repository';
import { recordAnswerInTransaction, reviewTables } from '@/db/review-recorder';
import { GENERATOR_VERSION, questionsAsShown, scoreStoredAttempt } from '@/domain/attempt/stored-attempt';
import { allAnswered } from '@/domain/quiz/attempt';
import { isCorrect, type Question } from '@/domain/quiz/question';
import type { QuizDefinition } from '@/domain/quiz/quiz-definitions';

interface QuizActions {
  saving: boolean;
  /** Starts an attempt and stores its questions as they will be shown, in both languages. */
  start: (definition: QuizDefinition, facts: FactBase, seed: number, lang: Lang) => Promise<void>;
  /** Saves an answer, graded now (the completion record reads the grade instead of rebuilding the quiz). */
  answer: (attempt: QuizAttemptRow, question: Pick<Question, 'id' | 'answer' | 'layout'>, optionIds: string[], lang: Lang, evidence?: AnswerReview['evidence']) => Promise<void>;
  goTo: (attempt: QuizAttemptRow, index: number) => Promise<void>;
  /** Moves on after the current question, finishing (and scoring, on its stored questions) the attempt after the last. */
  advance: (attempt: QuizAttemptRow) => Promise<void>;
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
    start: (definition, facts, seed, lang) =>
      busy(async () => {
        const previous = await getLatestAttempt(definition.id);
        const questions = questionsAsShown(facts, { seed, count: definition.count, scope: definition.scope, avoid: previous?.questionIds ?? [] });
        const now = Date.now();
        await createAttempt({
          id: crypto.randomUUID(),
          quizId: definition.id,
          mode: definition.mode,
          seed,
          lang,
          questionIds: questions.map((question) => question.id),
          questions,
          contentVersion,
          generatorVersion: GENERATOR_VERSION,
          responses: {},
          current: 0,
          startedAt: now,
        });
        await saveLastPlace({ kind: 'quiz', quiz: definition.ref, question: 0, lang, at: now });
      }),
    answer: (attempt, question, optionIds, lang, evidence = {}) =>
      busy(() => saveAnswer(attempt.id, question.id, optionIds, lang, Date.now(), isCorrect(question, optionIds), { tables: reviewTables, record: recordAnswerInTransaction, evidence })),
    goTo: (attempt, index) => busy(() => setCurrentQuestion(attempt.id, index, Date.now())),
    advance: (shown) =>
      busy(async () => {
        // Read it again: the answer just saved (or another tab) may have changed it.
        const attempt = (await getAttempt(shown.id)) ?? shown;
        const last = attempt.current >= attempt.questionIds.length - 1;
        if (last && allAnswered(attempt)) {
          await finishAttempt(attempt.id, scoreStoredAttempt(attempt), Date.now());
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
