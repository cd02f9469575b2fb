// Quiz attempts: each answer is saved the moment it is given, with its time and language, so
// a reload, a closed tab or a power cut resumes at the same question with every answer kept.
import type { Lang } from '@/content/course-types';
import { answerQuestion, finishAttempt as finishPure, goToQuestion } from '@/domain/quiz/attempt';
import type { QuizAttemptRow } from './db';
import { getDb, safeWrite } from './storage';

/** The most recent attempt of a quiz, finished or not. */
export async function getLatestAttempt(quizId: string): Promise<QuizAttemptRow | undefined> {
  return getDb().quizAttempts.where('[quizId+startedAt]').between([quizId, -Infinity], [quizId, Infinity]).last();
}

export function getAttempt(id: string): Promise<QuizAttemptRow | undefined> {
  return getDb().quizAttempts.get(id);
}

export function getAllAttempts(): Promise<QuizAttemptRow[]> {
  return getDb().quizAttempts.toArray();
}

export function createAttempt(attempt: Omit<QuizAttemptRow, 'updatedAt'>): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.transaction('rw', db.quizAttempts, db.activity, async () => {
      await db.quizAttempts.add({ ...attempt, updatedAt: attempt.startedAt });
      await db.activity.add({ at: attempt.startedAt, type: 'quiz-started', lang: attempt.lang, subject: attempt.quizId, data: { attemptId: attempt.id, seed: attempt.seed } });
    }),
  );
}

/** Saves one answer. An answer already given (in this tab or another) is never replaced. */
export function saveAnswer(attemptId: string, questionId: string, optionIds: string[], lang: Lang, now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.transaction('rw', db.quizAttempts, db.activity, async () => {
      let saved = false;
      await db.quizAttempts
        .where('id')
        .equals(attemptId)
        .modify((row) => {
          const next = answerQuestion(row, questionId, optionIds, now, lang);
          if (next === row) return;
          row.responses = next.responses as QuizAttemptRow['responses'];
          row.updatedAt = Math.max(row.updatedAt, now);
          saved = true;
        });
      if (saved) await db.activity.add({ at: now, type: 'question-answered', lang, subject: attemptId, data: { questionId, optionIds } });
    }),
  );
}

/** Moves to another question of an unfinished attempt. */
export function setCurrentQuestion(attemptId: string, index: number, now: number): Promise<boolean> {
  return safeWrite(() =>
    getDb()
      .quizAttempts.where('id')
      .equals(attemptId)
      .modify((row) => {
        const next = goToQuestion(row, index);
        if (next === row) return;
        row.current = next.current;
        row.updatedAt = Math.max(row.updatedAt, now);
      }),
  );
}

export function finishAttempt(attemptId: string, score: NonNullable<QuizAttemptRow['score']>, lang: Lang, now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.transaction('rw', db.quizAttempts, db.activity, async () => {
      let finished = false;
      await db.quizAttempts
        .where('id')
        .equals(attemptId)
        .modify((row) => {
          const next = finishPure(row, now);
          if (next === row) return;
          row.finishedAt = next.finishedAt;
          row.score = score;
          row.updatedAt = Math.max(row.updatedAt, now);
          finished = true;
        });
      if (finished) await db.activity.add({ at: now, type: 'quiz-finished', lang, subject: attemptId, data: { ...score } });
    }),
  );
}
