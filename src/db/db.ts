// Keeps everything a learner has done (lesson progress, quiz attempts with every question as
// shown and every answer, the profile) in IndexedDB: the only copy, offline, on this device.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { FactBase } from '@/content/course-types';
import { withRebuiltQuestions, type LegacyAttempt, type StoredAttempt, type StoredResponse as StoredAnswer } from '@/domain/attempt/stored-attempt';
import { placeFromPath, type Place } from '@/domain/course-ids';
import type { StoredLessonProgress } from '@/domain/record/build-record';

/**
 * Do not rename the database or its tables: a learner's browser knows them by these names,
 * and renaming without a migration silently loses every learner's progress.
 */
export const DATABASE_NAME = 'sentinelle';
/** Do not rename (see DATABASE_NAME). */
export const TABLES = { lessonProgress: 'lessonProgress', quizAttempts: 'quizAttempts', profile: 'profile' } as const;
/** The schema version that first stores questions; IndexedDB sees Dexie's version × 10. */
export const QUESTIONS_STORED_VERSION = 3;

/** Rows are the shapes the pure code works on (src/domain/record/build-record.ts). */
export type LessonProgressRow = StoredLessonProgress;
export type StoredResponse = StoredAnswer;
export type QuizAttemptRow = StoredAttempt;
export type { Place };

export interface ProfileRow {
  id: 'learner';
  /** Anonymous id for completion records; never sent anywhere by the app. */
  learnerId: string;
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

  /**
   * `questions` is needed only to upgrade a database that holds attempts saved before version
   * 3 (storage.ts loads it then); without it such attempts keep no questions (an empty list,
   * marked rebuilt) rather than the upgrade failing and the learner losing access to all of it.
   */
  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1] & { questions?: QuestionSource }) {
    super(name, options);
    const questions = options?.questions;
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
  }
}

async function upgradeToStoredQuestions(tx: Transaction, source: QuestionSource | undefined): Promise<void> {
  await tx
    .table(TABLES.quizAttempts)
    .toCollection()
    .modify((row: LegacyAttempt & Partial<StoredAttempt>) => {
      if (row.questions) return;
      const rebuilt = source ? withRebuiltQuestions(row, source.facts, source.contentVersion) : { ...row, questions: [], contentVersion: '0'.repeat(64), generatorVersion: 1, questionsRebuilt: true as const };
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
