/** `npm run content:check`: compiles the course and prints every problem as file:line: message. */
import { join } from 'node:path';
import { compileCourse, formatCompileError } from '../src/content/compile-course.ts';
import { COURSE_ID, COURSES_DIR, readCourseFiles } from './course-files.ts';

const root = join(COURSES_DIR, COURSE_ID);
const result = compileCourse(readCourseFiles(root));
if (!result.ok) {
  for (const error of result.errors) console.error(formatCompileError(error, root));
  console.error(`\n${result.errors.length} problem(s) in ${root}`);
  process.exit(1);
}
const { outlines, lessons, facts } = result.course;
const lessonCount = Object.keys(lessons).length / 2;
const words = (lang: 'fr' | 'en') => Object.values(lessons).filter((l) => l.lang === lang).reduce((n, l) => n + l.wordCount, 0);
console.log(
  `${root}: OK — ${outlines.fr.units.length} units, ${lessonCount} lessons in fr and en ` +
    `(${words('fr')} / ${words('en')} words), ${outlines.fr.glossary.length} glossary terms, ${outlines.fr.events.length} events, ` +
    `${facts.scenarios?.length ?? 0} scenarios in fr and en`,
);
