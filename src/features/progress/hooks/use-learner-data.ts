import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile } from '@/db/profile-repository';
import { getLessonProgress } from '@/db/progress-repository';

/**
 * A lesson's progress, live (another tab's reading shows at once): `undefined` while it is
 * being read (and in the built page), `{ row: undefined }` for a lesson never opened.
 */
export function useLessonProgress(unitId: string, lessonId: string) {
  return useLiveQuery(async () => ({ row: await getLessonProgress(unitId, lessonId) }), [unitId, lessonId]);
}

/** The learner profile, live. */
export function useProfile() {
  return useLiveQuery(getProfile, []);
}
