// Keeps everything a learner has done (lesson progress, quiz attempts with every question as
// shown and every answer, the profile) in IndexedDB: the only copy, offline, on this device.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { FactBase } from '@/content/course-types';
import type { LegacyAttempt, StoredAttempt, StoredResponse as StoredAnswer } from '@/domain/attempt/stored-attempt';
import { placeFromPath, type Place } from '@/domain/course-ids';
import type { StoredLessonProgress } from '@/domain/record/build-record';
import type { Statement } from '@/domain/record/xapi';
import type { StoredReviewSession } from '@/domain/review/review-session';
import type { ReviewCard, ReviewLogEntry } from '@/domain/review/schedule';

/**
 * Do not rename the database or its tables: a learner's browser knows them by these names,
 * and renaming without a migration silently loses every learner's progress.
 */
export const DATABASE_NAME = 'sentinelle';
/** Do not rename (see DATABASE_NAME). */
export const TABLES = { lessonProgress: 'lessonProgress', quizAttempts: 'quizAttempts', profile: 'profile', outbox: 'outbox', delivery: 'delivery', deployment: 'deployment', reviewCards: 'reviewCards', reviewLogs: 'reviewLogs', reviewSessions: 'reviewSessions' } as const;
/** The schema version that first stores questions; IndexedDB sees Dexie's version × 10. */
export const QUESTIONS_STORED_VERSION = 3;
/** The schema version that first keeps review cards (earlier answers become cards on upgrade). */
export const REVIEW_CARDS_VERSION = 5;

/** Rows are the shapes the pure code works on (src/domain/record/build-record.ts). */
export type LessonProgressRow = StoredLessonProgress;
export type StoredResponse = StoredAnswer;
export type QuizAttemptRow = StoredAttempt;
export type { Place };

export interface ProfileRow {
  id: 'learner';
  /** Anonymous id for completion records; sent only to an LRS the learner or the site set. */
  learnerId: string;
  /** An LRS the learner entered in settings (given by their training manager). */
  lrs?: LrsDestination;
  /** The learner's identifier in their organisation (staff number, e-mail): the xAPI account name. */
  organisationId?: string;
  displayName: string;
  lang: 'fr' | 'en';
  /** Where "Continue" leads: a lesson section or a quiz, as data (src/domain/course-ids.ts). */
  lastPlace?: Place;
  createdAt: number;
  updatedAt: number;
}

/** What the upgrade to version 3 rebuilds the questions of earlier attempts from (today's course). */
export interface QuestionSource {
  facts: FactBase;
  contentVersion: string;
  /**
   * Gives a legacy attempt its questions (`withRebuiltQuestions` of src/domain/attempt):
   * passed in, so the quiz generator loads only when an upgrade needs it, not with every page.
   */
  rebuild: (attempt: LegacyAttempt, facts: FactBase, contentVersion: string) => StoredAttempt;
}

/** One fact's FSRS memory state (src/domain/review/schedule.ts), keyed by fact id. */
export type ReviewCardRow = ReviewCard;
/** One answer that moved a card, as it happened. */
export type ReviewLogRow = ReviewLogEntry;
/** A review session: its questions as shown, its answers, where the learner is. */
export type ReviewSessionRow = StoredReviewSession;

/**
 * What the upgrade to version 5 turns earlier answers into cards with (`cardsFromAttempts` of
 * src/domain/review/history.ts): passed in, so the scheduler (ts-fsrs) loads only when an
 * upgrade needs it, not with every page.
 */
export interface ReviewSourceForUpgrade {
  replay: (attempts: readonly Pick<StoredAttempt, 'questions' | 'responses'>[]) => { cards: ReviewCard[]; logs: ReviewLogEntry[] };
}

/**
 * One xAPI statement on its way to the Learning Record Store, keyed by its id (fixed when it
 * is made, so sending it twice is harmless). Once sent, only the id and time stay, so the same
 * statement is never queued again; one the LRS refuses is set aside with the LRS's message.
 */
export interface OutboxRow {
  id: string;
  /** The event the statement describes (verb, activity, moment: src/domain/lrs/delivery.ts eventKey). */
  key: string;
  state: 'pending' | 'set-aside' | 'sent';
  /** Absent once sent. */
  statement?: Statement;
  /** When it was queued: the sender sends oldest first. */
  queuedAt: number;
  sentAt?: number;
  /** Why the LRS refused it (set-aside rows). */
  refusal?: { status: number; message: string; at: number };
}

/** The sender's state, shared by every tab: one row, `lrs`. */
export interface DeliveryRow {
  id: 'lrs';
  /** Failed tries in a row (network, 5xx): the backoff grows with it. */
  failures: number;
  /** No try before this time (backoff), unless the learner asks. */
  notBefore: number;
  lastSentAt?: number;
  /** The last problem, in words the app translates; cleared by the next success. */
  problem?: { kind: 'auth' | 'endpoint' | 'network' | 'server' | 'blocked'; status?: number; at: number };
  /** The endpoint whose history was last queued in full. */
  queuedHistoryFor?: string;
  /** A progress write could not make its statements: queue the history again. */
  historyPending?: true;
}

/** Where statements go, as the learner or the site configured it. */
export interface LrsDestination {
  /** The xAPI base, ending with a slash: `https://lrs.example.org/xapi/`. */
  endpoint: string;
  /** The Authorization header value, `Basic …`. */
  auth: string;
}

