/** What the LMS manifests say about the course, read from courses/<id>/course.yaml and the app's rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PASS_MARKS } from '../../src/domain/course-ids.ts';
import { DEFAULT_XAPI_BASE } from '../../src/domain/record/xapi.ts';
import { COURSE_ID, COURSES_DIR } from '../course-files.ts';
import type { PackageInfo } from './manifests.ts';

/** The page an LMS launches, at the package's root. */
export const LAUNCH_FILE = 'index.html';

interface CourseYaml {
  id: string;
  title: { fr: string; en: string };
  description: { fr: string; en: string };
}

export function packageInfo(files: readonly string[], version: string): PackageInfo {
  const course = parse(readFileSync(join(COURSES_DIR, COURSE_ID, 'course.yaml'), 'utf8')) as CourseYaml;
  const base = process.env.SENTINELLE_XAPI_BASE ?? DEFAULT_XAPI_BASE;
  return {
    // The course activity of the xAPI export (src/domain/record/xapi.ts), so both name one course.
    courseIri: `${base}/courses/${encodeURIComponent(course.id)}`,
    courseId: course.id,
    title: course.title,
    description: course.description,
    launch: LAUNCH_FILE,
    files,
    masteryScore: PASS_MARKS['final-assessment'],
    version,
  };
}
