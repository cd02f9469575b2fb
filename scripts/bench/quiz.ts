/**
 * `npm run bench:quiz`: how long quiz generation takes, in Node, on the real course.
 * Prints median and p95 over repeated runs, after a warm-up; a figure, not a test.
 * `benchQuiz()` returns the figures for `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { allCandidates } from '../../src/domain/quiz/candidates.ts';
import { generateBilingualQuiz, generateQuestionBank } from '../../src/domain/quiz/generate-quiz.ts';
import { compileRealCourse } from '../course-files.ts';
import { isMain } from './site.ts';
import { formatTiming, timing, type Timing } from './stats.ts';

export interface QuizBench {
  /** Questions per language in the bank, and how many types. */
  questions: number;
  types: number;
  wholeBank: Timing;
  wholeBankCold: Timing;
  assessment: Timing;
  lessonCheck: Timing;
  candidates: Timing;
}

function measure(runs: number, run: (i: number) => unknown): Timing {
  for (let i = 0; i < 5; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  return timing(times);
}

export async function benchQuiz(): Promise<QuizBench> {
  const { facts } = compileRealCourse();
  const bank = generateQuestionBank(facts, { seed: 1 });
  return {
    questions: bank.length,
    types: new Set(bank.map((q) => q.type)).size,
    wholeBank: measure(50, (i) => generateQuestionBank(facts, { seed: i })),
    wholeBankCold: measure(50, (i) => generateQuestionBank({ ...facts }, { seed: i })),
    assessment: measure(500, (i) => generateBilingualQuiz(facts, { seed: i, count: 20, scope: { kind: 'course' } })),
    lessonCheck: measure(500, (i) => generateBilingualQuiz(facts, { seed: i, count: 5, scope: { kind: 'lesson', unitId: 'capabilities', lessonId: 'dat-programme' } })),
    candidates: measure(200, () => allCandidates(facts)),
  };
}

if (isMain(import.meta.url)) {
  const figures = await benchQuiz();
  const row = (name: string, t: Timing, how: string) => console.log(`${name.padEnd(38)} ${formatTiming(t)}; ${how}`);
  console.log(`Question bank: ${figures.questions} questions per language, ${figures.types} types (Node ${process.version})`);
  row('whole bank, both languages', figures.wholeBank, 'every candidate built for a new seed');
  row('whole bank, cold (candidates rebuilt)', figures.wholeBankCold, 'fact base seen for the first time');
  row('20-question final assessment', figures.assessment, 'select + build, new seed');
  row('5-question lesson check', figures.lessonCheck, 'select + build, new seed');
  row('candidate enumeration', figures.candidates, 'the pool every quiz draws from');
}
