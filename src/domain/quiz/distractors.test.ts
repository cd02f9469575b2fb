import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateSpan, figureBound, numberDistractors, pickAlike, spansOverlap, tooClose } from './distractors';
import { createRandom } from './random';

const same = (text: string) => ({ fr: text, en: text });

describe('dateSpan', () => {
  it('covers a date at its own precision, to its end if it has one', () => {
    expect(dateSpan({ year: 2001 })).toEqual([20010101, 20011231]);
    expect(dateSpan({ year: 2001, month: 10 })).toEqual([20011001, 20011031]);
    expect(dateSpan({ year: 2001, month: 9, day: 12 })).toEqual([20010912, 20010912]);
    expect(dateSpan({ year: 2001, month: 9, day: 13 }, { year: 2001, month: 9, day: 14 })).toEqual([20010913, 20010914]);
    expect(dateSpan({ year: 2011 }, { year: 2014 })).toEqual([20110101, 20141231]);
  });

  it('spansOverlap: sharing one day is overlapping, touching is not', () => {
    expect(spansOverlap([1, 5], [5, 9])).toBe(true);
    expect(spansOverlap([5, 9], [1, 5])).toBe(true);
    expect(spansOverlap([1, 4], [5, 9])).toBe(false);
    expect(spansOverlap([6, 9], [1, 5])).toBe(false);
    expect(spansOverlap([1, 9], [3, 4])).toBe(true);
  });
});

describe('tooClose', () => {
  it('finds texts equal but for case or spacing, or one inside the other, in either language', () => {
    expect(tooClose(same('Défense  collective'), same('défense collective'))).toBe(true);
    expect(tooClose({ fr: 'la défense collective', en: 'x' }, { fr: 'défense', en: 'y' })).toBe(true);
    expect(tooClose({ fr: 'a', en: 'border security' }, { fr: 'b', en: 'security' })).toBe(true);
    expect(tooClose(same('borders'), same('religions'))).toBe(false);
  });
});

describe('pickAlike', () => {
  const pool = ['aa', 'bbbb', 'cccccc', 'dddddddd', 'eeeeeeeeee', 'ffffffffffff', 'gg', 'hhhh'];
  it('picks that many, none too close to the answer or to each other, when the pool allows', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 4 }), (seed, count) => {
        const chosen = pickAlike(same('cccc'), [...pool, 'cccc', 'ccccc'], same, count, createRandom(seed));
        expect(chosen).toHaveLength(count);
        expect(new Set(chosen).size).toBe(count);
        expect(chosen.some((text) => text.startsWith('c'))).toBe(false);
      }),
    );
  });

  it('never picks two distractors too close to each other, nor one twice', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const chosen = pickAlike(same('zzzz zzzz'), ['alpha', 'alpha beta', 'alpha', 'gamma', 'delta'], same, 3, createRandom(seed));
        expect(chosen.filter((text) => text.startsWith('alpha'))).toHaveLength(1);
        expect(chosen).toHaveLength(3);
      }),
    );
  });

  it('prefers texts of about the answer’s length', () => {
    const chosen = pickAlike(same('xxxxx'), pool, same, 2, createRandom(1));
    for (const text of chosen) expect(Math.abs(text.length - 5)).toBeLessThanOrEqual(3);
  });

  it('returns fewer when the pool is short', () => {
    expect(pickAlike(same('x'), ['aa', 'bb'], same, 3, createRandom(1))).toHaveLength(2);
  });
});

describe('figureBound', () => {
  it('reads how the source hedges the number', () => {
    expect(figureBound({ fr: 'plus de {n} pays', en: 'more than {n} countries' })).toBe('above');
    expect(figureBound({ fr: 'x', en: 'at least {n} people' })).toBe('above');
    expect(figureBound({ fr: 'près de {n} pays', en: 'x' })).toBe('approx');
    expect(figureBound({ fr: 'x', en: 'nearly {n} countries' })).toBe('approx');
    expect(figureBound({ fr: 'L’article {n}', en: 'Article {n}' })).toBe('exact');
  });
});

describe('numberDistractors', () => {
  const values = fc.integer({ min: 1, max: 5000 });
  it('gives distinct positive numbers, never the figure, never true given the bound', () => {
    fc.assert(
      fc.property(values, fc.integer(), fc.constantFrom('exact' as const, 'above' as const, 'approx' as const), (value, seed, bound) => {
        const wrong = numberDistractors(value, 3, createRandom(seed), bound);
        expect(new Set(wrong).size).toBe(wrong.length);
        for (const n of wrong) {
          expect(Number.isInteger(n) && n > 0 && n !== value).toBe(true);
          if (bound === 'above') expect(n).toBeGreaterThan(value);
          if (bound === 'approx') expect(Math.abs(n - value)).toBeGreaterThanOrEqual(value * 0.3);
        }
      }),
    );
  });

  it('gives three, near the figure: within a few units of a small number, within a quarter to two and a half times a large one', () => {
    for (let value = 1; value <= 3000; value++) {
      for (const seed of [1, 2]) {
        const wrong = numberDistractors(value, 3, createRandom(seed * value));
        expect(wrong, String(value)).toHaveLength(3);
        for (const n of wrong) {
          if (value <= 12) expect(n >= value - 3 && n <= value + 4, `${n} for ${value}`).toBe(true);
          else expect(n >= value * 0.25 - 1 && n <= value * 2.5 + value / 400 + 1, `${n} for ${value}`).toBe(true);
        }
      }
    }
  });

  it('keeps round numbers round: tens for tens from 20, fives for fives from 15', () => {
    for (let value = 15; value < 1000; value += 5) {
      const unit = value % 10 === 0 && value >= 20 ? 10 : 5;
      for (const seed of [1, 2]) for (const n of numberDistractors(value, 3, createRandom(seed * value))) expect(n % unit, `${n} for ${value}`).toBe(0);
    }
    // Not round: any whole number.
    expect(numberDistractors(37, 6, createRandom(1)).some((n) => n % 5 !== 0)).toBe(true);
  });

  it('offers clearly larger numbers for a floor (a quarter more at least), and numbers far away for an approximation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 5000 }), fc.integer(), (value, seed) => {
        const above = numberDistractors(value, 3, createRandom(seed), 'above');
        expect(above).toHaveLength(3);
        for (const n of above) expect(n).toBeGreaterThanOrEqual(value * 1.2);
        const approx = numberDistractors(value, 3, createRandom(seed), 'approx');
        expect(approx).toHaveLength(3);
        for (const n of approx) expect(n >= value * 0.3 && n <= value * 2.1).toBe(true);
      }),
    );
  });
});
