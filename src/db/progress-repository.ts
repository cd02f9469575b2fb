// Lesson progress: which sections of each lesson the learner has seen, where they were, how
// long they read. Writes merge inside a transaction, so two open tabs never undo each other.
import type { Lang } from '@/content/course-types';
import { lessonKey } from '@/domain/course-ids';
import { mergeSectionsSeen } from '@/domain/progress/progress';
import type { LessonProgressRow } from './db';
import { outboxFor, queueProgressStatements } from './outbox-hook';
import { getDb, safeWrite } from './storage';

export function getLessonProgress(unitId: string, lessonId: string): Promise<LessonProgressRow | undefined> {
  return getDb().lessonProgress.get(lessonKey(unitId, lessonId));
}

export function getAllLessonProgress(): Promise<LessonProgressRow[]> {
  return getDb().lessonProgress.toArray();
}

/** Records sections the learner has seen (and where they are), in one transaction. */
export function markSectionsSeen(
  lesson: { unitId: string; lessonId: string; sectionIds: readonly string[] },
  seen: readonly string[],
  currentSectionId: string | undefined,
  lang: Lang,
  now: number,
): Promise<boolean> {
  const db = getDb();
  const key = lessonKey(lesson.unitId, lesson.lessonId);
  const { maker, tables: extra } = outboxFor(db);
  const tables = maker ? [db.lessonProgress, db.quizAttempts, ...extra] : [db.lessonProgress];
  return safeWrite(() =>
    db.transaction('rw', tables, async () => {
      const row = await db.lessonProgress.get(key);
      const merged = mergeSectionsSeen(row?.sectionsSeen ?? [], seen, lesson.sectionIds);
      const justRead = merged.complete && row?.readAt === undefined;
      const lastSectionId = currentSectionId ?? row?.lastSectionId;
      const readAt = row?.readAt ?? (justRead ? now : undefined);
      await db.lessonProgress.put({
        key,
        unitId: lesson.unitId,
        lessonId: lesson.lessonId,
        sectionsSeen: merged.sectionsSeen,
        sectionCount: lesson.sectionIds.length,
        ...(lastSectionId ? { lastSectionId } : {}),
        lastLang: lang,
        timeSpentMs: row?.timeSpentMs ?? 0,
        startedAt: row?.startedAt ?? now,
        ...(readAt !== undefined ? { readAt } : {}),
        updatedAt: now,
      });
      // A lesson just read: its `experienced` statement (and the course's, if now completed).
      if (justRead) await queueProgressStatements(db, maker, now);
    }),
  );
}

/** Adds reading time to a lesson already started. */
export function addReadingTime(unitId: string, lessonId: string, ms: number, now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.lessonProgress
      .where('key')
      .equals(lessonKey(unitId, lessonId))
      .modify((row) => {
        row.timeSpentMs += Math.max(0, Math.round(ms));
        row.updatedAt = Math.max(row.updatedAt, now);
      }),
  );
}

/**
 * What settings promise a reset erases: every lesson's progress, every quiz attempt, the
 * review cards, their log and review sessions, and the last place. The profile stays (learner id, name, language), as settings say.
 */
export function resetProgress(now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.transaction('rw', [db.lessonProgress, db.quizAttempts, db.profile, db.reviewCards, db.reviewLogs, db.reviewSessions], async () => {
      await db.lessonProgress.clear();
      await db.quizAttempts.clear();
      await Promise.all([db.reviewCards.clear(), db.reviewLogs.clear(), db.reviewSessions.clear()]);
      await db.profile.where('id').equals('learner').modify((profile) => {
        delete profile.lastPlace;
        profile.updatedAt = now;
      });
    }),
  );
}
