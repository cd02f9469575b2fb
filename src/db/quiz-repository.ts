// Quiz attempts: the questions as shown are saved when the attempt starts, and each answer the
// moment it is given, with its time and language, so a reload, a closed tab or a power cut
// resumes at the same question with every answer kept, and later versions show what was seen.
import type Dexie from 'dexie';
import type { Lang } from '@/content/course-types';
import { answerQuestion, finishAttempt as finishPure, goToQuestion } from '@/domain/quiz/attempt';
import type { AnsweredItem } from '@/domain/review/history';
import type { ReviewLogEntry } from '@/domain/review/schedule';
import type { QuizAttemptRow, SentinelleDb } from './db';
import { outboxFor, queueAnswerStatement, queueProgressStatements } from './outbox-hook';
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
  return safeWrite(() => getDb().quizAttempts.add({ ...attempt, updatedAt: attempt.startedAt }));
}

/**
 * Changes one attempt, in one transaction. `change` returns the changed fields, or null when
 * there is nothing to change (the pure rules of src/domain/quiz/attempt.ts say so).
 */
function changeAttempt(
  attemptId: string,
  now: number,
  change: (row: QuizAttemptRow) => Partial<QuizAttemptRow> | null,
  /** What the change tells the LRS, queued in the same transaction (when an LRS is set). */
  statements?: 'answer' | 'progress',
  questionId = '',
  /** Also done in the transaction, once the change is saved (an answer moving review cards). */
  alongside?: { tables: (db: SentinelleDb) => Dexie.Table[]; run: (db: SentinelleDb, row: QuizAttemptRow) => Promise<unknown> },
): Promise<boolean> {
  const db = getDb();
  const { maker, tables: extra } = statements ? outboxFor(db) : { maker: null, tables: [] };
  const tables = [...(statements === 'progress' && maker ? [db.quizAttempts, db.lessonProgress, ...extra] : [db.quizAttempts, ...extra]), ...(alongside?.tables(db) ?? [])];
  return safeWrite(() =>
    db.transaction('rw', tables, async () => {
      // Read and write in the same read-write transaction: IndexedDB runs two of them on the
      // same store one after the other, so another tab's save is never undone. (A get and a
      // put cost less than modify(), which opens a cursor.)
      const row = await db.quizAttempts.get(attemptId);
      const fields = row && change(row);
      if (!row || !fields) return;
      const next = { ...row, ...fields, updatedAt: Math.max(row.updatedAt, now) };
      await db.quizAttempts.put(next);
      if (statements === 'answer') await queueAnswerStatement(db, maker, next, questionId, now);
      if (statements === 'progress') await queueProgressStatements(db, maker, now);
      if (alongside) await alongside.run(db, next);
    }),
  );
}

/**
 * Moves the review cards of an answer's facts (src/db/review-recorder.ts, passed in by the quiz
 * so that the scheduler loads with the quiz page, not with every page).
 */
export interface AnswerReview {
  tables: (db: SentinelleDb) => Dexie.Table[];
  record: (db: SentinelleDb, item: Omit<AnsweredItem, 'typicalMs'>) => Promise<ReviewLogEntry[]>;
  /** How the answer was given: a change of mind before confirming, the time it took. */
  evidence: { changedAnswer?: boolean; responseMs?: number };
}

/**
 * Saves one answer. An answer already given (in this tab or another) is never replaced. With
 * `review`, the answer also moves the review cards of its question's facts, in the same
 * transaction (only when it is saved: an answer given twice counts once).
 */
export function saveAnswer(attemptId: string, questionId: string, optionIds: string[], lang: Lang, now: number, correct?: boolean, review?: AnswerReview): Promise<boolean> {
  return changeAttempt(
    attemptId,
    now,
    (row) => {
      const next = answerQuestion(row, questionId, optionIds, now, lang, correct);
      return next === row ? null : { responses: next.responses as QuizAttemptRow['responses'] };
    },
    'answer',
    questionId,
    review && correct !== undefined
      ? {
          tables: review.tables,
          run: async (db, row) => {
            const question = row.questions.find((q) => q.id === questionId);
            if (!question) return;
            await review.record(db, { facts: question.facts, questionId, questionType: question.type, source: 'quiz', at: now, correct, ...review.evidence });
          },
        }
      : undefined,
  );
}

/** Moves to another question of an unfinished attempt. */
export function setCurrentQuestion(attemptId: string, index: number, now: number): Promise<boolean> {
  return changeAttempt(attemptId, now, (row) => {
    const next = goToQuestion(row, index);
    return next === row ? null : { current: next.current };
  });
}

export function finishAttempt(attemptId: string, score: NonNullable<QuizAttemptRow['score']>, now: number): Promise<boolean> {
  return changeAttempt(
    attemptId,
    now,
    (row) => {
      const next = finishPure(row, now);
      return next === row ? null : { finishedAt: next.finishedAt, score };
    },
    'progress',
  );
}
