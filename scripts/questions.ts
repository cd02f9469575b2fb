/**
 * `npm run questions -- --lang fr|en [--seed N] [--lesson ID]`: prints the complete question
 * bank as JSON, for course authors to review. The same id is the same question in both languages.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCourse, formatCompileError } from '../src/content/compile-course.ts';
import { isLang } from '../src/content/course-types.ts';
import { generateQuestionBank, type QuizScope } from '../src/domain/quiz/generate-quiz.ts';
import { localizeQuestion } from '../src/domain/quiz/question.ts';
import { COURSE_ID, COURSES_DIR, readCourseFiles } from './course-files.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' }, seed: { type: 'string', default: '1' }, lesson: { type: 'string' } } });
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
if (!isLang(values.lang)) fail('usage: npm run questions -- --lang fr|en [--seed N] [--lesson ID]');
const lang = values.lang === 'en' ? 'en' : 'fr';
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`);

const root = join(COURSES_DIR, COURSE_ID);
const result = compileCourse(readCourseFiles(root));
if (!result.ok) {
  for (const error of result.errors) console.error(formatCompileError(error, root));
  process.exit(1);
}
const { facts } = result.course;
let scope: QuizScope = { kind: 'course' };
if (values.lesson) {
  const lesson = facts.lessons.find((l) => l.lessonId === values.lesson || `${l.unitId}/${l.lessonId}` === values.lesson);
  if (!lesson) fail(`unknown lesson "${values.lesson}"; lessons: ${facts.lessons.map((l) => l.lessonId).join(', ')}`);
  else scope = { kind: 'lesson', unitId: lesson.unitId, lessonId: lesson.lessonId };
}

const bank = generateQuestionBank(facts, { seed, scope }).map((question) => {
  const { layout: _layout, source, sources, ...localized } = localizeQuestion(question, lang);
  return {
    ...localized,
    source: { unit: source.unitId, lesson: source.lessonId, section: source.sectionId },
    // Scenario items rest on several sections: all of them, as unit/lesson#section.
    ...(sources ? { sources: sources.map((ref) => `${ref.unitId}/${ref.lessonId}#${ref.sectionId ?? ''}`) } : {}),
  };
});
console.log(JSON.stringify(bank, null, 2));
