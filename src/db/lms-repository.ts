// What an LMS is told comes from here: the learner's progress as the device holds it (lessons,
// quiz attempts, the last place), read together and watched, so every change reaches the LMS.
import { liveQuery } from 'dexie';
import type { LessonProgressRow, Place, QuizAttemptRow } from './db';
import { getDb } from './storage';

export interface LearnerProgress {
  lessons: LessonProgressRow[];
  attempts: QuizAttemptRow[];
  lastPlace?: Place;
}

export function getLearnerProgress(): Promise<LearnerProgress> {
  const db = getDb();
  return db.transaction('r', db.lessonProgress, db.quizAttempts, db.profile, async () => {
    const [lessons, attempts, profile] = await Promise.all([db.lessonProgress.toArray(), db.quizAttempts.toArray(), db.profile.get('learner')]);
    return { lessons, attempts, ...(profile?.lastPlace ? { lastPlace: profile.lastPlace } : {}) };
  });
}

/** Calls `listener` with the progress now and after every change (any tab). */
export function watchLearnerProgress(listener: (progress: LearnerProgress) => void): () => void {
  const subscription = liveQuery(getLearnerProgress).subscribe({ next: listener, error: () => undefined });
  return () => subscription.unsubscribe();
}
