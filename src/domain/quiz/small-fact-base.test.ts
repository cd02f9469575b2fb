/**
 * A fact base too small for some questions: each is asked only when it can have its full set
 * of wrong options, and never with fewer.
 */
import { describe, expect, it } from 'vitest';
import type { FactBase } from '@/content/course-types';
import { generateQuestionBank } from './generate-quiz';

const section = { unitId: 'u', lessonId: 'l', sectionId: 's' };
const same = (text: string) => ({ fr: text, en: text });

function factBase(size: number): FactBase {
  const n = [...Array(size).keys()];
  return {
    // Listed latest first: the generator must sort them itself.
    events: n.map((i) => ({ id: `ev${i}`, date: { year: 1990 + 3 * i, month: 1 + i, day: 1 + i }, theme: 't', section, label: same(`Event number ${i} happened.`) })).reverse(),
    entities: n.map((i) => ({
      id: `en${i}`,
      kind: 'programme' as const,
      name: same(`programme ${String.fromCharCode(65 + i)}`),
      purpose: same(`to do the ${['first', 'second', 'third', 'fourth', 'fifth'][i]} kind of thing`),
      location: { city: same(['Rome', 'Oslo', 'Lima', 'Kyiv', 'Doha'][i] ?? 'X'), country: same(['Italy', 'Norway', 'Peru', 'Ukraine', 'Qatar'][i] ?? 'X') },
      section,
    })),
    figures: [],
    sets: [
      { id: 'set-a', group: 'g', prompt: same('Which is on list A?'), members: n.slice(0, Math.max(1, size - 2)).map((i) => same(`alpha ${i}`)), distractors: n.slice(0, Math.max(1, size - 1)).map((i) => same(`gamma ${i}`)), section },
      { id: 'set-b', group: 'g', prompt: same('Which is on list B?'), members: n.slice(0, Math.max(1, size - 2)).map((i) => same(`beta ${i}`)), section },
    ],
    terms: n.map((i) => ({ id: `t${i}`, abbr: same(`AB${i}`), expansion: same(`${['alpha', 'bravo', 'charlie', 'delta', 'echo'][i]} body`), section })),
    lessons: [{ unitId: 'u', lessonId: 'l', title: same('L'), unitTitle: same('U') }],
  };
}

const typesOf = (facts: FactBase) => {
  const bank = generateQuestionBank(facts, { seed: 1 });
  return { bank, types: new Set(bank.map((q) => q.type)) };
};

describe('a small fact base', () => {
  it('with three of each: no question that needs three wrong options of the same kind', () => {
    const { types, bank } = typesOf(factBase(3));
    for (const type of ['event-date', 'date-event', 'purpose', 'purpose-reverse', 'location', 'acronym'] as const) expect(types.has(type), type).toBe(false);
    // Wrong years come from the span of the chronology, not from other events: three events are enough.
    expect(types.has('event-year')).toBe(true);
    // A list with two written wrong answers: too few. A list with none (set-b) is never asked.
    expect(types.has('set-member')).toBe(false);
    expect(bank.filter((q) => q.type === 'which-first')).toHaveLength(2);
    expect(bank.filter((q) => q.type === 'chronological-order')).toHaveLength(1);
  });

  it('with four of each: every one of those questions, with four options', () => {
    const { bank, types } = typesOf(factBase(4));
    expect(types.has('acronym')).toBe(false);
    for (const type of ['event-year', 'event-date', 'date-event', 'purpose', 'purpose-reverse', 'location'] as const) {
      expect(types.has(type), type).toBe(true);
      for (const question of bank.filter((q) => q.type === type)) expect(question.options, question.id).toHaveLength(4);
    }
    // List A, of two, with three written wrong answers: one member and three of them; list B has none.
    for (const question of bank.filter((q) => q.type === 'set-member')) expect(question.options).toHaveLength(4);
    expect(bank.filter((q) => q.type === 'set-member').map((q) => q.id)).toEqual(['set-member:set-a:0', 'set-member:set-a:1']);
    expect(bank.filter((q) => q.type === 'true-false')).toHaveLength(4 * 2 + 4 * 2);
  });

  it('with five: one ordering of four, the earliest four, shown out of order', () => {
    const orders = generateQuestionBank(factBase(5), { seed: 1 }).filter((q) => q.type === 'chronological-order');
    expect(orders).toHaveLength(1);
    expect(orders[0]?.answer).toEqual(['e:ev0', 'e:ev1', 'e:ev2', 'e:ev3']);
    expect(orders[0]?.options.map((o) => o.id)).not.toEqual(orders[0]?.answer);
    const pairs = generateQuestionBank(factBase(5), { seed: 1 }).filter((q) => q.type === 'which-first');
    expect(pairs.map((q) => q.answer[0]).sort()).toEqual(['e:ev0', 'e:ev1', 'e:ev2', 'e:ev3']);
  });

  it('with one of each: no false place or date to offer (wrong years stay within the chronology), and nothing breaks', () => {
    const bank = generateQuestionBank(factBase(1), { seed: 1 });
    const statements = bank.filter((q) => q.type === 'true-false');
    expect(statements.map((q) => q.id)).toEqual(['true-false:event:ev0:true', 'true-false:location:en0:true']);
  });

  it('asks no year of a period over several years, nor of a lasting state (its key would always be the latest year)', () => {
    const facts = factBase(5);
    const [first, second] = [facts.events[0], facts.events[1]];
    if (!first || !second) throw new Error('two events');
    const period = { ...first, date: { year: first.date.year }, end: { year: first.date.year + 2 } };
    const lasting = { ...second, lasting: true as const };
    const bank = generateQuestionBank({ ...facts, events: [period, lasting, ...facts.events.slice(2)] }, { seed: 1 });
    const years = bank.filter((q) => q.type === 'event-year').map((q) => q.id);
    expect(years).not.toContain(`event-year:${period.id}`);
    expect(years).not.toContain(`event-year:${lasting.id}`);
    expect(years).toHaveLength(3);
  });
});
