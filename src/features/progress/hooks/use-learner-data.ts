import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile } from '@/db/profile-repository';
import { getLessonProgress } from '@/db/progress-repository';

/** A lesson's progress, live (another tab's reading shows at once). */
export function useLessonProgress(unitId: string, lessonId: string) {
  return useLiveQuery(() => getLessonProgress(unitId, lessonId), [unitId, lessonId]);
}

/** The learner profile, live. */
export function useProfile() {
  return useLiveQuery(getProfile, []);
}
