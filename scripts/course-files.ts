/** Reads a course folder from disk into the path → text map the compiler takes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileCourse, type CourseFiles } from '../src/content/compile-course.ts';
import type { CompiledCourse } from '../src/content/course-types.ts';

export const COURSES_DIR = 'courses';
export const COURSE_ID = 'countering-terrorism';

export function readCourseFiles(courseDir: string): CourseFiles {
  const files: CourseFiles = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|ya?ml)$/.test(name) && name !== 'README.md') {
        files[relative(courseDir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(courseDir);
  return files;
}

let compiled: CompiledCourse | undefined;

/** The real course, compiled once per process (tests, fixtures, benchmarks); throws if it does not compile. */
export function compileRealCourse(): CompiledCourse {
  if (compiled) return compiled;
  // npm run test:mutation compiles the course once and hands it to every run (it mutates the
  // quiz generator, never the compiler).
  const cached = process.env.SENTINELLE_COMPILED_COURSE;
  if (cached) return (compiled = JSON.parse(readFileSync(cached, 'utf8')) as CompiledCourse);
  const result = compileCourse(readCourseFiles(join(COURSES_DIR, COURSE_ID)));
  if (!result.ok) throw new Error('the course does not compile: run npm run content:check');
  compiled = result.course;
  return compiled;
}
