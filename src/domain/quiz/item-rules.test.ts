/**
 * Each item rule rejects an item that breaks it: a real question of the bank, changed in the
 * one way the rule is about. And the real bank breaks none of them.
 */
import { describe, expect, it } from 'vitest';
import type { FactBase, LocalizedText } from '@/content/course-types';
import { compileRealCourse } from '../../../scripts/course-files';
import { askedAgain, bankLookups, given } from '../../../scripts/test-bank';
import { generateBilingualQuiz, generateQuestionBank } from './generate-quiz';
import { ITEM_RULES, lintItem, lintQuiz, QUIZ_RULES } from './item-rules';
import type { Question } from './question';

// (The fixtures start from items on the core tasks, resolution 1540 and the Madrid Concept's
// year, which the real bank leaves out as general knowledge or trivia: see askedAgain.)
const facts: FactBase = askedAgain(compileRealCourse().facts, { figures: ['core-tasks', 'resolution-1540'], events: ['madrid-strategic-concept', 'madrid-concept-adopted', 'strategic-concept-governance-link'] });
const bank = generateQuestionBank(facts, { seed: 3 });
const same = (text: string): LocalizedText => ({ fr: text, en: text });

const { question, firstOf } = bankLookups(bank);
const rulesBroken = (q: Question) => new Set(lintItem(q, facts).map((v) => v.rule));
const keyIndex = (q: Question) => q.options.findIndex((o) => o.id === q.answer[0]);

/** One violating fixture per rule, each built from a sound item of the bank. */
const fixtures: Record<string, () => Question> = {
  'one-key': () => {
    const q = firstOf('purpose');
    return { ...q, answer: [...q.answer, given(q.options.find((o) => !q.answer.includes(o.id)), 'a distractor').id] };
  },
  'distinct-options': () => {
    const q = firstOf('purpose');
    const wrong = given(q.options.find((o) => !q.answer.includes(o.id)), 'a distractor');
    wrong.text = structuredClone(given(q.options[keyIndex(q)], 'key').text);
    return q;
  },
  'one-fact-per-option': () => {
    const q = firstOf('date-event');
    const wrong = given(q.options.find((o) => !q.answer.includes(o.id)), 'a distractor');
    const twin = given(q.options.find((o) => !q.answer.includes(o.id) && o !== wrong), 'another distractor');
    // The 2022 Strategic Concept, told twice (the Madrid Summit's, and the governance link).
    wrong.id = 'e:madrid-strategic-concept';
    twin.id = 'e:strategic-concept-governance-link';
    return q;
  },
  'same-kind': () => {
    const q = firstOf('date-event');
    const wrong = given(q.options.find((o) => !q.answer.includes(o.id)), 'a distractor');
    wrong.id = 'y:1999';
    return q;
  },
  'homogeneous-length': () => {
    const q = firstOf('purpose');
    const key = given(q.options[keyIndex(q)], 'key');
    key.text = { fr: `${key.text.fr}, ${'et bien davantage encore '.repeat(6)}`, en: `${key.text.en}, ${'and a great deal more besides '.repeat(6)}` };
    return q;
  },
  'no-initials-cue': () => {
    const q = firstOf('purpose-reverse');
    q.prompt = { fr: `${q.prompt.fr} (TKO)`, en: `${q.prompt.en} (TKO)` };
    given(q.options[keyIndex(q)], 'key').text = same('Thessaloniki Key Office');
    return q;
  },
  'stem-words-in-key-only': () => {
    const q = firstOf('purpose');
    q.prompt = { fr: `${q.prompt.fr} Pensez aux frontières maritimes.`, en: `${q.prompt.en} Think of maritime borders.` };
    const key = given(q.options[keyIndex(q)], 'key');
    key.text = { fr: `${key.text.fr} aux frontières maritimes`, en: `${key.text.en} at maritime borders` };
    return q;
  },
  'answer-not-in-stem': () => {
    const q = firstOf('event-year');
    const key = given(q.options[keyIndex(q)], 'key');
    q.prompt = { fr: `${q.prompt.fr} (vers ${key.text.fr})`, en: `${q.prompt.en} (around ${key.text.en})` };
    return q;
  },
  'no-date-cue': () => {
    const q = firstOf('which-first');
    given(q.options[0], 'option').text = { fr: `${q.options[0]?.text.fr ?? ''} pour la première fois`, en: `${q.options[0]?.text.en ?? ''} for the first time` };
    return q;
  },
  'false-is-false': () => {
    // A lasting state made false by moving its year: the 1999 Concept still listed terrorism in 2001.
    // (The generator makes no statement of a lasting state: one of a point event, reworded.)
    const q = firstOf('true-false', (t) => t.facts[0]?.startsWith('event:') ?? false);
    const concept = given(facts.events.find((e) => e.id === 'strategic-concept-1999'), 'event');
    return { ...q, id: 'true-false:event:strategic-concept-1999:false', facts: ['event:strategic-concept-1999'], source: concept.section, sources: [concept.section], answer: ['false'], prompt: { fr: `Vrai ou faux ? 2001 : ${concept.label.fr}`, en: `True or false? 2001: ${concept.label.en}` } };
  },
  'no-second-answer': () => {
    // "What happened on 12 October 2023?" with another event of that very day as a wrong option.
    const q = question('date-event:special-coordinator-post');
    const wrong = given(q.options.find((o) => !q.answer.includes(o.id)), 'a distractor');
    const sameDay = given(facts.events.find((e) => e.id === 'special-coordinator-announced'), 'event');
    wrong.id = `e:${sameDay.id}`;
    wrong.text = sameDay.label;
    return q;
  },
  'true-explanation': () => {
    const q = firstOf('set-member');
    return { ...q, explanation: { fr: `La liste complète : ${q.explanation.fr}`, en: `The complete list: ${q.explanation.en}` } };
  },
  sentence: () => {
    const q = firstOf('true-false', (t) => t.facts[0]?.startsWith('figure:') ?? false);
    // (A figure still asked: any will do, the statement is replaced.)
    return { ...q, prompt: { fr: 'Vrai ou faux ? Nombre de tâches fondamentales : 3.', en: 'True or false? Number of core tasks: 3.' } };
  },
  'same-in-both-languages': () => {
    const q = firstOf('event-year');
    return { ...q, prompt: { fr: q.prompt.fr, en: `${q.prompt.en} (1 of 2)` } };
  },
  'sources-listed': () => ({ ...firstOf('which-first'), sources: [] }),
};

