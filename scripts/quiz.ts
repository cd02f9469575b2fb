/**
 * `npm run quiz -- --kind final|unit|lesson [--unit ID] [--lesson ID] --seed N --lang fr|en`:
 * prints the exact quiz that seed gives (the fields of the `questions` JSON, in the order the
 * learner saw them), with the blueprint it followed, so that an author can reproduce what a
 * learner saw. The seed of an attempt is in the learner's completion record.
 */
import { parseArgs } from 'node:util';
import { isLang } from '../src/content/course-types.ts';
import { generateBilingualQuiz, planQuiz } from '../src/domain/quiz/generate-quiz.ts';
import { localizeQuestion } from '../src/domain/quiz/question.ts';
import { finalAssessment, lessonCheck, unitQuiz, type QuizDefinition } from '../src/domain/quiz/quiz-definitions.ts';
import { compileRealCourse } from './course-files.ts';

const USAGE = 'usage: npm run quiz -- --kind final|unit|lesson [--unit ID] [--lesson ID] --seed N --lang fr|en';
const { values } = parseArgs({ options: { kind: { type: 'string' }, unit: { type: 'string' }, lesson: { type: 'string' }, seed: { type: 'string' }, lang: { type: 'string' } } });
const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
};
const facts = compileRealCourse().facts;
const lang = isLang(values.lang) ? values.lang : fail(`--lang must be fr or en, not "${values.lang ?? ''}"`);
const seed = Number(values.seed);
if (values.seed === undefined || !Number.isInteger(seed) || seed < 0) fail(`--seed must be a whole number, not "${values.seed ?? ''}"`);
const units = [...new Set(facts.lessons.map((l) => l.unitId))];

function definitionOf(): QuizDefinition {
  if (values.kind === 'final') return finalAssessment;
  if (values.kind === 'unit') {
    if (!values.unit || !units.includes(values.unit)) return fail(`--unit must be one of: ${units.join(', ')}`);
    return unitQuiz(values.unit);
  }
  if (values.kind === 'lesson') {
    const lesson = facts.lessons.find((l) => l.lessonId === values.lesson && (!values.unit || l.unitId === values.unit));
    if (!lesson) return fail(`--lesson must be one of: ${facts.lessons.map((l) => l.lessonId).join(', ')}`);
    return lessonCheck(lesson.unitId, lesson.lessonId);
  }
  return fail(`--kind must be final, unit or lesson, not "${values.kind ?? ''}"`);
}

const definition = definitionOf();
const options = { seed: seed >>> 0, count: definition.count, scope: definition.scope };
const { blueprint } = planQuiz(facts, options);
const questions = generateBilingualQuiz(facts, options).map((question) => {
  const { layout: _layout, ...shown } = localizeQuestion(question, lang);
  return { ...shown, sources: question.sources ?? [question.source] };
});
console.log(JSON.stringify({ quiz: definition.id, kind: definition.kind, seed: options.seed, lang, blueprint, questions }, null, 2));
