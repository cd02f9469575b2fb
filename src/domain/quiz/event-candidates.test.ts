import { describe, expect, it } from 'vitest';
import type { FactBase } from '@/content/course-types';
import { compileRealCourse } from '../../../scripts/course-files';
import { eventCandidates } from './event-candidates';

const facts: FactBase = compileRealCourse().facts;
const idsOf = (base: FactBase, eventId: string) => eventCandidates(base).filter((c) => c.facts.includes(`event:${eventId}`) && c.facts.length === 1).map((c) => c.id);

describe('an event whose year is known without the course (yearKnown)', () => {
  it('is never asked for its year nor in a true/false statement of its date, but still for its day and month', () => {
    const event = facts.events.find((e) => e.id === 'september-11-attacks');
    expect(event?.yearKnown).toBe(true);
    const ids = idsOf(facts, 'september-11-attacks');
    expect(ids).not.toContain('event-year:september-11-attacks');
    expect(ids.filter((id) => id.startsWith('true-false:'))).toEqual([]);
    expect(ids).toContain('event-date:september-11-attacks');
  });

  it('gets those questions back without the flag', () => {
    const unflagged: FactBase = { ...facts, events: facts.events.map(({ yearKnown: _known, ...event }) => event) };
    const ids = idsOf(unflagged, 'september-11-attacks');
    expect(ids).toContain('event-year:september-11-attacks');
    expect(ids).toEqual(expect.arrayContaining(['true-false:event:september-11-attacks:true', 'true-false:event:september-11-attacks:false']));
  });
});
