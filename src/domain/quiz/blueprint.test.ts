/**
 * The published blueprint (docs/question-bank.md): items per unit in proportion to its
 * lessons by largest remainder, ties to the unit first in the course, at least one per unit;
 * scenario items one in five; no generated type more than a quarter of the quiz.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactBase } from '@/content/course-types';
import { blueprint, unitShares } from './blueprint';

const same = (text: string) => ({ fr: text, en: text });
const itemsOf = (units: { unitId: string; lessons: number }[], count: number) => unitShares(units, count).map((u) => u.items);
const course = (lessonsPerUnit: number[]) => lessonsPerUnit.map((lessons, i) => ({ unitId: `u${i}`, lessons }));

describe('unitShares', () => {
  it('shares the final of the course as published: 20 items over units of 2, 3, 9, 4, 2 and 4 lessons', () => {
    expect(itemsOf(course([2, 3, 9, 4, 2, 4]), 20)).toEqual([2, 3, 7, 3, 2, 3]);
  });

  it('gives the items left after the whole shares to the largest remainders, a tie to the unit first in the course', () => {
    // Exact shares 2.5, 2.5, 5: the tie goes to the first unit.
    expect(itemsOf(course([1, 1, 2]), 10)).toEqual([3, 2, 5]);
    expect(itemsOf(course([3, 2]), 4)).toEqual([2, 2]);
    expect(itemsOf(course([2, 3]), 4)).toEqual([2, 2]);
    expect(itemsOf(course([1, 4]), 4)).toEqual([1, 3]);
  });

  it('gives every unit at least one item when the count allows, taken from the unit with the most', () => {
    // Exact shares 3.125, 0.625, 0.625, 0.625: by remainder 3, 1, 1, 0; the last unit takes one from the first.
    expect(itemsOf(course([5, 1, 1, 1]), 5)).toEqual([2, 1, 1, 1]);
    expect(itemsOf(course([1, 1, 6]), 3)).toEqual([1, 1, 1]);
    // Fewer items than units: no minimum.
    expect(itemsOf(course([1, 1, 6]), 2)).toEqual([0, 0, 2]);
  });

  it('always shares out exactly the count, in proportion within one item, one at least each when it can (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 40 }), (lessons, count) => {
        const items = itemsOf(course(lessons), count);
        const total = lessons.reduce((a, b) => a + b, 0);
        expect(items.reduce((a, b) => a + b, 0)).toBe(count);
        if (count >= lessons.length) for (const n of items) expect(n).toBeGreaterThanOrEqual(1);
        else items.forEach((n, i) => expect(Math.abs(n - (count * (lessons[i] ?? 0)) / total)).toBeLessThan(1));
      }),
    );
  });

  it('has nothing to share without units or lessons', () => {
    expect(unitShares([], 5)).toEqual([]);
    expect(unitShares(course([0, 0]), 5)).toEqual([]);
  });
});

describe('blueprint', () => {
  const lesson = (unitId: string, lessonId: string) => ({ unitId, lessonId, title: same(lessonId), unitTitle: same(unitId) });
  const facts: FactBase = { events: [], entities: [], figures: [], sets: [], terms: [], lessons: [lesson('a', 'a1'), lesson('a', 'a2'), lesson('b', 'b1'), lesson('b', 'b2'), lesson('b', 'b3')] };

  it('a final: units in course order with their lessons and shares, one scenario item in five, no type over a quarter', () => {
    expect(blueprint(facts, { kind: 'course' }, 20, 12)).toEqual({
      count: 20,
      units: [
        { unitId: 'a', lessons: 2, items: 8 },
        { unitId: 'b', lessons: 3, items: 12 },
      ],
      scenarios: 4,
      perType: 5,
      sourcesWithin: 'course',
    });
  });

  it('a unit quiz and a lesson check: every item from that unit, sections kept within it or the lesson', () => {
    expect(blueprint(facts, { kind: 'unit', unitId: 'b' }, 10, 12)).toEqual({ count: 10, units: [{ unitId: 'b', lessons: 3, items: 10 }], scenarios: 2, perType: 3, sourcesWithin: 'unit' });
    expect(blueprint(facts, { kind: 'lesson', unitId: 'a', lessonId: 'a2' }, 5, 12)).toMatchObject({ units: [{ unitId: 'a', lessons: 2, items: 5 }], scenarios: 1, sourcesWithin: 'lesson' });
    expect(blueprint(facts, { kind: 'unit', unitId: 'gone' }, 10, 12).units).toEqual([{ unitId: 'gone', lessons: 0, items: 10 }]);
  });

  it('loosens the cap on one type when the pool has few types: one more than an even spread', () => {
    expect(blueprint(facts, { kind: 'course' }, 20, 3).perType).toBe(8);
    expect(blueprint(facts, { kind: 'course' }, 20, 4).perType).toBe(6);
    expect(blueprint(facts, { kind: 'course' }, 20, 5).perType).toBe(5);
    expect(blueprint(facts, { kind: 'lesson', unitId: 'a', lessonId: 'a1' }, 5, 0).perType).toBe(6);
  });
});
