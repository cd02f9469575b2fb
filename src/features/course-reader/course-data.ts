/** Loads the compiled course (generated at build time) one outline or lesson at a time. */
import { lessonLoaders, outlineLoaders } from 'virtual:course';
import { lessonKey, type CourseOutline, type Lang, type Lesson, type LessonSummary } from '@/content/course-types';

export async function loadOutline(lang: Lang): Promise<CourseOutline> {
  return (await outlineLoaders[lang]()).default;
}

export async function loadLesson(lang: Lang, unitId: string, lessonId: string): Promise<Lesson | null> {
  const loader = lessonLoaders[lessonKey(lang, unitId, lessonId)];
  return loader ? (await loader()).default : null;
}

/** Every lesson of the course in reading order. */
export function lessonsInOrder(outline: CourseOutline): LessonSummary[] {
  return outline.units.flatMap((unit) => unit.lessons);
}

/** Id of the `/:lang` route, whose loader provides `LanguageRouteData` to every page. */
export const LANGUAGE_ROUTE_ID = 'language';

export interface LanguageRouteData {
  lang: Lang;
  outline: CourseOutline;
}

export interface LessonRouteData {
  lesson: Lesson;
}
