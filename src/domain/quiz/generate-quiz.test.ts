import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactBase, LocalizedText } from '@/content/course-types';
import { compileRealCourse } from '../../../scripts/course-files';
import { tooClose } from './distractors';
import { generateBilingualQuiz, generateQuestionBank, generateQuiz, rebuildQuiz, selectQuestions, type QuizScope } from './generate-quiz';
import { followsBlueprint } from '../../../scripts/question-bank';
import { lintQuiz } from './item-rules';
import { QUESTION_TYPES, type Question } from './question';
import { quizLength } from './quiz-length';

const facts: FactBase = compileRealCourse().facts;
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
/** Fewer runs under npm run test:mutation, which runs these tests hundreds of times. */
const runs = (numRuns: number) => ({ numRuns: process.env.SENTINELLE_MUTATION ? Math.ceil(numRuns / 5) : numRuns });
const RUNS = runs(60);

const scopes: QuizScope[] = [
  { kind: 'course' },
  ...[...new Set(facts.lessons.map((l) => l.unitId))].map((unitId): QuizScope => ({ kind: 'unit', unitId })),
  ...facts.lessons.map((l): QuizScope => ({ kind: 'lesson', unitId: l.unitId, lessonId: l.lessonId })),
];
const scopeArb = fc.constantFrom(...scopes);

/**
 * The shape of a question: distinct options, one key among them (every option, in order, for
 * ordering questions), no "all of the above". Whether the key states the fact is checked
 * on the texts themselves, in question-text.test.ts.
 */
function checkQuestion(question: Question) {
  const ids = question.options.map((o) => o.id);
  expect(new Set(ids).size, question.id).toBe(ids.length);
  for (const lang of ['fr', 'en'] as const) {
    const texts = question.options.map((o) => o.text[lang].toLowerCase());
    expect(new Set(texts).size, `${question.id} ${lang}`).toBe(texts.length);
    for (const text of texts) expect(text).not.toMatch(/^(all|none|tous|toutes|aucun)\b.*(above|ci-dessus)/);
    expect(question.prompt[lang].trim(), question.id).not.toBe('');
    expect(question.explanation[lang].trim(), question.id).not.toBe('');
  }
  if (question.layout === 'ordering') {
    expect(question.options.length).toBeGreaterThanOrEqual(3);
    expect(question.options.length).toBeLessThanOrEqual(5);
    expect([...question.answer].sort()).toEqual([...ids].sort());
    expect(ids, 'an ordering question is not shown already in order').not.toEqual(question.answer);
  } else {
    expect(question.answer).toHaveLength(1);
    expect(ids).toContain(question.answer[0]);
  }
  if (question.layout === 'shuffled' && question.options.length === 4) {
    for (const [i, a] of question.options.entries()) {
      for (const b of question.options.slice(i + 1)) expect(tooClose(a.text as LocalizedText, b.text as LocalizedText), `${question.id}: ${a.id} ~ ${b.id}`).toBe(false);
    }
  }
  if (question.layout === 'ascending') {
    const numbers = question.options.map((o) => Number(o.id.replace(/^[a-z]:/, '').replaceAll('-', '')));
    expect(numbers, question.id).toEqual([...numbers].sort((a, b) => a - b));
  }
}

