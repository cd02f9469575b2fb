/** What a quiz covers: the whole course, one unit, or one lesson. */
import type { LessonRef } from '@/content/course-types';

export type QuizScope = { kind: 'course' } | { kind: 'unit'; unitId: string } | { kind: 'lesson'; unitId: string; lessonId: string };

export function inScope(source: LessonRef, scope: QuizScope): boolean {
  if (scope.kind === 'course') return true;
  if (scope.kind === 'unit') return source.unitId === scope.unitId;
  return source.unitId === scope.unitId && source.lessonId === scope.lessonId;
}
