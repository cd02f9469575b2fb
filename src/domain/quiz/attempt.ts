/**
 * A quiz attempt as data: which questions (seed + ids, enough to rebuild them in either
 * language), the learner's responses with their times, where they are, when it ended.
 * Every change is a pure function returning a new attempt; time comes in as an argument.
 */
import type { Lang } from '@/content/course-types';
import { scoreAnswers, type Score } from './scoring';
import type { Question } from './question';

export type QuizMode = 'practice' | 'exam';

export interface QuizAttempt {
  quizId: string;
  mode: QuizMode;
  seed: number;
  questionIds: string[];
  responses: Record<string, { optionIds: string[]; answeredAt: number; lang?: Lang; correct?: boolean }>;
  current: number;
  startedAt: number;
  finishedAt?: number;
}

export function startAttempt(quizId: string, mode: QuizMode, seed: number, questionIds: string[], now: number): QuizAttempt {
  return { quizId, mode, seed, questionIds, responses: {}, current: 0, startedAt: now };
}

type AttemptShape = Pick<QuizAttempt, 'questionIds' | 'responses' | 'current' | 'finishedAt'>;

/** Records the response to a question; a question is answered once, and not after the end. */
export function answerQuestion<A extends AttemptShape>(attempt: A, questionId: string, optionIds: string[], now: number, lang?: Lang, correct?: boolean): A {
  if (attempt.finishedAt !== undefined || Object.hasOwn(attempt.responses, questionId) || !attempt.questionIds.includes(questionId)) return attempt;
  return { ...attempt, responses: { ...attempt.responses, [questionId]: { optionIds, answeredAt: now, ...(lang ? { lang } : {}), ...(correct !== undefined ? { correct } : {}) } } };
}

export function goToQuestion<A extends AttemptShape>(attempt: A, index: number): A {
  const current = Math.max(0, Math.min(index, attempt.questionIds.length - 1));
  return current === attempt.current || attempt.finishedAt !== undefined ? attempt : { ...attempt, current };
}

export const allAnswered = (attempt: QuizAttempt) => attempt.questionIds.every((id) => Object.hasOwn(attempt.responses, id));

export function finishAttempt<A extends Pick<QuizAttempt, 'finishedAt'>>(attempt: A, now: number): A {
  return attempt.finishedAt !== undefined ? attempt : { ...attempt, finishedAt: now };
}

export function scoreAttempt(attempt: QuizAttempt, questions: readonly Question[]): Score {
  const responses = Object.fromEntries(Object.entries(attempt.responses).map(([id, response]) => [id, response.optionIds]));
  return scoreAnswers(questions, responses);
}
