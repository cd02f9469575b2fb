/**
 * What `npm run questions:lint`, `npm run questions:report` and `npm run quiz` share: the
 * real course, every quiz of it, and the bank's rules applied over many seeds.
 */
import type { FactBase, Lang } from '../src/content/course-types.ts';
import { blueprint as blueprintOf } from '../src/domain/quiz/blueprint.ts';
import { generateBilingualQuiz, generateQuestionBank, planQuiz, type QuizScope } from '../src/domain/quiz/generate-quiz.ts';
import { ITEM_RULES, lintItem, lintQuiz, QUIZ_RULES, type Violation } from '../src/domain/quiz/item-rules.ts';
import type { Question } from '../src/domain/quiz/question.ts';
import { finalAssessment, lessonCheck, unitQuiz, type QuizDefinition } from '../src/domain/quiz/quiz-definitions.ts';

export { ITEM_RULES, QUIZ_RULES };

/** Every quiz of the course: the final, each unit quiz, each lesson check. */
export function allQuizzes(facts: FactBase): QuizDefinition[] {
  const units = [...new Set(facts.lessons.map((l) => l.unitId))];
  return [finalAssessment, ...units.map(unitQuiz), ...facts.lessons.map((l) => lessonCheck(l.unitId, l.lessonId))];
}

export interface SeededViolation extends Violation {
  seed: number;
  lang: Lang | 'fr+en';
}

const langOf = (reason: string): Lang | 'fr+en' => (reason.startsWith('fr:') ? 'fr' : reason.startsWith('en:') ? 'en' : 'fr+en');
const seeded = (violations: Violation[], seed: number): SeededViolation[] => violations.map((v) => ({ ...v, seed, lang: langOf(v.reason), reason: v.reason.replace(/^(fr|en): /, '') }));

export const formatViolation = (v: SeededViolation) => `${v.id} (${v.lang}, seed ${v.seed}): ${v.rule}: ${v.reason}`;

export interface BankStats {
  violations: SeededViolation[];
  /** Finals drawn, with how often each item appeared and where 4-option keys sat. */
  finals: number;
  exposure: Map<string, number>;
  positions: number[];
  /** Final assessments whose unit counts differ from the blueprint. */
  offBlueprint: number;
  /** Quizzes of each kind drawn, and those holding two items on one fact or one giving another away. */
  quizzes: Record<string, { drawn: number; dependent: number; lengths: Set<number> }>;
}

/**
 * Applies every item rule to the bank for `bankSeeds` seeds, and every quiz rule to
 * `finalSeeds` finals and `quizSeeds` of each unit quiz and lesson check.
 */
export function checkBank(facts: FactBase, options: { bankSeeds: number; finalSeeds: number; quizSeeds: number; onProgress?: (what: string) => void }): BankStats {
  const violations: SeededViolation[] = [];
  for (let seed = 1; seed <= options.bankSeeds; seed++) {
    for (const question of generateQuestionBank(facts, { seed })) violations.push(...seeded(lintItem(question, facts), seed));
  }
  const exposure = new Map<string, number>();
  const positions = [0, 0, 0, 0];
  const quizzes: BankStats['quizzes'] = {};
  let offBlueprint = 0;
  for (const definition of allQuizzes(facts)) {
    options.onProgress?.(definition.id);
    const stats = (quizzes[definition.kind] ??= { drawn: 0, dependent: 0, lengths: new Set() });
    const seeds = definition.kind === 'final-assessment' ? options.finalSeeds : options.quizSeeds;
    for (let seed = 1; seed <= seeds; seed++) {
      const questions = generateBilingualQuiz(facts, { seed, count: definition.count, scope: definition.scope });
      stats.drawn++;
      stats.lengths.add(questions.length);
      for (const question of questions) violations.push(...seeded(lintItem(question, facts), seed));
      const quizViolations = seeded(lintQuiz(questions, facts, definition.scope), seed);
      if (quizViolations.some((v) => v.rule === 'independent-items' || v.rule === 'no-repeat')) stats.dependent++;
      violations.push(...quizViolations);
      if (definition.kind !== 'final-assessment') continue;
      for (const question of questions) {
        exposure.set(question.id, (exposure.get(question.id) ?? 0) + 1);
        if (question.options.length === 4 && question.layout !== 'ordering' && question.layout !== 'true-false') {
          const index = question.options.findIndex((o) => o.id === question.answer[0]);
          positions[index] = (positions[index] ?? 0) + 1;
        }
      }
      if (!followsBlueprint(facts, questions, definition.scope, definition.count)) offBlueprint++;
    }
  }
  return { violations, finals: options.finalSeeds, exposure, positions, offBlueprint, quizzes };
}

/** Whether a final's items per unit are the blueprint's. */
export function followsBlueprint(facts: FactBase, questions: Question[], scope: QuizScope, count: number): boolean {
  const plan = blueprintOf(facts, scope, count, 1);
  const scenarioUnit = new Map((facts.scenarios ?? []).map((s) => [`scenario:${s.id}`, s.lesson.unitId]));
  return plan.units.every((unit) => questions.filter((q) => (scenarioUnit.get(q.id) ?? q.source.unitId) === unit.unitId).length === unit.items);
}

/** The aggregate targets: exposure at most 10 % of finals, each key position 20–30 %, every final on its blueprint. */
export function aggregateViolations(stats: BankStats): SeededViolation[] {
  const out: SeededViolation[] = [];
  for (const [id, count] of stats.exposure) {
    if (count / stats.finals > 0.1) out.push({ id, rule: 'exposure', reason: `in ${((100 * count) / stats.finals).toFixed(1)} % of ${stats.finals} finals (at most 10 %)`, seed: 0, lang: 'fr+en' });
  }
  const total = stats.positions.reduce((a, b) => a + b, 0);
  stats.positions.forEach((n, i) => {
    const share = n / Math.max(1, total);
    if (share < 0.2 || share > 0.3) out.push({ id: 'final-assessment', rule: 'key-position', reason: `the key sits in position ${i + 1} in ${(100 * share).toFixed(1)} % of 4-option items (20–30 %)`, seed: 0, lang: 'fr+en' });
  });
  if (stats.offBlueprint > 0) out.push({ id: 'final-assessment', rule: 'blueprint', reason: `${stats.offBlueprint} of ${stats.finals} finals do not take the blueprint's items per unit`, seed: 0, lang: 'fr+en' });
  return out;
}

export { planQuiz };