describe('item rules', () => {
  it('has a violating fixture for every rule', () => {
    expect(Object.keys(fixtures).sort()).toEqual(ITEM_RULES.map((rule) => rule.name).sort());
  });

  for (const rule of ITEM_RULES) {
    it(`${rule.name}: rejects its fixture (${rule.says})`, () => {
      const fixture = given(fixtures[rule.name], rule.name)();
      expect(rulesBroken(fixture), rule.name).toContain(rule.name);
    });
  }

  it('the sound items the fixtures come from break no rule', () => {
    for (const q of bank) expect(lintItem(q, facts), q.id).toEqual([]);
  });

  it('no-second-answer also rejects a year inside an event’s period and a later year for a lasting state', () => {
    const lasting = given(facts.events.find((e) => e.lasting), 'a lasting event');
    const q: Question = {
      id: `event-year:${lasting.id}`,
      type: 'event-year',
      layout: 'ascending',
      prompt: same('In which year?'),
      options: [lasting.date.year - 1, lasting.date.year, lasting.date.year + 2, lasting.date.year + 3].map((y) => ({ id: `y:${y}`, text: same(String(y)) })),
      answer: [`y:${lasting.date.year}`],
      explanation: same(`${lasting.date.year}: ${lasting.label.en}`),
      facts: [`event:${lasting.id}`],
      source: lasting.section,
      sources: [lasting.section],
    };
    expect(lintItem(q, facts).filter((v) => v.rule === 'no-second-answer').map((v) => v.reason)).toEqual([`${lasting.date.year + 2} comes after a lasting state began`, `${lasting.date.year + 3} comes after a lasting state began`]);
  });
});

