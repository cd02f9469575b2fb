// Reads every table for a backup file the learner keeps (offered when the disk is full).
// Read-only: exporting never changes what is stored.
import { getDb } from './storage';

export async function exportAllData(now: number) {
  const db = getDb();
  const [profile, lessonProgress, quizAttempts, activity] = await Promise.all([db.profile.toArray(), db.lessonProgress.toArray(), db.quizAttempts.toArray(), db.activity.toArray()]);
  return { format: 'sentinelle-backup', version: db.verno, exportedAt: new Date(now).toISOString(), profile, lessonProgress, quizAttempts, activity };
}

/** Bytes used and available for this site, and whether the browser keeps them for sure. */
export async function storageEstimate(): Promise<{ usage?: number; quota?: number; persisted?: boolean }> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage) return {};
  const [estimate, persisted] = await Promise.all([storage.estimate?.().catch(() => undefined), storage.persisted?.().catch(() => undefined)]);
  return { ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}), ...(estimate?.quota !== undefined ? { quota: estimate.quota } : {}), ...(persisted !== undefined ? { persisted } : {}) };
}

/** Asks the browser not to evict the learner's data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage?.persist ? storage.persist().catch(() => undefined) : undefined;
}
