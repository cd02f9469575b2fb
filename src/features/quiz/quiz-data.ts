/** Loads the fact base the quizzes are generated from (one lazily loaded chunk, both languages). */
import { loadFacts as loadFactsModule } from 'virtual:course';
import type { FactBase } from '@/content/course-types';

let facts: Promise<FactBase> | null = null;

export function loadFacts(): Promise<FactBase> {
  facts ??= loadFactsModule().then((module) => module.default);
  return facts;
}

/** Whether a quiz address names a unit (and lesson) the course has. */
export function quizExists(base: FactBase, unitId?: string, lessonId?: string): boolean {
  if (!unitId) return true;
  return base.lessons.some((lesson) => lesson.unitId === unitId && (lessonId === undefined || lesson.lessonId === lessonId));
}