describe('quiz rules', () => {
  const final = generateBilingualQuiz(facts, { seed: 8, count: 20, scope: { kind: 'course' } });

  it('a real final breaks none', () => {
    expect(lintQuiz(final, facts, { kind: 'course' })).toEqual([]);
  });

  it('no-repeat and independent-items reject an item twice, and two items on one fact', () => {
    const twice = [...final, given(final[0], 'item')];
    expect(new Set(lintQuiz(twice, facts, { kind: 'course' }).map((v) => v.rule))).toEqual(new Set(['no-repeat', 'independent-items']));
    const a = question('event-year:madrid-strategic-concept');
    const b = question('true-false:event:madrid-strategic-concept:true');
    expect(lintQuiz([a, b], facts, { kind: 'course' }).map((v) => v.rule)).toEqual(['independent-items']);
  });

  it('independent-items rejects two facts declaring the same knowledge (covers)', () => {
    const adopted = question('event-year:madrid-concept-adopted');
    const concept = question('date-event:madrid-strategic-concept');
    expect(lintQuiz([adopted, concept], facts, { kind: 'course' }).map((v) => v.reason)).toEqual([expect.stringContaining('knowledge:strategic-concept-2022')]);
  });

  it('independent-items rejects an item whose text gives another’s answer, whatever their ids', () => {
    const asked = question('event-year:madrid-strategic-concept');
    const event = given(facts.events.find((e) => e.id === 'madrid-strategic-concept'), 'event');
    const other = firstOf('purpose', (q) => !q.facts.includes('event:madrid-strategic-concept'));
    const giving = { ...other, explanation: { fr: `${other.explanation.fr} ${event.date.year} : ${event.label.fr}`, en: `${other.explanation.en} ${event.date.year}: ${event.label.en}` } };
    expect(lintQuiz([asked, giving], facts, { kind: 'course' }).map((v) => v.rule)).toEqual(['independent-items']);
  });

  it('independent-items rejects an item whose wrong option names a year another item asks for (“The 2022 Strategic Concept” beside the Concept’s year)', () => {
    const asked = question('event-year:strategic-concept-governance-link');
    const bodies = question('purpose-reverse:ct-guidelines');
    const wrong = given(bodies.options.find((o) => !bodies.answer.includes(o.id)), 'a wrong body');
    expect(lintQuiz([asked, bodies], facts, { kind: 'course' }).filter((v) => v.reason.includes(bodies.id))).toEqual([]);
    const naming = { ...bodies, options: bodies.options.map((o) => (o === wrong ? { ...o, text: { fr: 'Le concept stratégique de 2022', en: 'The 2022 Strategic Concept' } } : o)) };
    expect(lintQuiz([asked, naming], facts, { kind: 'course' }).map((v) => v.reason)).toEqual([expect.stringContaining(`${bodies.id} gives away ${asked.id}`)]);
    // A wrong year offered as an option says nothing: year options are not read as telling.
    const years = firstOf('event-year', (q) => !q.facts.includes('event:strategic-concept-governance-link') && q.options.some((o) => o.id === 'y:2022'));
    expect(lintQuiz([asked, years], facts, { kind: 'course' }).filter((v) => v.reason.includes('gives away'))).toEqual([]);
  });

  it('independent-items rejects an item whose text holds a list item’s key (a scenario keyed on the same tool)', () => {
    const listed = question('set-member:human-security-pillars:1');
    const key = given(listed.options.find((o) => listed.answer.includes(o.id)), 'key');
    const scenario = firstOf('scenario', (q) => !q.facts.includes('set:human-security-pillars'));
    const giving = { ...scenario, explanation: { fr: `${scenario.explanation.fr} ${key.text.fr}.`, en: `${scenario.explanation.en} ${key.text.en}.` } };
    expect(lintQuiz([listed, scenario], facts, { kind: 'course' })).toEqual([]);
    expect(lintQuiz([listed, giving], facts, { kind: 'course' }).map((v) => v.rule)).toEqual(['independent-items']);
  });

  it('sources-in-scope rejects, in a lesson check, an item relying on another lesson', () => {
    const q = firstOf('which-first', (w) => new Set((w.sources ?? []).map((s) => s.lessonId)).size > 1);
    const scope = { kind: 'lesson' as const, unitId: q.source.unitId, lessonId: q.source.lessonId };
    expect(lintQuiz([q], facts, scope).map((v) => v.rule)).toEqual(['sources-in-scope']);
  });

  it('lists every quiz rule it tests', () => {
    expect(QUIZ_RULES.map((rule) => rule.name)).toEqual(['no-repeat', 'independent-items', 'sources-in-scope']);
  });
});

describe('the same item in French and English', () => {
  it('asks the same thing: each option names the same fact in each language, and the same numbers (property)', async () => {
    const fc = (await import('fast-check')).default;
    const cap = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        for (const q of generateQuestionBank(facts, { seed })) {
          expect(lintItem(q, facts).filter((v) => v.rule === 'same-in-both-languages'), q.id).toEqual([]);
          for (const option of q.options) {
            const id = option.id.slice(option.id.indexOf(':') + 1);
            for (const lang of ['fr', 'en'] as const) {
              const text = option.text[lang];
              if (option.id.startsWith('e:')) expect(text, q.id).toBe(facts.events.find((e) => e.id === id)?.label[lang]);
              if (option.id.startsWith('x:')) {
                const entity = facts.entities.find((e) => e.id === id);
                expect([entity?.name[lang], entity?.purpose?.[lang]].map((t) => cap(t ?? '')), q.id).toContain(text);
              }
              if (option.id.startsWith('l:')) {
                const set = facts.sets.find((s) => q.facts.includes(`set:${s.id}`));
                const entry = [...(set?.members ?? []), ...(set?.distractors ?? [])].find((t) => cap(t.en) === option.text.en);
                expect(text, q.id).toBe(cap(entry?.[lang] ?? ''));
              }
              if (option.id.startsWith('y:') || option.id.startsWith('n:')) expect(text).toBe(id);
            }
          }
        }
      }),
      { numRuns: process.env.SENTINELLE_MUTATION ? 2 : 8 },
    );
  });
});
