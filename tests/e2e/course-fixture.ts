/** The compiled course, read the way the build reads it, so tests follow the real content. */
import type { Lang } from '../../src/content/course-types.ts';
import { compileRealCourse } from '../../scripts/course-files.ts';

export const course = compileRealCourse();
export const LANGS: Lang[] = ['fr', 'en'];
export const lessonUrl = (lang: Lang, unitId: string, lessonId: string) => `/${lang}/${unitId}/${lessonId}`;
export const allLessons = (lang: Lang) => course.outlines[lang].units.flatMap((unit) => unit.lessons);
