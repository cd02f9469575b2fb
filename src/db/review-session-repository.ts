// Review sessions: the questions as shown are saved when the session starts, each answer the
// moment it is given (with the due date it set), moving its facts' cards in the same
// transaction, so a reload resumes at the same question and a card never disagrees with the
// answers kept. Loaded with the review page only (it brings the scheduler).
import type { Lang } from '@/content/course-types';
import { isCorrect } from '@/domain/quiz/question';
import type { ReviewSessionRow } from './db';
import { outboxFor, queueReviewAnswerStatement } from './outbox-hook';
import { recordAnswerInTransaction } from './review-recorder';
import { getDb, safeWrite } from './storage';

export function createReviewSession(session: Omit<ReviewSessionRow, 'updatedAt'>): Promise<boolean> {
  return safeWrite(() => getDb().reviewSessions.add({ ...session, updatedAt: session.startedAt }));
}

/**
 * Saves the answer to one question of a session, graded on its stored question, and moves the
 * cards of the question's facts. An answer already given (in this tab or another) is never
 * replaced, and counts once. With an LRS set, its `answered` statement (marked as review) is
 * queued in the same transaction.
 */
export function saveReviewAnswer(sessionId: string, questionId: string, optionIds: string[], lang: Lang, now: number, evidence: { changedAnswer?: boolean; responseMs?: number } = {}): Promise<boolean> {
  const db = getDb();
  const { maker, tables: extra } = outboxFor(db);
  return safeWrite(() =>
    db.transaction('rw', [db.reviewSessions, db.reviewCards, db.reviewLogs, ...extra], async () => {
      const row = await db.reviewSessions.get(sessionId);
      const index = row?.items.findIndex((item) => item.questionId === questionId) ?? -1;
      const question = row?.questions[index];
      const item = row?.items[index];
      if (!row || !question || !item || row.finishedAt !== undefined || Object.hasOwn(row.responses, questionId)) return;
      const correct = isCorrect(question, optionIds);
      const logs = await recordAnswerInTransaction(db, { facts: question.facts, questionId, questionType: question.type, source: 'review', at: now, correct, ...evidence });
      const due = logs.find((log) => log.factId === item.factId)?.due ?? logs[0]?.due ?? now;
      const next = { ...row, responses: { ...row.responses, [questionId]: { optionIds, answeredAt: now, lang, correct, due } }, updatedAt: Math.max(row.updatedAt, now) };
      await db.reviewSessions.put(next);
      await queueReviewAnswerStatement(db, maker, next, questionId, now);
    }),
  );
}

/** Moves on after the current question; after the last one answered, the session ends. */
export function advanceReviewSession(sessionId: string, now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.transaction('rw', db.reviewSessions, async () => {
      const row = await db.reviewSessions.get(sessionId);
      if (!row || row.finishedAt !== undefined) return;
      const last = row.current >= row.items.length - 1;
      const allAnswered = row.items.every((item) => Object.hasOwn(row.responses, item.questionId));
      if (last && allAnswered) await db.reviewSessions.put({ ...row, finishedAt: now, updatedAt: Math.max(row.updatedAt, now) });
      else if (!last) await db.reviewSessions.put({ ...row, current: row.current + 1, updatedAt: Math.max(row.updatedAt, now) });
    }),
  );
}
