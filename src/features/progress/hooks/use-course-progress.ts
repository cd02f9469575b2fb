import { useLiveQuery } from 'dexie-react-hooks';
import type { LessonProgressRow, ProfileRow, QuizAttemptRow } from '@/db/db';
import { getProfile } from '@/db/profile-repository';
import { getAllLessonProgress } from '@/db/progress-repository';
import { getAllAttempts } from '@/db/quiz-repository';

export interface CourseProgress {
  lessons: Map<string, LessonProgressRow>;
  attempts: Map<string, QuizAttemptRow[]>;
  profile: ProfileRow | undefined;
}

/** Everything the course home shows, live: it updates when another tab saves. */
export function useCourseProgress(): CourseProgress | undefined {
  return useLiveQuery(async () => {
    const [lessons, attempts, profile] = await Promise.all([getAllLessonProgress(), getAllAttempts(), getProfile()]);
    const byQuiz = new Map<string, QuizAttemptRow[]>();
    for (const attempt of attempts) byQuiz.set(attempt.quizId, [...(byQuiz.get(attempt.quizId) ?? []), attempt]);
    return { lessons: new Map(lessons.map((row) => [row.key, row])), attempts: byQuiz, profile };
  }, []);
}
