// Reads spaced review: the cards (one per fact, by due date), their log, the review sessions.
// Reads only, without the scheduler, so the course home can count what is due at the cost of
// one index look-up; the writes that move cards are in review-session-repository.ts.
import type { ReviewCardRow, ReviewLogRow, ReviewSessionRow } from './db';
import { getDb } from './storage';

/** How many cards are due by `time` (the end of the learner's day, for "today"). */
export function countDueBy(time: number): Promise<number> {
  return getDb().reviewCards.where('due').belowOrEqual(time).count();
}

/** The cards due by `time`. */
export function getCardsDueBy(time: number): Promise<ReviewCardRow[]> {
  return getDb().reviewCards.where('due').belowOrEqual(time).toArray();
}

/** The first due date after `time`, if any card comes later. */
export async function nextDueAfter(time: number): Promise<number | undefined> {
  return (await getDb().reviewCards.where('due').above(time).first())?.due;
}

export function countCards(): Promise<number> {
  return getDb().reviewCards.count();
}

export function getReviewCards(): Promise<ReviewCardRow[]> {
  return getDb().reviewCards.toArray();
}

export function getReviewLogs(): Promise<ReviewLogRow[]> {
  return getDb().reviewLogs.orderBy('at').toArray();
}

/** The latest review session, finished or not. */
export function getLatestReviewSession(): Promise<ReviewSessionRow | undefined> {
  return getDb().reviewSessions.orderBy('startedAt').last();
}

export function getAllReviewSessions(): Promise<ReviewSessionRow[]> {
  return getDb().reviewSessions.toArray();
}
