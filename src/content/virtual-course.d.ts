/** The modules `scripts/vite-plugin-course.ts` generates from `courses/` at build time. */
declare module 'virtual:course' {
  import type { CourseOutline, FactBase, Lang, Lesson } from '@/content/course-types';

  export const courseId: string;
  /** SHA-256 of every course source file: changes whenever the content does. */
  export const contentVersion: string;
  export const outlineLoaders: Record<Lang, () => Promise<{ default: CourseOutline }>>;
  /** Keyed by `lessonKey(lang, unitId, lessonId)`. */
  export const lessonLoaders: Record<string, () => Promise<{ default: Lesson }>>;
  /** The bilingual fact base the quizzes are generated from. */
  export const loadFacts: () => Promise<{ default: FactBase }>;
}