/** The site's `config.json`, as last read (kept for offline starts). */
export interface DeploymentRow {
  id: 'deployment';
  lrs?: LrsDestination;
  actorHomePage?: string;
  readAt: number;
}

/**
 * Durability: transactions keep the browser's default, "relaxed" in Chromium since 121, in
 * Firefox and in Safari (Dexie's `chromeTransactionDurability` is left alone). A save resolves
 * once the browser has handed it to the operating system, without waiting for the disk: an
 * answer survives a reload, a closed tab or a browser crash, and only a system crash or power
 * cut in the moment before the system writes it out could lose the last answer. "strict"
 * would wait for that write on every answer; it measured no faster or slower here (Chromium
 * 156, npm run bench:storage), but on phones it waits for flash storage, and an answer's
 * save has a budget of 10 ms (p95).
 */
export class SentinelleDb extends Dexie {
  lessonProgress!: EntityTable<LessonProgressRow, 'key'>;
  quizAttempts!: EntityTable<QuizAttemptRow, 'id'>;
  profile!: EntityTable<ProfileRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  delivery!: EntityTable<DeliveryRow, 'id'>;
  deployment!: EntityTable<DeploymentRow, 'id'>;
  reviewCards!: EntityTable<ReviewCardRow, 'factId'>;
  reviewLogs!: EntityTable<ReviewLogRow, 'id'>;
  reviewSessions!: EntityTable<ReviewSessionRow, 'id'>;

  /**
   * `questions` is needed only to upgrade a database that holds attempts saved before version
   * 3 (storage.ts loads it then); without it such attempts keep no questions (an empty list,
   * marked rebuilt) rather than the upgrade failing and the learner losing access to all of it.
   * `reviews` likewise, to give a database from before version 5 its review cards; without
   * it, earlier answers stay without cards (the learner's next answers make them).
   */
  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1] & { questions?: QuestionSource; reviews?: ReviewSourceForUpgrade }) {
    super(name, options);
    const questions = options?.questions;
    const reviews = options?.reviews;
    // Every version stays here, oldest first. Add a version (with an upgrade() when rows
    // change shape) rather than editing one that has shipped.
    this.version(1).stores({
      lessonProgress: 'key, unitId, updatedAt',
      quizAttempts: 'id, quizId, startedAt',
      profile: 'id',
      activity: '++id, at, type',
    });
    // 2: the latest attempt of a quiz in one index look-up; activity by subject.
    this.version(2).stores({
      quizAttempts: 'id, quizId, startedAt, [quizId+startedAt], updatedAt',
      activity: '++id, at, type, subject',
    });
    // 3: attempts store their questions as shown (earlier ones get them rebuilt, once, and
    // marked so); the last place is data, not an address; the activity log (written, never
    // read, kept through resets) is dropped.
    this.version(QUESTIONS_STORED_VERSION)
      .stores({ activity: null })
      .upgrade((tx) => upgradeToStoredQuestions(tx, questions));
    // 4: statements waiting for the Learning Record Store (oldest first by state), the
    // sender's state, and the site's configuration as last read.
    this.version(4).stores({
      outbox: 'id, [state+queuedAt], &key',
      delivery: 'id',
      deployment: 'id',
    });
    // 5: spaced review, one card per fact (due first), and the log of the answers that moved
    // them (by fact and time), review sessions (the latest first); answers given before become
    // cards and log entries.
    this.version(REVIEW_CARDS_VERSION)
      .stores({ reviewCards: 'factId, due', reviewLogs: 'id, factId, at', reviewSessions: 'id, startedAt' })
      .upgrade((tx) => upgradeToReviewCards(tx, reviews));
  }
}

async function upgradeToReviewCards(tx: Transaction, source: ReviewSourceForUpgrade | undefined): Promise<void> {
  if (!source) return;
  const attempts = (await tx.table(TABLES.quizAttempts).toArray()) as StoredAttempt[];
  const { cards, logs } = source.replay(attempts);
  await tx.table(TABLES.reviewCards).bulkPut(cards);
  await tx.table(TABLES.reviewLogs).bulkPut(logs);
}

async function upgradeToStoredQuestions(tx: Transaction, source: QuestionSource | undefined): Promise<void> {
  await tx
    .table(TABLES.quizAttempts)
    .toCollection()
    .modify((row: LegacyAttempt & Partial<StoredAttempt>) => {
      if (row.questions) return;
      const rebuilt = source ? source.rebuild(row, source.facts, source.contentVersion) : { ...row, questions: [], contentVersion: '0'.repeat(64), generatorVersion: 1, questionsRebuilt: true as const };
      Object.assign(row, { questions: rebuilt.questions, contentVersion: rebuilt.contentVersion, generatorVersion: rebuilt.generatorVersion, questionsRebuilt: true });
    });
  await tx
    .table(TABLES.profile)
    .toCollection()
    .modify((profile: Omit<ProfileRow, 'lastPlace'> & { lastPlace?: Place | { path: string; at: number } }) => {
      const place = profile.lastPlace;
      if (!place || !('path' in place)) return;
      const parsed = placeFromPath(place.path, place.at);
      if (parsed) profile.lastPlace = parsed;
      else delete profile.lastPlace;
    });
}
