import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewSessionRow } from '@/db/db';
import { countCards, countDueBy, getLatestReviewSession, nextDueAfter } from '@/db/review-repository';
import { endOfDay } from '@/domain/review/day';

export interface ReviewState {
  /** Cards due by the end of the learner's day. */
  dueToday: number;
  /** Cards in all (facts answered at least once). */
  cards: number;
  /** The first due date after today, when nothing more is due today. */
  nextDue: number | undefined;
  session: ReviewSessionRow | undefined;
}

const todayEnds = (now: number) => endOfDay(now, new Date(now).getTimezoneOffset());

/** How many facts are due today, by the device's clock: live (another tab's answers count). Undefined until known. */
export function useDueToday(now: number | undefined): number | undefined {
  return useLiveQuery(async () => (now === undefined ? undefined : countDueBy(todayEnds(now))), [now]);
}

/** What the review page shows, live; undefined until read. */
export function useReviewState(now: number | undefined): ReviewState | undefined {
  return useLiveQuery(async () => {
    if (now === undefined) return undefined;
    const end = todayEnds(now);
    const [dueToday, cards, nextDue, session] = await Promise.all([countDueBy(end), countCards(), nextDueAfter(end), getLatestReviewSession()]);
    return { dueToday, cards, nextDue, session };
  }, [now]);
}