describe('generateQuiz', () => {
  it('gives each question exactly one key among distinct options', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        for (const question of generateBilingualQuiz(facts, { seed, count: 10, scope })) checkQuestion(question);
      }),
      RUNS,
    );
  });

  it('gives the same quiz for the same seed', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        expect(generateQuiz(facts, { seed, count: 10, scope, lang: 'fr' })).toEqual(generateQuiz(facts, { seed, count: 10, scope, lang: 'fr' }));
      }),
      RUNS,
    );
  });

  it('gives the same questions and answers in French and English', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        const fr = generateQuiz(facts, { seed, count: 20, scope, lang: 'fr' });
        const en = generateQuiz(facts, { seed, count: 20, scope, lang: 'en' });
        expect(en.map((q) => [q.id, q.answer, q.options.map((o) => o.id)])).toEqual(fr.map((q) => [q.id, q.answer, q.options.map((o) => o.id)]));
      }),
      RUNS,
    );
  });

  it('gives every lesson check the length its intro announces, for any seed, never an item or a fact twice', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const lesson of facts.lessons) {
          const scope: QuizScope = { kind: 'lesson', unitId: lesson.unitId, lessonId: lesson.lessonId };
          const quiz = generateBilingualQuiz(facts, { seed, count: 5, scope });
          expect(quiz.length, lesson.lessonId).toBe(quizLength(facts, { count: 5, scope }));
          expect(quiz.length, lesson.lessonId).toBeGreaterThanOrEqual(1);
          expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
          const refs = quiz.flatMap((q) => q.facts);
          expect(new Set(refs).size, lesson.lessonId).toBe(refs.length);
        }
      }),
      // Seeds whose checks came out one question short (intelligence-sharing, partners) when an
      // item's own draws all broke a rule, before the draws of seed 0 were tried as well.
      { ...runs(10), examples: [[1057067346], [993894855], [1755109119], [1698606419], [1909705065], [582626699]] },
    );
  });

  it('takes a 20-question final assessment by the blueprint: items per unit in proportion to its lessons, varied types, no fact twice', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const quiz = generateBilingualQuiz(facts, { seed, count: 20, scope: { kind: 'course' } });
        expect(quiz).toHaveLength(20);
        const refs = quiz.flatMap((q) => q.facts);
        expect(new Set(refs).size, 'no fact asked twice').toBe(refs.length);
        expect(followsBlueprint(facts, quiz, { kind: 'course' }, 20)).toBe(true);
        // Varied by the blueprint's cap: no generated type more than a quarter of the final, so
        // at least four types besides the scenarios. (Over 1,500 seeds 99.7 % of finals hold six
        // types or more, and 0.3 % five: six is usual, not guaranteed, so not asserted.)
        const perType = new Map<string, number>();
        for (const q of quiz) if (q.type !== 'scenario') perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
        expect(Math.max(...perType.values())).toBeLessThanOrEqual(5);
        expect(perType.size).toBeGreaterThanOrEqual(4);
      }),
      RUNS,
    );
  });

  it('puts the key of 4-option items in each position 20–30 % of the time over many finals, options in a fixed order included', () => {
    const positions = [0, 0, 0, 0];
    for (let seed = 0; seed < (process.env.SENTINELLE_MUTATION ? 40 : 200); seed++) {
      for (const q of generateBilingualQuiz(facts, { seed, count: 20, scope: { kind: 'course' } })) {
        if (q.options.length !== 4 || q.layout === 'ordering') continue;
        const index = q.options.findIndex((o) => o.id === q.answer[0]);
        positions[index] = (positions[index] ?? 0) + 1;
      }
    }
    const total = positions.reduce((a, b) => a + b, 0);
    for (const count of positions) expect(count / total).toBeGreaterThanOrEqual(0.2);
    for (const count of positions) expect(count / total).toBeLessThanOrEqual(0.3);
  });

  it('asks only about its scope: a lesson check about its lesson, a unit quiz about its unit', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        for (const question of generateBilingualQuiz(facts, { seed, count: 10, scope })) {
          if (scope.kind !== 'course') expect(question.source.unitId).toBe(scope.unitId);
          if (scope.kind === 'lesson') expect(question.source.lessonId).toBe(scope.lessonId);
        }
      }),
      RUNS,
    );
  });

  it('never holds two items on one piece of knowledge, or one giving another away, in any quiz', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        const count = scope.kind === 'course' ? 20 : scope.kind === 'unit' ? 10 : 5;
        const quiz = generateBilingualQuiz(facts, { seed, count, scope });
        expect(lintQuiz(quiz, facts, scope)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('asks no generated type of question more than five times (a quarter) in a final assessment', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const counts = new Map<string, number>();
        // Scenario items have a quota of their own (4 of 20); generated types are spread.
        for (const question of generateBilingualQuiz(facts, { seed, count: 20, scope: { kind: 'course' } })) if (question.type !== 'scenario') counts.set(question.type, (counts.get(question.type) ?? 0) + 1);
        expect(Math.max(...counts.values())).toBeLessThanOrEqual(5);
      }),
      RUNS,
    );
  });

  it('avoids the previous attempt’s questions when the pool allows', () => {
    fc.assert(
      fc.property(seeds, seeds, (first, second) => {
        const scope: QuizScope = { kind: 'unit', unitId: 'chronology' };
        const previous = selectQuestions(facts, { seed: first, count: 10, scope });
        const retake = selectQuestions(facts, { seed: second, count: 10, scope, avoid: previous });
        expect(retake.filter((id) => previous.includes(id))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('rebuilds a quiz exactly from its seed and question ids', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        const quiz = generateBilingualQuiz(facts, { seed, count: 10, scope });
        expect(rebuildQuiz(facts, seed, quiz.map((q) => q.id))).toEqual(quiz);
      }),
      RUNS,
    );
  });
});

describe('generateQuestionBank', () => {
  const bank = generateQuestionBank(facts, { seed: 1 });

  it('holds at least 200 distinct questions, of at least 8 types (acronym items are gone), and questions for every lesson', () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(bank.length).toBeGreaterThanOrEqual(200);
    const types = new Set(bank.map((q) => q.type));
    expect(types.size).toBeGreaterThanOrEqual(8);
    expect(types.has('acronym')).toBe(false);
    for (const type of types) expect(QUESTION_TYPES).toContain(type);
    for (const lesson of facts.lessons) {
      expect(bank.filter((q) => q.source.lessonId === lesson.lessonId).length, lesson.lessonId).toBeGreaterThanOrEqual(3);
    }
  });

  it('puts the right option of shuffled questions in every position about as often', () => {
    const shuffled = bank.filter((q) => q.layout === 'shuffled' && q.options.length === 4);
    const positions = [0, 1, 2, 3].map((position) => shuffled.filter((q) => q.options.findIndex((o) => o.id === q.answer[0]) === position).length);
    for (const count of positions) expect(count / shuffled.length).toBeGreaterThan(0.15);
  });

  it('varies the options and their order with the seed, never the question asked', () => {
    const other = generateQuestionBank(facts, { seed: 2 });
    // A question no draw of distractors can make fair for a seed is left out for that seed: rare.
    const common = other.filter((q) => bank.some((b) => b.id === q.id));
    expect(common.length).toBeGreaterThan(bank.length * 0.95);
    // A false statement's changed detail is drawn at random too; every other prompt stays.
    const byId = new Map(bank.map((q) => [q.id, q]));
    for (const q of common.filter((q) => q.type !== 'true-false')) expect(q.prompt, q.id).toEqual(byId.get(q.id)?.prompt);
    const changed = common.filter((q) => JSON.stringify(q.options) !== JSON.stringify(byId.get(q.id)?.options));
    expect(changed.length).toBeGreaterThan(bank.length / 3);
  });

  it('passes every check, whatever the seed', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const question of generateQuestionBank(facts, { seed })) checkQuestion(question);
      }),
      runs(8),
    );
  });
});
