/**
 * The dates learners read in questions on events, on a small fact base written for the
 * purpose: "what happened …?" gives the date as it follows a verb (lower case, with the right
 * preposition), and a true/false statement opens on the date, capitalised.
 */
import { describe, expect, it } from 'vitest';
import type { FactBase, FactEvent } from '@/content/course-types';
import { generateQuestionBank } from './generate-quiz';

const section = { unitId: 'u', lessonId: 'l', sectionId: 's' };
const same = (text: string) => ({ fr: text, en: text });
const event = (id: string, date: FactEvent['date'], extra: Partial<FactEvent> = {}): FactEvent => ({ id, date, theme: 't', section, label: same(`Event ${id} took place.`), ...extra });

const facts: FactBase = {
  events: [
    event('day', { year: 2001, month: 9, day: 12 }),
    event('month', { year: 2004, month: 6 }),
    event('mid', { year: 2006, month: 10 }, { qualifier: 'mid' }),
    event('period', { year: 2011 }, { end: { year: 2014 } }),
    event('days', { year: 2016, month: 7, day: 8 }, { end: { year: 2016, month: 7, day: 9 } }),
    event('year', { year: 2019 }),
  ],
  entities: [],
  figures: [],
  sets: [],
  terms: [],
  lessons: [{ unitId: 'u', lessonId: 'l', title: same('L'), unitTitle: same('U') }],
};
const bank = generateQuestionBank(facts, { seed: 1 });
const prompt = (id: string) => bank.find((q) => q.id === id)?.prompt;

describe('what happened on a date', () => {
  it('writes the date after the verb: lower case, with the preposition of its precision, in both languages', () => {
    expect(prompt('date-event:day')?.fr).toMatch(/^Que s’est-il passé le 12 septembre 2001\s\?$/u);
    expect(prompt('date-event:day')?.en).toBe('What happened on 12 September 2001?');
    expect(prompt('date-event:month')?.fr).toMatch(/^Que s’est-il passé en juin 2004\s\?$/u);
    expect(prompt('date-event:month')?.en).toBe('What happened in June 2004?');
    expect(prompt('date-event:mid')?.fr).toMatch(/^Que s’est-il passé à la mi-octobre 2006\s\?$/u);
    expect(prompt('date-event:mid')?.en).toBe('What happened in mid-October 2006?');
    expect(prompt('date-event:period')?.fr).toMatch(/^Que s’est-il passé de 2011 à 2014\s\?$/u);
    expect(prompt('date-event:period')?.en).toBe('What happened from 2011 to 2014?');
    expect(prompt('date-event:days')?.fr).toMatch(/^Que s’est-il passé les 8 et 9 juillet 2016\s\?$/u);
    expect(prompt('date-event:year')?.fr).toMatch(/^Que s’est-il passé en 2019\s\?$/u);
  });

  it('opens a true statement on its date, capitalised', () => {
    expect(prompt('true-false:event:mid:true')?.fr).toMatch(/^Vrai ou faux\s\? Mi-octobre 2006\s: Event mid took place\.$/u);
    expect(prompt('true-false:event:month:true')?.en).toBe('True or false? June 2004: Event month took place.');
  });
});

describe('wrong years', () => {
  it('may be the year of another event, but never that of the same series', () => {
    // Two courses of one series (2004, 2006) among events of other years.
    const series: FactBase = { ...facts, events: facts.events.map((e) => (e.id === 'month' || e.id === 'mid' ? { ...e, series: 'courses' } : e)) };
    const offered = (base: FactBase, id: string) => new Set([...Array(30).keys()].flatMap((seed) => generateQuestionBank(base, { seed }).find((q) => q.id === id)?.options.map((o) => o.text.en) ?? []));
    const ofCourse = offered(series, 'event-year:month');
    expect(ofCourse.has('2004')).toBe(true);
    expect(ofCourse.has('2006'), 'the other course of the series').toBe(false);
    expect(ofCourse.has('2001'), 'the year of another event').toBe(true);
  });
});
