import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactBase, Lang } from '@/content/course-types';
import { normalizeForComparison } from '@/content/glossary';
import { compileRealCourse } from '../../../scripts/course-files';
import { finalAssessment, lessonCheck, unitQuiz } from './quiz-definitions';
import { generateBilingualQuiz, generateQuestionBank, generateQuiz, selectQuestions } from './generate-quiz';
import { isCorrect, localizeQuestion } from './question';
import { isScenarioId, scenarioQuota } from './scenario-candidates';

const facts: FactBase = compileRealCourse().facts;
const scenarios = facts.scenarios ?? [];
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const scenarioOf = (id: string) => scenarios.find((s) => `scenario:${s.id}` === id);
/** Scenarios of a unit (a lesson) whose every section lies in it: the only ones its quiz (its check) may hold. */
const eligible = (unitId: string, lessonId?: string) =>
  scenarios.filter((s) => s.lesson.unitId === unitId && (lessonId === undefined || s.lesson.lessonId === lessonId) && s.sections.every((ref) => ref.unitId === unitId && (lessonId === undefined || ref.lessonId === lessonId)));

describe('scenario items in quizzes', () => {
  it('the course has at least 48 scenarios, at least 2 for every lesson', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(48);
    for (const lesson of facts.lessons) {
      expect(scenarios.filter((s) => s.lesson.unitId === lesson.unitId && s.lesson.lessonId === lesson.lessonId).length, lesson.lessonId).toBeGreaterThanOrEqual(2);
    }
  });

  it('every lesson check holds a scenario of that lesson when one rests on that lesson alone, whatever the seed', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const lesson of facts.lessons) {
          const quiz = lessonCheck(lesson.unitId, lesson.lessonId);
          const ids = selectQuestions(facts, { seed, count: quiz.count, scope: quiz.scope });
          const chosen = ids.filter(isScenarioId);
          if (eligible(lesson.unitId, lesson.lessonId).length > 0) expect(chosen.length, lesson.lessonId).toBeGreaterThanOrEqual(1);
          for (const id of chosen) expect(scenarioOf(id)?.lesson).toEqual({ unitId: lesson.unitId, lessonId: lesson.lessonId });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('every unit quiz holds a scenario of that unit when one rests on that unit alone, and the final assessment at least 4 of 20', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const unitId of new Set(facts.lessons.map((l) => l.unitId))) {
          const quiz = unitQuiz(unitId);
          const ids = selectQuestions(facts, { seed, count: quiz.count, scope: quiz.scope });
          const chosen = ids.filter(isScenarioId);
          // Only scenarios whose sections all lie in the unit may join its quiz.
          expect(chosen.length, unitId).toBeGreaterThanOrEqual(Math.min(1, eligible(unitId).length));
          for (const id of chosen) expect(scenarioOf(id)?.lesson.unitId).toBe(unitId);
        }
        const ids = selectQuestions(facts, { seed, count: finalAssessment.count, scope: finalAssessment.scope });
        expect(ids).toHaveLength(20);
        expect(new Set(ids).size).toBe(20);
        expect(ids.filter(isScenarioId).length).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 40 },
    );
  });

  it('a retake of a lesson check offers another scenario of that lesson when there is one', () => {
    for (const lesson of facts.lessons) {
      const scope = { kind: 'lesson' as const, unitId: lesson.unitId, lessonId: lesson.lessonId };
      for (let seed = 0; seed < 5; seed++) {
        const first = selectQuestions(facts, { seed, count: 5, scope });
        const retake = selectQuestions(facts, { seed: seed + 100, count: 5, scope, avoid: first });
        const seen = first.filter(isScenarioId);
        if (eligible(lesson.unitId, lesson.lessonId).length < 2) continue;
        expect(retake.filter(isScenarioId).some((id) => seen.includes(id)), lesson.lessonId).toBe(false);
      }
    }
  });

  it('quotas: one in five, at least one', () => {
    expect([5, 10, 20].map(scenarioQuota)).toEqual([1, 2, 4]);
    expect(scenarioQuota(3)).toBe(1);
  });

  it('shows the authored key as the right answer and the distractors’ reasons, in both languages', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const question of generateQuestionBank(facts, { seed }).filter((q) => q.type === 'scenario')) {
          const scenario = scenarioOf(question.id);
          if (!scenario) throw new Error(`unknown scenario ${question.id}`);
          for (const lang of ['fr', 'en'] as const) {
            const shown = localizeQuestion(question, lang);
            expect(shown.prompt).toBe(`${scenario.situation[lang]}\n\n${scenario.question[lang]}`);
            const right = shown.options.filter((o) => isCorrect(question, [o.id]));
            expect(right.map((o) => o.text)).toEqual([scenario.key[lang]]);
            const wrong = shown.options.filter((o) => !isCorrect(question, [o.id]));
            expect(wrong.map((o) => o.text).sort()).toEqual(scenario.distractors.map((d) => d.text[lang]).sort());
            for (const option of wrong) {
              const distractor = scenario.distractors.find((d) => d.text[lang] === option.text);
              expect(shown.rationales?.[option.id]).toBe(distractor?.reason[lang]);
            }
            expect(shown.rationales?.[right[0]?.id ?? '']).toBeUndefined();
            expect(shown.explanation).toBe(scenario.explanation[lang]);
          }
          expect(question.sources).toEqual(scenario.sections);
          expect(question.source).toEqual(scenario.sections[0]);
        }
      }),
      { numRuns: 6 },
    );
  });

  it('balances where the key sits across a quiz’s scenario items', () => {
    const positions = new Map<number, number>();
    for (let seed = 0; seed < 300; seed++) {
      for (const question of generateBilingualQuiz(facts, { seed, count: 20, scope: { kind: 'course' } }).filter((q) => q.type === 'scenario')) {
        const index = question.options.findIndex((o) => o.id === question.answer[0]);
        positions.set(index, (positions.get(index) ?? 0) + 1);
      }
    }
    const counts = [0, 1, 2].map((i) => positions.get(i) ?? 0);
    const total = counts.reduce((a, b) => a + b, 0);
    for (const count of counts) expect(count / total).toBeGreaterThan(0.2);
  });

  it('gives a lesson check no generated question on a fact its scenario rests on, when the pool allows', () => {
    const lesson = facts.lessons.find((l) => l.lessonId === 'dat-programme');
    if (!lesson) throw new Error('missing lesson');
    for (let seed = 0; seed < 50; seed++) {
      const quiz = generateQuiz(facts, { seed, count: 5, scope: { kind: 'lesson', unitId: lesson.unitId, lessonId: lesson.lessonId }, lang: 'en' });
      const scenarioFacts = new Set(quiz.filter((q) => q.type === 'scenario').flatMap((q) => q.facts.map((f) => f.split(':')[1])));
      const generatedFacts = quiz.filter((q) => q.type !== 'scenario').flatMap((q) => q.facts);
      expect(generatedFacts.filter((f) => scenarioFacts.has(f))).toEqual([]);
    }
  });

  it('gives no cue: no word of the situation or question is shared by the key alone', () => {
    // Function words, and the Alliance's own name, which every option may concern.
    const ignored: Record<Lang, Set<string>> = {
      fr: new Set('avec dans pour elle elles ils leur leurs cette celle celui sont doit quel quelle quels quelles lequel laquelle lesquels sur entre otan alliance'.split(' ')),
      en: new Set('with into that this which what whom from their they them should must wants nato alliance'.split(' ')),
    };
    const words = (text: string, lang: Lang) =>
      new Set(
        normalizeForComparison(text)
          .split(/[^\p{L}\p{N}-]+/u)
          .map((word) => word.replace(/^(l|d|qu)['’]/u, ''))
          .filter((word) => word.length >= 4 && !ignored[lang].has(word)),
      );
    for (const scenario of scenarios) {
      for (const lang of ['fr', 'en'] as const) {
        const stem = words(`${scenario.situation[lang]} ${scenario.question[lang]}`, lang);
        const elsewhere = new Set(scenario.distractors.flatMap((d) => [...words(d.text[lang], lang)]));
        const cues = [...words(scenario.key[lang], lang)].filter((word) => stem.has(word) && !elsewhere.has(word));
        expect(cues, `${scenario.id} (${lang})`).toEqual([]);
      }
    }
  });

  it('gives options of similar length: the key is never half again as long as the longest distractor', () => {
    for (const scenario of scenarios) {
      for (const lang of ['fr', 'en'] as const) {
        const longest = Math.max(...scenario.distractors.map((d) => d.text[lang].length));
        expect(scenario.key[lang].length, `${scenario.id} (${lang})`).toBeLessThanOrEqual(longest * 1.5);
      }
    }
  });
});
