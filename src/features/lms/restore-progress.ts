/**
 * Progress the LMS holds that this device does not (the learner used another device): the
 * sections it says were seen are recorded here too, so the course shows those lessons read.
 * (Quiz attempts stay where they were taken: their questions are not in the LMS.)
 */
import type { Lang } from '@/content/course-types';
import type { LearnerProgress } from '@/db/lms-repository';
import { markSectionsSeen } from '@/db/progress-repository';
import { compactProgress, sectionsOfMask, type CompactProgress, type LmsOutline } from '@/domain/lms/lms-progress';

export async function restoreLessons(outline: LmsOutline, remote: CompactProgress, local: LearnerProgress, lang: Lang, now: number): Promise<void> {
  const known = compactProgress(outline, local.lessons, local.attempts);
  for (const [index, mask] of remote.sections.entries()) {
    const missing = mask & ~(known.sections[index] ?? 0);
    const lesson = sectionsOfMask(outline, index, mask);
    if (missing !== 0 && lesson) await markSectionsSeen(lesson, lesson.seen, undefined, lang, now);
  }
}
