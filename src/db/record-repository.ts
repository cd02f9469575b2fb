// What the completion record is built from, and how an imported record is written: all of it
// in one transaction, or none of it (a failure part-way leaves the database as it was).
import type { Lang } from '@/content/course-types';
import type { StoredAttempt, StoredLessonProgress, StoredProfile } from '@/domain/record/build-record';
import { mergeAttempt, mergeLessonProgress, mergeProfile, rowsFromRecord } from '@/domain/record/merge-record';
import { parseRecord, type Rebuild, type RecordProblem } from '@/domain/record/parse-record';
import { reviewRowsFromRecord, type StoredReview } from '@/domain/record/record-review';
import { cardsFromLog } from '@/domain/review/schedule';
import type { Table } from 'dexie';
import { canonicalJson } from '@/domain/record/digest';
import type { ProfileRow } from './db';
import { outboxFor, queueProgressStatements } from './outbox-hook';
import { classifyStorageError, getDb, reportStorageProblem, type StorageProblem } from './storage';

const newProfile = (lang: Lang, now: number): ProfileRow => ({ id: 'learner', learnerId: crypto.randomUUID(), displayName: '', lang, createdAt: now, updatedAt: now });

/** Everything a record holds, read in one transaction (a consistent snapshot). */
export async function readRecordSources(lang: Lang, now: number): Promise<{ profile: ProfileRow; lessonProgress: StoredLessonProgress[]; attempts: StoredAttempt[]; review: StoredReview }> {
  const db = getDb();
  const [profile, lessonProgress, attempts, cards, log, sessions] = await db.transaction('r', [db.profile, db.lessonProgress, db.quizAttempts, db.reviewCards, db.reviewLogs, db.reviewSessions], () =>
    Promise.all([db.profile.get('learner'), db.lessonProgress.toArray(), db.quizAttempts.toArray(), db.reviewCards.toArray(), db.reviewLogs.toArray(), db.reviewSessions.toArray()]),
  );
  return { profile: profile ?? newProfile(lang, now), lessonProgress, attempts, review: { cards, log, sessions } };
}

export interface ImportSummary {
  lessonsAdded: number;
  lessonsUpdated: number;
  attemptsAdded: number;
  attemptsUpdated: number;
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problem: StorageProblem };

/** Merges each incoming row into the stored one with the same key; writes only what changed. */
async function mergeRows<T>(table: Pick<Table<T, string>, 'bulkGet'> & { bulkPut(rows: readonly T[]): Promise<unknown> }, incoming: readonly T[], keyOf: (row: T) => string, merge: (local: T | undefined, incoming: T) => T) {
  const locals = await table.bulkGet(incoming.map(keyOf));
  let added = 0;
  let updated = 0;
  const changed = incoming.flatMap((row, i) => {
    const local = locals[i];
    const merged = merge(local, row);
    if (!local) added += 1;
    else if (canonicalJson(local) !== canonicalJson(merged)) updated += 1;
    else return [];
    return [merged];
  });
  await table.bulkPut(changed);
  return { added, updated };
}

/**
 * Spaced review joins what the device has: log entries add up (one per fact and moment), the
 * cards of the facts they touch are made again from the whole log (so both devices' answers
 * count, in the order given), and a review session keeps its answers: the side with more wins.
 */
async function mergeReview(db: ReturnType<typeof getDb>, review: StoredReview): Promise<void> {
  const known = await db.reviewLogs.bulkGet(review.log.map((entry) => entry.id));
  const added = review.log.filter((_, i) => known[i] === undefined);
  await db.reviewLogs.bulkPut(added);
  const touched = [...new Set(added.map((entry) => entry.factId))];
  if (touched.length > 0) await db.reviewCards.bulkPut(cardsFromLog(await db.reviewLogs.where('factId').anyOf(touched).toArray()));
  const sessions = await db.reviewSessions.bulkGet(review.sessions.map((session) => session.id));
  const answers = (session: { responses: object }) => Object.keys(session.responses).length;
  await db.reviewSessions.bulkPut(
    review.sessions.filter((incoming, i) => {
      const local = sessions[i];
      return !local || answers(incoming) > answers(local) || (answers(incoming) === answers(local) && local.finishedAt === undefined && incoming.finishedAt !== undefined);
    }),
  );
}

/** Merges imported rows into the database (see merge-record.ts for who wins), atomically. */
export async function importRecordRows(rows: { profile: StoredProfile; lessonProgress: StoredLessonProgress[]; attempts: StoredAttempt[]; review?: StoredReview }, lang: Lang, now: number): Promise<ImportOutcome> {
  const db = getDb();
  const summary: ImportSummary = { lessonsAdded: 0, lessonsUpdated: 0, attemptsAdded: 0, attemptsUpdated: 0 };
  try {
    // With an LRS set, what the import adds is queued for it in the same transaction.
    const { maker, tables: extra } = outboxFor(db);
    await db.transaction('rw', [db.profile, db.lessonProgress, db.quizAttempts, db.reviewCards, db.reviewLogs, db.reviewSessions, ...extra.filter((table) => table !== db.profile)], async () => {
      const lessons = await mergeRows(db.lessonProgress, rows.lessonProgress, (row) => row.key, mergeLessonProgress);
      const attempts = await mergeRows(db.quizAttempts, rows.attempts, (row) => row.id, mergeAttempt);
      Object.assign(summary, { lessonsAdded: lessons.added, lessonsUpdated: lessons.updated, attemptsAdded: attempts.added, attemptsUpdated: attempts.updated });
      if (rows.review) await mergeReview(db, rows.review);

      const local = await db.profile.get('learner');
      await db.profile.put({ ...(local ?? newProfile(lang, now)), ...mergeProfile(local, rows.profile) });
      await queueProgressStatements(db, maker, now, { withAnswers: true });
    });
    return { ok: true, summary };
  } catch (error) {
    const problem = classifyStorageError(error);
    if (problem === 'quota') reportStorageProblem(problem);
    return { ok: false, problem };
  }
}

export type RecordImportResult = { ok: true; summary: ImportSummary } | { ok: false; problem: RecordProblem } | { ok: false; storage: StorageProblem };

/** Checks a record file and merges it in; a file with any problem changes nothing. */
export async function importRecordText(text: string, bytes: number, context: { courseId: string; quizIds: ReadonlySet<string>; rebuild: Rebuild; lang: Lang; now: number }): Promise<RecordImportResult> {
  const parsed = parseRecord(text, bytes, context);
  if (!parsed.ok) return parsed;
  const outcome = await importRecordRows({ ...rowsFromRecord(parsed.record), review: reviewRowsFromRecord(parsed.record) }, context.lang, context.now);
  return outcome.ok ? outcome : { ok: false, storage: outcome.problem };
}
