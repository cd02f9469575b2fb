import { describe, expect, it } from 'vitest';
import { compileRealCourse } from '../../../scripts/course-files';
import { generateQuestionBank } from '@/domain/quiz/generate-quiz';
import { cardFactIds } from './history';
import { unitFactIds } from './unit-facts';

const course = compileRealCourse();

describe('unitFactIds', () => {
  const byUnit = unitFactIds(course.facts);

  it('files every fact a question can ask about under the unit that teaches it, so the retention picture counts each studied fact', () => {
    const taught = new Set([...byUnit.values()].flat());
    const asked = new Set(generateQuestionBank(course.facts, { seed: 3 }).flatMap((q) => cardFactIds(q)));
    expect([...asked].filter((id) => !taught.has(id))).toEqual([]);
  });

  it('places a fact in the unit of its section', () => {
    const event = course.facts.events[0];
    if (!event) throw new Error('the course has no event');
    expect(byUnit.get(event.section.unitId)).toContain(`event:${event.id}`);
    const units = course.outlines.en.units.map((unit) => unit.id);
    expect([...byUnit.keys()].filter((id) => !units.includes(id))).toEqual([]);
  });
});
