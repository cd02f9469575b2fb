// Opens the learner database once, and falls back to a memory-only copy for this visit when
// the browser offers no IndexedDB (some private windows), so the course still works.
import Dexie from 'dexie';
import { DATABASE_NAME, QUESTIONS_STORED_VERSION, REVIEW_CARDS_VERSION, SentinelleDb, type QuestionSource, type ReviewSourceForUpgrade } from './db';

export type StorageProblem = 'unavailable' | 'quota' | 'outdated' | 'failed';

let database = new SentinelleDb();
let opening: Promise<void> | null = null;
const listeners = new Set<(problem: StorageProblem) => void>();

/** The database every repository uses. */
export function getDb(): SentinelleDb {
  return database;
}

export function onStorageProblem(listener: (problem: StorageProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportStorageProblem(problem: StorageProblem): void {
  for (const listener of listeners) listener(problem);
}

/** What went wrong, from a Dexie or DOM error (a full disk may come wrapped in an AbortError). */
export function classifyStorageError(error: unknown): StorageProblem {
  const names: string[] = [];
  for (let e = error as { name?: string; inner?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name) names.push(e.name);
    e = (e.inner ?? e.cause) as typeof e;
  }
  if (names.some((name) => name === 'QuotaExceededError')) return 'quota';
  if (names.some((name) => ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'UnknownError'].includes(name))) return 'unavailable';
  if (names.some((name) => name === 'VersionError' || name === 'DatabaseClosedError')) return 'outdated';
  return 'failed';
}

async function openMemoryDatabase(): Promise<void> {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  // Live queries read Dexie's global dependencies, not only the instance's options.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  database = new SentinelleDb(undefined, { indexedDB, IDBKeyRange });
  await database.open();
}

/**
 * The version of the database on this device as IndexedDB reports it (Dexie's × 10), 0 when
 * there is none, or undefined when the browser cannot say (no `indexedDB.databases()`): then
 * every upgrade source is loaded, in case.
 */
async function versionOnDevice(name: string): Promise<number | undefined> {
  try {
    if (typeof indexedDB.databases !== 'function') return undefined;
    return (await indexedDB.databases()).find((info) => info.name === name)?.version ?? 0;
  } catch {
    return undefined;
  }
}

/** Whether a database at `version` (IndexedDB's number; undefined: unknown) has to go through Dexie version `needed`. */
const predates = (version: number | undefined, needed: number) => version === undefined || (version > 0 && version < needed * 10);

/**
 * Opens the database (once); resolves even when storage is unavailable. `loadQuestions` gives
 * today's fact base and content version, loaded only when the database still has to give
 * earlier attempts their questions (see db.ts, version 3); `loadReviews` the scheduler, only
 * when earlier answers have yet to become review cards (version 5). `name`: the database, the
 * device's own unless an LMS package opens its learner's (src/domain/lms/learner-database.ts).
 */
export function openStorage(loadQuestions?: () => Promise<QuestionSource>, loadReviews?: () => Promise<ReviewSourceForUpgrade>, name = DATABASE_NAME): Promise<void> {
  opening ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') throw Object.assign(new Error('IndexedDB is missing'), { name: 'MissingAPIError' });
      if (name !== database.name) database = new SentinelleDb(name);
      if (loadQuestions || loadReviews) {
        const version = await versionOnDevice(name);
        const [questions, reviews] = await Promise.all([
          loadQuestions && predates(version, QUESTIONS_STORED_VERSION) ? loadQuestions() : undefined,
          loadReviews && predates(version, REVIEW_CARDS_VERSION) ? loadReviews() : undefined,
        ]);
        if (questions || reviews) database = new SentinelleDb(name, { ...(questions ? { questions } : {}), ...(reviews ? { reviews } : {}) });
      }
      database.on('versionchange', () => {
        database.close();
        reportStorageProblem('outdated');
        return false;
      });
      await database.open();
    } catch (error) {
      const problem = classifyStorageError(error);
      reportStorageProblem(problem === 'outdated' ? 'outdated' : 'unavailable');
      if (problem !== 'outdated') await openMemoryDatabase();
    }
  })();
  return opening;
}

/**
 * Runs a write; a failure is reported (full disk, closed database) instead of thrown, so a
 * learner's screen never breaks on a save. Returns whether the write happened.
 */
export async function safeWrite(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    reportStorageProblem(classifyStorageError(error));
    return false;
  }
}
