/**
 * `npm run questions:report`: writes docs/question-bank.md, the published picture of the
 * question bank: items per type, unit and lesson; the item rules and what they found; the
 * blueprint of each quiz kind; and, over 1,000 simulated finals, exposure per item, where
 * the keys sit and the pairs that would give each other away (which must be none).
 */
import { writeFileSync } from 'node:fs';
import { blueprint } from '../src/domain/quiz/blueprint.ts';
import { generateQuestionBank } from '../src/domain/quiz/generate-quiz.ts';
import { quizLength } from '../src/domain/quiz/quiz-length.ts';
import { compileRealCourse } from './course-files.ts';
import { aggregateViolations, checkBank, ITEM_RULES, QUIZ_RULES } from './question-bank.ts';

const FINALS = 1000;
const facts = compileRealCourse().facts;
const bank = generateQuestionBank(facts, { seed: 1 });
const stats = checkBank(facts, { bankSeeds: 5, finalSeeds: FINALS, quizSeeds: 100 });
const aggregate = aggregateViolations(stats);
const types = [...new Set(bank.map((q) => q.type))].sort();
const count = <T>(items: T[], key: (item: T) => string) => items.reduce((map, item) => map.set(key(item), (map.get(key(item)) ?? 0) + 1), new Map<string, number>());
const percent = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

const lines: string[] = [];
lines.push('# The question bank', '');
lines.push('Written by `npm run questions:report` from the course as it is; do not edit by hand. `npm run questions:lint` (in `npm test`) fails on any rule broken; `npm run quiz -- --kind final --seed N --lang fr` prints the exact quiz a seed gives.', '');

lines.push('## Items', '');
lines.push(`${bank.length} items in each language (the same ids in French and English), for seed 1; the options vary with the seed, the questions do not.`, '');
lines.push(row(['Type', 'Items']), row(['---', '---:']));
const byType = count(bank, (q) => q.type);
for (const type of types) lines.push(row([type, byType.get(type) ?? 0]));
lines.push('', 'Acronym → expansion items are gone: in English the initials gave the key away, and a French expansion of an English acronym tested something else. List items ("which of these is one of …") use wrong answers written for each list, never members of other lists.', '');

lines.push('## Items per unit and lesson', '');
lines.push(row(['Unit', 'Lesson', 'Items', 'Lesson check']), row(['---', '---', '---:', '---:']));
for (const lesson of facts.lessons) {
  const items = bank.filter((q) => (q.sources ?? [q.source]).every((s) => s.unitId === lesson.unitId && s.lessonId === lesson.lessonId)).length;
  const check = quizLength(facts, { count: 5, scope: { kind: 'lesson', unitId: lesson.unitId, lessonId: lesson.lessonId } });
  lines.push(row([lesson.unitId, lesson.lessonId, items, `${check} of 5`]));
}
lines.push('', 'A lesson check holds only items all of whose sections are in that lesson, never two on one piece of knowledge: where a lesson has fewer independent facts, its check is shorter and its intro says how many questions it has.', '');

lines.push('## Blueprints', '');
const final = blueprint(facts, { kind: 'course' }, 20, types.length - 1);
lines.push(`- **Final assessment**: ${final.count} items, at least ${final.scenarios} scenario items, no generated type more than ${final.perType} times; items per unit in proportion to its lessons (largest remainder, at least one each); within a unit, knowledge drawn in proportion to its number of items, so that every item is about equally likely (exposure control, \`src/domain/quiz/exposure.ts\`):`, '');
lines.push(row(['Unit', 'Lessons', 'Items']), row(['---', '---:', '---:']));
for (const unit of final.units) lines.push(row([unit.unitId, unit.lessons, unit.items]));
lines.push('', '- **Unit quiz**: 10 items of the unit, at least 2 scenario items where the unit has them, every section in the unit.', '- **Lesson check**: up to 5 items, at least one scenario item where one rests on the lesson alone, every section in the lesson, never a fact twice.', '');

lines.push('## Rules', '');
const broken = count(stats.violations, (v) => v.rule);
lines.push(row(['Rule', 'What it asks', 'Violations']), row(['---', '---', '---:']));
for (const rule of [...ITEM_RULES, ...QUIZ_RULES]) lines.push(row([`\`${rule.name}\``, rule.says, broken.get(rule.name) ?? 0]));
const drawn = Object.entries(stats.quizzes).map(([kind, s]) => `${s.drawn} ${kind}`).join(', ');
lines.push('', `Checked on 5 seeds of the whole bank and on ${drawn}.`, '');

lines.push(`## Over ${FINALS} simulated finals`, '');
const exposures = [...stats.exposure.values()].sort((a, b) => b - a);
const top = [...stats.exposure].sort((a, b) => b[1] - a[1]).slice(0, 10);
lines.push(`- Items ever drawn: ${exposures.length}. Most exposed: ${percent(exposures[0] ?? 0, FINALS)} of finals (target: at most 10 %). Median: ${percent(exposures[Math.floor(exposures.length / 2)] ?? 0, FINALS)}.`);
const total = stats.positions.reduce((a, b) => a + b, 0);
lines.push(`- Key position in 4-option items (shuffled and in fixed order alike): ${stats.positions.map((n, i) => `${i + 1}: ${percent(n, total)}`).join(', ')} (target: 20–30 % each).`);
lines.push(`- Finals off the blueprint: ${stats.offBlueprint}. Quizzes with two items on one fact or one giving another away: ${Object.entries(stats.quizzes).map(([kind, s]) => `${s.dependent} of ${s.drawn} ${kind}`).join(', ')} (target: none).`);
lines.push(`- Aggregate targets missed: ${aggregate.length === 0 ? 'none' : aggregate.map((v) => `${v.id}: ${v.reason}`).join('; ')}.`, '');
lines.push('The ten most exposed items:', '');
lines.push(row(['Item', 'Finals']), row(['---', '---:']));
for (const [id, n] of top) lines.push(row([`\`${id}\``, percent(n, FINALS)]));
lines.push('');

writeFileSync('docs/question-bank.md', lines.join('\n'));
console.log(`docs/question-bank.md: ${bank.length} items, ${stats.violations.length} rule violations, most exposed item in ${percent(exposures[0] ?? 0, FINALS)} of ${FINALS} finals`);
