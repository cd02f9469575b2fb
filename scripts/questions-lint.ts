/**
 * `npm run questions:lint [-- --bank-seeds 5 --final-seeds 1000 --quiz-seeds 200]`: every
 * item rule (src/domain/quiz/item-rules.ts) on the whole bank in both languages over several
 * seeds, every item and quiz rule on 1,000 finals and on 200 seeds of every unit quiz and
 * lesson check (1,200 unit quizzes, 4,800 lesson checks), and the aggregate targets over the
 * finals (exposure, key positions, blueprint). Prints each violation as `id (lang, seed): rule: reason` and exits
 * non-zero on any; an item in more than 10 % of finals is printed as a missed target, and
 * fails only with --strict-exposure (the thin units have too few fair items for it yet).
 * Runs inside `npm test`.
 */
import { parseArgs } from 'node:util';
import { compileRealCourse } from './course-files.ts';
import { aggregateViolations, checkBank, formatViolation } from './question-bank.ts';

const { values } = parseArgs({
  options: { 'bank-seeds': { type: 'string', default: '5' }, 'final-seeds': { type: 'string', default: '1000' }, 'quiz-seeds': { type: 'string', default: '200' }, max: { type: 'string', default: '200' }, 'strict-exposure': { type: 'boolean', default: false } },
});
const started = performance.now();
const facts = compileRealCourse().facts;
const stats = checkBank(facts, { bankSeeds: Number(values['bank-seeds']), finalSeeds: Number(values['final-seeds']), quizSeeds: Number(values['quiz-seeds']) });
// Exposure (at most 10 % of finals) is a target the thin units do not meet yet (issue 13 stays
// open): printed as missed, and failing only with --strict-exposure. Every other rule fails.
const aggregate = aggregateViolations(stats);
const exposure = aggregate.filter((v) => v.rule === 'exposure');
const violations = [...stats.violations, ...aggregate.filter((v) => v.rule !== 'exposure' || values['strict-exposure'])];
if (!values['strict-exposure']) for (const v of exposure) console.log(`target missed: ${formatViolation(v)}`);
// The same violation on many seeds is one problem: print it once, with how often it came.
const grouped = new Map<string, { line: string; times: number }>();
for (const v of violations) {
  const key = `${v.id}|${v.rule}|${v.reason}`;
  const entry = grouped.get(key);
  if (entry) entry.times++;
  else grouped.set(key, { line: formatViolation(v), times: 1 });
}
const max = Number(values.max);
[...grouped.values()].slice(0, max).forEach(({ line, times }) => console.log(times > 1 ? `${line} (×${times})` : line));
if (grouped.size > max) console.log(`… and ${grouped.size - max} more`);
const kinds = Object.entries(stats.quizzes).map(([kind, s]) => `${s.drawn} ${kind}`).join(', ');
console.log(`questions:lint: ${violations.length} violation(s) (${grouped.size} distinct) in ${values['bank-seeds']} banks and ${kinds}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(violations.length === 0 ? 0 : 1);
