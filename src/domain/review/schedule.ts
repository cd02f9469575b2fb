/**
 * Spaced review, one card per fact (not per question), scheduled by FSRS (ts-fsrs). Every
 * function takes `now`; cards are plain JSON (times as epoch milliseconds) so they survive
 * IndexedDB and the completion record and schedule the same after reading back.
 *
 * Rating an answer: wrong → Again; right after changing the answer, or unusually slowly →
 * Hard; right → Good. Never Easy from correctness alone: a right answer says the fact was
 * recalled, not that it was effortless.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { DAY_MS } from './day';

/** The scheduler's settings: days, not minutes (no short-term steps), and no fuzz, so a
 * schedule is exactly reproducible (tests, re-import). */
export const REVIEW_PARAMETERS = { request_retention: 0.9, maximum_interval: 365, enable_fuzz: false, enable_short_term: false } as const;
const scheduler = fsrs(REVIEW_PARAMETERS);

export { DAY_MS, endOfDay } from './day';

/** FSRS memory state of one fact, as stored. */
export interface ReviewCard {
  factId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview?: number;
  /** The question type last used to ask about this fact (the next review asks another way). */
  lastType?: string;
  createdAt: number;
}

export type ReviewSource = 'quiz' | 'review';

/** One answer that moved a card, kept as it happened (ts-fsrs keeps its review log the same way). */
export interface ReviewLogEntry {
  /** `${factId}@${at}` : one entry per fact and moment. */
  id: string;
  factId: string;
  at: number;
  rating: 1 | 2 | 3;
  source: ReviewSource;
  questionId: string;
  questionType: string;
  /** The due date the answer set. */
  due: number;
  /** Time from the question on screen to the answer confirmed, when measured (the learner's usual pace). */
  responseMs?: number;
}

export interface AnswerEvidence {
  correct: boolean;
  /** The learner picked another option (or order) before confirming. */
  changedAnswer?: boolean;
  /** Time from the question on screen to the answer confirmed. */
  responseMs?: number;
  /** The learner's usual time for an answer (median), to judge "unusually slowly". */
  typicalMs?: number;
}

/** An answer is unusually slow past three times the learner's usual time, and at least 30 s. */
export function isUnusuallySlow(responseMs: number | undefined, typicalMs: number | undefined): boolean {
  if (responseMs === undefined) return false;
  return responseMs > Math.max(30_000, 3 * (typicalMs ?? 10_000));
}

/** The FSRS rating an answer earns (never Easy). */
export function ratingFor(evidence: AnswerEvidence): 1 | 2 | 3 {
  if (!evidence.correct) return Rating.Again;
  if (evidence.changedAnswer || isUnusuallySlow(evidence.responseMs, evidence.typicalMs)) return Rating.Hard;
  return Rating.Good;
}

const toFsrs = (card: ReviewCard): Card => ({
  due: new Date(card.due),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsed_days: card.elapsedDays,
  scheduled_days: card.scheduledDays,
  learning_steps: card.learningSteps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  ...(card.lastReview !== undefined ? { last_review: new Date(card.lastReview) } : {}),
});

