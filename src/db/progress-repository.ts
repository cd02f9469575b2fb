// Lesson progress: which sections of each lesson the learner has seen, where they were, how
// long they read. Writes merge inside a transaction, so two open tabs never undo each other.
import type { Lang } from '@/content/course-types';
import { mergeSectionsSeen } from '@/domain/progress/progress';
import type { LessonProgressRow } from './db';
import { getDb, safeWrite } from './storage';

export const lessonProgressKey = (unitId: string, lessonId: string) => `${unitId}/${lessonId}`;

export function getLessonProgress(unitId: string, lessonId: string): Promise<LessonProgressRow | undefined> {
  return getDb().lessonProgress.get(lessonProgressKey(unitId, lessonId));
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
  const key = lessonProgressKey(lesson.unitId, lesson.lessonId);
  return safeWrite(() =>
    db.transaction('rw', db.lessonProgress, db.activity, async () => {
      const row = await db.lessonProgress.get(key);
      const merged = mergeSectionsSeen(row?.sectionsSeen ?? [], seen, lesson.sectionIds);
      const fresh = merged.sectionsSeen.filter((id) => !row?.sectionsSeen.includes(id));
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
      if (fresh.length > 0) await db.activity.add({ at: now, type: 'section-seen', lang, subject: key, data: { sections: fresh } });
      if (justRead) await db.activity.add({ at: now, type: 'lesson-read', lang, subject: key });
    }),
  );
}

/** Adds reading time to a lesson already started. */
export function addReadingTime(unitId: string, lessonId: string, ms: number, now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.lessonProgress
      .where('key')
      .equals(lessonProgressKey(unitId, lessonId))
      .modify((row) => {
        row.timeSpentMs += Math.max(0, Math.round(ms));
        row.updatedAt = Math.max(row.updatedAt, now);
      }),
  );
}

/** Deletes lesson progress and quiz attempts (the profile stays); the log records the reset. */
export function resetProgress(now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.transaction('rw', [db.lessonProgress, db.quizAttempts, db.profile, db.activity], async () => {
      await db.lessonProgress.clear();
      await db.quizAttempts.clear();
      await db.profile.where('id').equals('learner').modify((profile) => {
        delete profile.lastPlace;
        profile.updatedAt = now;
      });
      await db.activity.add({ at: now, type: 'progress-reset', subject: 'course' });
    }),
  );
}
