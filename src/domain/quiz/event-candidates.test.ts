import { describe, expect, it } from 'vitest';
import type { FactBase } from '@/content/course-types';
import { compileRealCourse } from '../../../scripts/course-files';
import { eventCandidates } from './event-candidates';

const facts: FactBase = compileRealCourse().facts;
const idsOf = (base: FactBase, eventId: string) => eventCandidates(base).filter((c) => c.facts.includes(`event:${eventId}`) && c.facts.length === 1).map((c) => c.id);

describe('an event whose year is known without the course (yearKnown)', () => {
  it('is never asked for its year nor in a true/false statement of its date, but still for its day and month', () => {
    const event = facts.events.find((e) => e.id === 'resolute-support-end');
    expect(event?.yearKnown).toBe(true);
    const ids = idsOf(facts, 'resolute-support-end');
    expect(ids).not.toContain('event-year:resolute-support-end');
    expect(ids.filter((id) => id.startsWith('true-false:'))).toEqual([]);
    expect(ids).toContain('event-date:resolute-support-end');
    expect(ids).toContain('date-event:resolute-support-end');
  });

  it('gets those questions back without the flag', () => {
    const unflagged: FactBase = { ...facts, events: facts.events.map(({ yearKnown: _known, ...event }) => event) };
    const ids = idsOf(unflagged, 'resolute-support-end');
    expect(ids).toContain('event-year:resolute-support-end');
    expect(ids).toContain('true-false:event:resolute-support-end:true');
  });
});

describe('an event whose whole date is known without the course (dateKnown)', () => {
  it('gets no date question of any kind, “what happened on 11 September 2001?” included, and still orders with others', () => {
    const event = facts.events.find((e) => e.id === 'september-11-attacks');
    expect(event?.dateKnown).toBe(true);
    expect(event?.yearKnown).toBe(true);
    expect(idsOf(facts, 'september-11-attacks')).toEqual([]);
    expect(eventCandidates(facts).some((c) => c.type === 'which-first' && c.facts.includes('event:september-11-attacks'))).toBe(true);
  });

  it('gets them back without the flags', () => {
    const unflagged: FactBase = { ...facts, events: facts.events.map(({ yearKnown: _year, dateKnown: _date, ...event }) => event) };
    expect(idsOf(unflagged, 'september-11-attacks')).toEqual(expect.arrayContaining(['event-year:september-11-attacks', 'event-date:september-11-attacks', 'date-event:september-11-attacks']));
  });
});

describe('year and date options stay within the years of the event’s own source document', () => {
  const random = (() => {
    let x = 0.123;
    return () => (x = (x * 9301 + 0.49297) % 1);
  })();
  const optionYears = (base: FactBase) =>
    eventCandidates(base)
      .filter((c) => c.type === 'event-year' || c.type === 'event-date')
      .flatMap((c) => [0, 1, 2, 3].flatMap((position) => c.build(random, position)?.options.map((o) => ({ id: c.id, year: Number(/\d{4}/.exec(o.id)?.[0]) })) ?? []));
  const pageEvents = new Set(facts.events.filter((e) => facts.lessons.find((l) => l.unitId === e.section.unitId && l.lessonId === e.section.lessonId)?.document === 'nato-ct').map((e) => e.id));

  it('never offers the round table’s 2025 against an event of the December 2023 page, even with the key first', () => {
    expect(pageEvents.size).toBeGreaterThan(50);
    const offered = optionYears(facts).filter((o) => pageEvents.has(o.id.slice(o.id.indexOf(':') + 1)));
    expect(offered.length).toBeGreaterThan(100);
    expect(offered.filter((o) => o.year > 2024)).toEqual([]);
  });

  it('would offer it without the lessons’ documents (the range of the whole course)', () => {
    const unknown: FactBase = { ...facts, lessons: facts.lessons.map(({ document: _d, ...lesson }) => lesson) };
    expect(optionYears(unknown).some((o) => pageEvents.has(o.id.slice(o.id.indexOf(':') + 1)) && o.year === 2025)).toBe(true);
  });
});