const fromFsrs = (card: Card, previous: Pick<ReviewCard, 'factId' | 'createdAt'> & Partial<ReviewCard>): ReviewCard => ({
  factId: previous.factId,
  due: card.due.getTime(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state as ReviewCard['state'],
  ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  ...(previous.lastType !== undefined ? { lastType: previous.lastType } : {}),
  createdAt: previous.createdAt,
});

/** A fact's card before its first answer. */
export function newCard(factId: string, now: number): ReviewCard {
  return fromFsrs(createEmptyCard(new Date(now)), { factId, createdAt: now });
}

export interface ReviewedAnswer extends AnswerEvidence {
  questionId: string;
  questionType: string;
  source: ReviewSource;
}

/**
 * Applies one answer to a fact's card (creating it on the first answer). Answers older than the
 * card's last review are ignored (a second tab, an import): the card does not go back in time.
 */
export function reviewFact(card: ReviewCard | undefined, factId: string, answer: ReviewedAnswer, now: number): { card: ReviewCard; log: ReviewLogEntry } | null {
  const rating = ratingFor(answer);
  const moved = rateCard(card, factId, rating, answer.questionType, now);
  if (!moved) return null;
  return {
    card: moved,
    log: { id: reviewLogId(factId, now), factId, at: now, rating, source: answer.source, questionId: answer.questionId, questionType: answer.questionType, due: moved.due, ...(answer.responseMs !== undefined ? { responseMs: answer.responseMs } : {}) },
  };
}

/** A log entry's id: one per fact and moment. */
export const reviewLogId = (factId: string, at: number) => `${factId}@${at}`;

/** Moves a card (created on the first rating) by one rating at `now`; null for a time before its last review. */
export function rateCard(card: ReviewCard | undefined, factId: string, rating: 1 | 2 | 3, questionType: string, now: number): ReviewCard | null {
  const current = card ?? newCard(factId, now);
  if (current.lastReview !== undefined && now < current.lastReview) return null;
  const next = scheduler.next(toFsrs(current), new Date(now), rating as Grade);
  return fromFsrs(next.card, { ...current, lastType: questionType });
}

/**
 * The cards a review log gives, each entry applied in time order with the rating it recorded:
 * the same cards the answers made when they were given (the log is the history; cards are its
 * result), so a record imported elsewhere schedules exactly as on the device that exported it.
 */
export function cardsFromLog(log: readonly ReviewLogEntry[]): ReviewCard[] {
  const cards = new Map<string, ReviewCard>();
  const ordered = [...log].sort((a, b) => a.at - b.at || a.factId.localeCompare(b.factId) || a.id.localeCompare(b.id));
  for (const entry of ordered) {
    const moved = rateCard(cards.get(entry.factId), entry.factId, entry.rating, entry.questionType, entry.at);
    if (moved) cards.set(entry.factId, moved);
  }
  return [...cards.values()];
}

/** Probability of recalling the fact at `at` (FSRS retrievability); 0 for a card never reviewed. */
export function recallProbability(card: ReviewCard, at: number): number {
  if (card.lastReview === undefined || card.state === 0) return 0;
  return scheduler.get_retrievability(toFsrs(card), new Date(Math.max(at, card.lastReview)), false);
}

/** Cards due by `now`, the most overdue (by recall probability) first. */
export function dueCards(cards: readonly ReviewCard[], now: number): ReviewCard[] {
  return cards
    .filter((card) => card.due <= now)
    .map((card) => ({ card, recall: recallProbability(card, now) }))
    .sort((a, b) => a.recall - b.recall || a.card.due - b.card.due || a.card.factId.localeCompare(b.card.factId))
    .map(({ card }) => card);
}

/** The learner's usual time for an answer: the median of the measured times given (most recent answers). */
export function typicalResponseMs(times: readonly number[]): number | undefined {
  if (times.length < 3) return undefined;
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface UnitRetention {
  unitId: string;
  /** Facts the unit teaches. */
  facts: number;
  /** Of them, facts with a card (answered at least once). */
  studied: number;
  /** Expected share of the unit's studied facts recalled today (mean retrievability). */
  today: number;
  /** The same share on each of the next `days` days without review (index 0 = today). */
  curve: number[];
}

/** For each unit, the share of its studied facts the learner is likely to recall, today and on each coming day. */
export function retentionByUnit(cards: readonly ReviewCard[], unitFacts: ReadonlyMap<string, readonly string[]>, now: number, days = 30): UnitRetention[] {
  const byFact = new Map(cards.map((card) => [card.factId, card]));
  return [...unitFacts].map(([unitId, factIds]) => {
    const studied = factIds.map((id) => byFact.get(id)).filter((card): card is ReviewCard => card !== undefined && card.lastReview !== undefined);
    const share = (at: number) => (studied.length === 0 ? 0 : studied.reduce((sum, card) => sum + recallProbability(card, at), 0) / studied.length);
    const curve = Array.from({ length: days + 1 }, (_, day) => share(now + day * DAY_MS));
    return { unitId, facts: factIds.length, studied: studied.length, today: curve[0] ?? 0, curve };
  });
}
