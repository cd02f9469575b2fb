/**
 * Review actions. Cards and sessions live in IndexedDB (src/db/review-*.ts), the one copy every
 * tab reads live; this store keeps only whether a save is under way, to ignore double clicks.
 * What a session asks is decided by the pure planner (src/domain/review/review-session.ts).
 */
import { contentVersion } from 'virtual:course';
import { create } from 'zustand';
import type { FactBase, Lang } from '@/content/course-types';
import { getCardsDueBy } from '@/db/review-repository';
import { advanceReviewSession, createReviewSession, saveReviewAnswer } from '@/db/review-session-repository';
import { GENERATOR_VERSION } from '@/domain/attempt/stored-attempt';
import { endOfDay } from '@/domain/review/day';
import { planReview } from '@/domain/review/review-session';
import { dueCards } from '@/domain/review/schedule';

interface ReviewActions {
  saving: boolean;
  /** Plans a session of the facts due today (the most likely forgotten first) and stores its questions as they will be shown. */
  start: (facts: FactBase, seed: number, lang: Lang) => Promise<void>;
  answer: (sessionId: string, questionId: string, optionIds: string[], lang: Lang, evidence: { changedAnswer?: boolean; responseMs?: number }) => Promise<void>;
  advance: (sessionId: string) => Promise<void>;
}

export const useReviewStore = create<ReviewActions>((set, get) => {
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
    start: (facts, seed, lang) =>
      busy(async () => {
        const now = Date.now();
        // Due today means due by the end of the learner's day (the page counts them so), the least likely recalled first.
        const end = endOfDay(now, new Date(now).getTimezoneOffset());
        const due = dueCards(await getCardsDueBy(end), end);
        const plan = planReview(facts, due, seed);
        if (plan.items.length === 0) return;
        await createReviewSession({ id: crypto.randomUUID(), seed, lang, items: plan.items, questions: plan.questions, contentVersion, generatorVersion: GENERATOR_VERSION, responses: {}, current: 0, startedAt: now });
      }),
    answer: (sessionId, questionId, optionIds, lang, evidence) => busy(() => saveReviewAnswer(sessionId, questionId, optionIds, lang, Date.now(), evidence)),
    advance: (sessionId) => busy(() => advanceReviewSession(sessionId, Date.now())),
  };
});
