/** The quizzes of the course: a check after each lesson, a quiz per unit, a final assessment. */
import type { QuizMode } from './attempt';
import type { QuizScope } from './generate-quiz';
import { PASS_MARK } from './scoring';

export interface QuizDefinition {
  id: string;
  kind: 'lesson-check' | 'unit-quiz' | 'final-assessment';
  scope: QuizScope;
  count: number;
  mode: QuizMode;
  passMark: number;
}

export const lessonCheck = (unitId: string, lessonId: string): QuizDefinition => ({
  id: `lesson:${unitId}/${lessonId}`,
  kind: 'lesson-check',
  scope: { kind: 'lesson', unitId, lessonId },
  count: 5,
  mode: 'practice',
  passMark: PASS_MARK,
});

export const unitQuiz = (unitId: string): QuizDefinition => ({
  id: `unit:${unitId}`,
  kind: 'unit-quiz',
  scope: { kind: 'unit', unitId },
  count: 10,
  mode: 'practice',
  passMark: PASS_MARK,
});

export const finalAssessment: QuizDefinition = {
  id: 'final',
  kind: 'final-assessment',
  scope: { kind: 'course' },
  count: 20,
  mode: 'exam',
  passMark: PASS_MARK,
};
