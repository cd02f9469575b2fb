/**
 * `npm run bench:quiz`: how long quiz generation takes, in Node, on the real course.
 * Prints median and p95 over repeated runs, after a warm-up; a figure, not a test.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileCourse } from '../../src/content/compile-course.ts';
import { allCandidates } from '../../src/domain/quiz/candidates.ts';
import { generateBilingualQuiz, generateQuestionBank } from '../../src/domain/quiz/generate-quiz.ts';
import { COURSE_ID, COURSES_DIR, readCourseFiles } from '../course-files.ts';

const result = compileCourse(readCourseFiles(join(COURSES_DIR, COURSE_ID)));
if (!result.ok) throw new Error('the course does not compile: run npm run content:check');
const { facts } = result.course;

function measure(name: string, runs: number, run: (i: number) => unknown, how: string) {
  for (let i = 0; i < 5; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(`${name.padEnd(38)} median ${at(0.5).toFixed(2).padStart(7)} ms   p95 ${at(0.95).toFixed(2).padStart(7)} ms   (${runs} runs; ${how})`);
}

const bank = generateQuestionBank(facts, { seed: 1 });
console.log(`Question bank: ${bank.length} questions per language, ${new Set(bank.map((q) => q.type)).size} types (Node ${process.version})`);
measure('whole bank, both languages', 50, (i) => generateQuestionBank(facts, { seed: i }), 'every candidate built for a new seed');
measure('whole bank, cold (candidates rebuilt)', 50, (i) => generateQuestionBank({ ...facts }, { seed: i }), 'fact base seen for the first time');
measure('20-question final assessment', 500, (i) => generateBilingualQuiz(facts, { seed: i, count: 20, scope: { kind: 'course' } }), 'select + build, new seed');
measure('5-question lesson check', 500, (i) => generateBilingualQuiz(facts, { seed: i, count: 5, scope: { kind: 'lesson', unitId: 'capabilities', lessonId: 'dat-programme' } }), 'select + build, new seed');
measure('candidate enumeration', 200, () => allCandidates(facts), 'the pool every quiz draws from');
