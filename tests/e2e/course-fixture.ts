/** The compiled course, read the way the build reads it, so tests follow the real content. */
import { join } from 'node:path';
import { compileCourse } from '../../src/content/compile-course.ts';
import type { CompiledCourse, Lang } from '../../src/content/course-types.ts';
import { COURSE_ID, COURSES_DIR, readCourseFiles } from '../../scripts/course-files.ts';

function load(): CompiledCourse {
  const result = compileCourse(readCourseFiles(join(COURSES_DIR, COURSE_ID)));
  if (!result.ok) throw new Error('the course does not compile: run npm run content:check');
  return result.course;
}

export const course = load();
export const LANGS: Lang[] = ['fr', 'en'];
export const lessonUrl = (lang: Lang, unitId: string, lessonId: string) => `/${lang}/${unitId}/${lessonId}`;
export const allLessons = (lang: Lang) => course.outlines[lang].units.flatMap((unit) => unit.lessons);
