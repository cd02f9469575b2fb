import { useLiveQuery } from 'dexie-react-hooks';
import type { QuizAttemptRow } from '@/db/db';
import { getLatestAttempt } from '@/db/quiz-repository';

/** The latest attempt of a quiz, live; `undefined` while loading, `{ attempt: undefined }` when none. */
export function useLatestAttempt(quizId: string): { attempt: QuizAttemptRow | undefined } | undefined {
  return useLiveQuery(async () => ({ attempt: await getLatestAttempt(quizId) }), [quizId]);
}
