import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateSpan, figureBound, numberDistractors, pickAlike, spansOverlap, tooClose, valuesAround } from './distractors';
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

describe('valuesAround', () => {
  // Wrong years below and above a key of 2010, nearest first.
  const below = [2009, 2008, 2007, 2006, 2005, 2004, 2003];
  const above = [2011, 2012, 2013, 2014, 2015, 2016, 2017];
  const keyPosition = (wrong: number[]) => [2010, ...wrong].sort((a, b) => a - b).indexOf(2010);

  it('puts the key where asked once the options are sorted, with wrong values among the nearest few of each side', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 3 }), (seed, position) => {
        const wrong = given(valuesAround(below, above, 3, position, createRandom(seed)));
        expect(wrong).toHaveLength(3);
        expect(new Set(wrong).size).toBe(3);
        expect(keyPosition(wrong)).toBe(position);
        // n values from one side come from its 2n nearest.
        const under = wrong.filter((y) => y < 2010);
        for (const y of under) expect(below.indexOf(y)).toBeLessThan(2 * under.length);
        for (const y of wrong.filter((v) => v > 2010)) expect(above.indexOf(y)).toBeLessThan(2 * (3 - under.length));
      }),
    );
  });

  it('keeps a position out of range at the nearest end', () => {
    expect(keyPosition(given(valuesAround(below, above, 3, 7, createRandom(1))))).toBe(3);
    expect(keyPosition(given(valuesAround(below, above, 3, -2, createRandom(1))))).toBe(0);
  });

  it('without a position, puts the key in each of the four places over many draws', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 60; seed++) seen.add(keyPosition(given(valuesAround(below, above, 3, undefined, createRandom(seed)))));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('makes up a short side from the other, and gives null when both together are too few', () => {
    expect(valuesAround([2009], above, 3, 3, createRandom(1))?.filter((y) => y < 2010)).toEqual([2009]);
    expect(valuesAround(below, [2011], 3, 0, createRandom(1))?.filter((y) => y > 2010)).toEqual([2011]);
    expect(valuesAround([], [2011, 2012, 2013], 3, 2, createRandom(1))?.sort()).toEqual([2011, 2012, 2013]);
    expect(valuesAround([2009], [2011], 3, 1, createRandom(1))).toBeNull();
    expect(valuesAround([2009, 2008], [2011], 3, 1, createRandom(1))?.sort()).toEqual([2008, 2009, 2011]);
  });
});

describe('pickAlike, lengths', () => {
  it('draws among the texts nearest the answer’s length, the longer and shorter ones only when those run out', () => {
    // Ten texts of lengths 1 to 10, an answer of 5 characters: two wanted, drawn from the four nearest (4, 5, 6 and 3 or 7).
    const pool = [...Array(10).keys()].map((i) => String.fromCharCode(97 + i).repeat(i + 1));
    for (let seed = 0; seed < 30; seed++) {
      const chosen = pickAlike(same('zzzzz'), pool, same, 2, createRandom(seed));
      expect(chosen).toHaveLength(2);
      for (const text of chosen) expect(Math.abs(text.length - 5), text).toBeLessThanOrEqual(2);
    }
  });
});

describe('numberDistractors, steps', () => {
  /** The wrong numbers within 5 % of the figure: the ones a step or three away. */
  const near = (value: number) => numberDistractors(value, 20, createRandom(1)).filter((n) => Math.abs(n - value) < value * 0.05).sort((a, b) => a - b);
  const steps = (value: number, step: number) => [-3, -2, -1, 1, 2, 3].map((k) => value + k * step);

  it('moves a figure of a thousand or more by steps of a four-hundredth of it, a smaller one by units (or fives and tens when round)', () => {
    expect(near(2396)).toEqual(steps(2396, 6));
    expect(near(1000)).toEqual(steps(1000, 3));
    expect(near(999)).toEqual(steps(999, 1));
    expect(numberDistractors(13, 20, createRandom(1)).filter((n) => Math.abs(n - 13) <= 3).sort((a, b) => a - b)).toEqual(steps(13, 1));
  });

  it('offers a small figure every number from three below it to four above', () => {
    expect(numberDistractors(7, 20, createRandom(1)).sort((a, b) => a - b)).toEqual([4, 5, 6, 8, 9, 10, 11]);
    expect(numberDistractors(12, 20, createRandom(1)).sort((a, b) => a - b)).toEqual([9, 10, 11, 13, 14, 15, 16]);
    expect(numberDistractors(2, 20, createRandom(1)).sort((a, b) => a - b)).toEqual([1, 3, 4, 5, 6]);
  });
});

function given<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('no values');
  return value;
}
