// Moves review cards: every graded answer (quiz, check or review) updates the card of each fact
// its question is about and logs why, inside the transaction that saves the answer, so a card
// never disagrees with the answers kept. Loaded with the quiz and review pages only (it brings
// the scheduler, ts-fsrs).
import { applyAnswer, cardFactIds, type AnsweredItem } from '@/domain/review/history';
import { typicalResponseMs, type ReviewLogEntry } from '@/domain/review/schedule';
import type { SentinelleDb } from './db';

/** How many recent measured answers set the learner's usual pace. */
const PACE_SAMPLE = 30;

/** The tables a transaction must open for `recordAnswerInTransaction`. */
export const reviewTables = (db: SentinelleDb) => [db.reviewCards, db.reviewLogs];

/**
 * Inside a read-write transaction holding `reviewTables`: applies the answer to its facts'
 * cards (wrong → Again; right → Good, or Hard after a change of mind or when unusually slow
 * for this learner) and logs it. Returns the log entries (with the due dates set).
 */
export async function recordAnswerInTransaction(db: SentinelleDb, item: Omit<AnsweredItem, 'typicalMs'>): Promise<ReviewLogEntry[]> {
  const factIds = cardFactIds({ id: item.questionId, facts: item.facts });
  const [found, recent] = await Promise.all([
    db.reviewCards.bulkGet(factIds),
    item.responseMs === undefined ? Promise.resolve([]) : db.reviewLogs.orderBy('at').reverse().limit(PACE_SAMPLE).toArray(),
  ]);
  const cards = new Map(found.flatMap((card) => (card ? [[card.factId, card] as const] : [])));
  const typicalMs = typicalResponseMs(recent.flatMap((log) => (log.responseMs === undefined ? [] : [log.responseMs])));
  const logs = applyAnswer(cards, { ...item, ...(typicalMs !== undefined ? { typicalMs } : {}) });
  if (logs.length === 0) return logs;
  await db.reviewCards.bulkPut(logs.map((log) => cards.get(log.factId)).filter((card) => card !== undefined));
  await db.reviewLogs.bulkPut(logs);
  return logs;
}
