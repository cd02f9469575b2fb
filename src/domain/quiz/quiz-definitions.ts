/** The quizzes of the course: a check after each lesson, a quiz per unit, a final assessment. */
import { PASS_MARKS, QUESTION_COUNTS, QUIZ_MODES, quizId, type QuizKind, type QuizRef } from '@/domain/course-ids';
import type { QuizMode } from './attempt';
import type { QuizScope } from './generate-quiz';

export interface QuizDefinition {
  id: string;
  kind: QuizKind;
  ref: QuizRef;
  scope: QuizScope;
  count: number;
  mode: QuizMode;
  /** The mark shown to the learner and the one the score is held to (src/domain/course-ids.ts). */
  passMark: number;
}

/** The definition of the quiz a reference names. */
export function quizDefinition(ref: QuizRef): QuizDefinition {
  const scope: QuizScope = ref.kind === 'final-assessment' ? { kind: 'course' } : ref.kind === 'unit-quiz' ? { kind: 'unit', unitId: ref.unitId } : { kind: 'lesson', unitId: ref.unitId, lessonId: ref.lessonId };
  return { id: quizId(ref), kind: ref.kind, ref, scope, count: QUESTION_COUNTS[ref.kind], mode: QUIZ_MODES[ref.kind], passMark: PASS_MARKS[ref.kind] };
}

export const lessonCheck = (unitId: string, lessonId: string): QuizDefinition => quizDefinition({ kind: 'lesson-check', unitId, lessonId });

export const unitQuiz = (unitId: string): QuizDefinition => quizDefinition({ kind: 'unit-quiz', unitId });

export const finalAssessment: QuizDefinition = quizDefinition({ kind: 'final-assessment' });

