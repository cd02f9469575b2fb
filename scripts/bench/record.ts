/**
 * `npm run bench:record`: how long building and exporting the completion record takes for a
 * learner with 10,000 answers (500 final assessments of 20 questions), in Node, on the real
 * course. "Build and export" = turn the rows into the record (answers carry the grade saved
 * with them; every attempt's stored questions, each distinct question and text written once),
 * seal it with its SHA-256 digest, and serialise the JSON file. Also timed: the same for answers
 * saved by earlier versions (no grade: graded on the stored questions), the xAPI statements
 * (questions described from the stored ones), and the import check of the file.
 * Figures, not a test.
 */
import { performance } from 'node:perf_hooks';
import { buildRecord } from '../../src/domain/record/build-record.ts';
import { parseRecord } from '../../src/domain/record/parse-record.ts';
import { recordStatements } from '../../src/domain/record/xapi.ts';
import { compileRealCourse } from '../course-files.ts';
import { historyWithAnswers, ungraded } from '../record-fixtures.ts';
import { isMain } from './site.ts';
import { formatTiming, timing, type Timing } from './stats.ts';

export interface RecordBench extends Timing {
  answers: number;
  ungraded: Timing;
  bytes: number;
  statements: number;
  xapi: Timing;
  importCheck: Timing;
}

function measure(runs: number, run: () => unknown): Timing {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return timing(times);
}

export async function benchRecord(answers = 10_000, runs = 7): Promise<RecordBench> {
  const course = compileRealCourse();
  const history = historyWithAnswers(answers);
  const input = { courseId: course.id, contentVersion: '0'.repeat(64), build: 'bench', outlines: course.outlines, ...history, now: Date.UTC(2026, 10, 23) };
  let text = '';
  const exportTiming = measure(runs, () => {
    text = JSON.stringify(buildRecord(input), null, 2);
  });
  const legacy = { ...input, ...ungraded(history) };
  const ungradedTiming = measure(Math.min(runs, 3), () => JSON.stringify(buildRecord(legacy), null, 2));
  const record = buildRecord(input);
  const xapi = measure(runs, () => JSON.stringify(recordStatements(record)));
  const statements = recordStatements(record).length;
  const importCheck = measure(runs, () => parseRecord(text, text.length, { courseId: course.id }));
  const counted = record.quizAttempts.reduce((sum, attempt) => sum + attempt.responses.length, 0);
  return { ...exportTiming, answers: counted, ungraded: ungradedTiming, bytes: Buffer.byteLength(text), statements, xapi, importCheck };
}

if (isMain(import.meta.url)) {
  const result = await benchRecord();
  console.log(`Completion record for ${result.answers.toLocaleString('en')} answers (${(result.bytes / 1e6).toFixed(2)} MB JSON):`);
  console.log(`  build + digest + JSON export   ${formatTiming(result)}`);
  console.log(`  same, answers saved without a grade   ${formatTiming(result.ungraded)}`);
  console.log(`  xAPI statements (${result.statements.toLocaleString('en')})     ${formatTiming(result.xapi)}`);
  console.log(`  import check (parse, schema, digest, consistency)   ${formatTiming(result.importCheck)}`);
}
