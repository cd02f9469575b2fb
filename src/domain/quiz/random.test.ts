import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed, pick, shuffle } from './random';

describe('createRandom', () => {
  it('is mulberry32: the reference sequence, so that a seed gives the same quiz in every version', () => {
    const random = createRandom(1);
    expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const large = createRandom(2 ** 31 + 5);
    expect([large(), large()]).toEqual([0.5801103678531945, 0.08632027637213469]);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = createRandom(99);
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < 20_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
    }
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});

describe('deriveSeed', () => {
  it('is 32-bit FNV-1a of the name, offset by the seed (the published test vectors)', () => {
    expect(deriveSeed(0, '')).toBe(0x811c9dc5);
    expect(deriveSeed(0, 'a')).toBe(0xe40c292c);
    expect(deriveSeed(0, 'foobar')).toBe(0xbf9cf968);
    expect(deriveSeed(42, 'select')).toBe(3540922175);
    // Seeds whose bits overlap the offset basis: the seed is mixed in with XOR, not OR.
    expect(deriveSeed(1, 'a')).toBe(3842779839);
    expect(deriveSeed(0xffffffff, 'question')).toBe(2988363714);
    expect(deriveSeed(123456789, 'positions')).toBe(2477789952);
  });

  it('gives different sub-seeds for different names and seeds', () => {
    expect(deriveSeed(1, 'select')).not.toBe(deriveSeed(2, 'select'));
    expect(deriveSeed(1, 'select')).not.toBe(deriveSeed(1, 'positions'));
  });
});

describe('shuffle and pick', () => {
  it('shuffle returns a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, createRandom(seed));
        expect(items).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('shuffle puts every item in every place about as often (Fisher–Yates)', () => {
    const counts = new Map<string, number>();
    const random = createRandom(5);
    for (let i = 0; i < 8000; i++) shuffle([0, 1, 2, 3], random).forEach((item, place) => counts.set(`${item}@${place}`, (counts.get(`${item}@${place}`) ?? 0) + 1));
    expect(counts.size).toBe(16);
    for (const count of counts.values()) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('pick takes that many distinct items, or all there are', () => {
    const random = createRandom(3);
    const chosen = pick([1, 2, 3, 4, 5], 3, random);
    expect(chosen).toHaveLength(3);
    expect(new Set(chosen).size).toBe(3);
    expect(pick([1, 2], 5, random).sort()).toEqual([1, 2]);
  });
});
