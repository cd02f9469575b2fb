import { describe, expect, it } from 'vitest';
import type { FactBase } from '@/content/course-types';
import type { Candidate } from './candidate';
import { spreadExposure, spreadScenarios } from './exposure';
import { createRandom, deriveSeed, shuffle } from './random';

const facts: FactBase = { events: [], entities: [], figures: [], sets: [], terms: [], lessons: [] };

const candidate = (id: string, fact: string, unitId = 'u'): Candidate => ({
  id,
  type: 'set-member',
  facts: [fact],
  source: { unitId, lessonId: 'l' },
  sources: [{ unitId, lessonId: 'l' }],
  build: () => null,
});

// One unit: a list asked five ways (five items on one piece of knowledge) and five facts asked once.
const list = [...Array(5).keys()].map((i) => candidate(`list:${i}`, 'set:big'));
const singles = [...Array(5).keys()].map((i) => candidate(`single:${i}`, `entity:e${i}`));
const unit = [...list, ...singles];

/** Takes the first `slots` items of an order that rest on knowledge not yet taken, as a quiz does. */
function take(order: readonly Candidate[], slots: number): string[] {
  const held = new Set<string>();
  const out: string[] = [];
  for (const item of order) {
    if (out.length >= slots) break;
    if (item.facts.some((fact) => held.has(fact))) continue;
    item.facts.forEach((fact) => held.add(fact));
    out.push(item.id);
  }
  return out;
}

/** How often each item is taken over many seeds, with an order made by `orderOf`. */
function exposure(orderOf: (seed: number) => Candidate[], slots: number, seeds = 4000): Map<string, number> {
  const counts = new Map<string, number>();
  for (let seed = 1; seed <= seeds; seed++) for (const id of take(orderOf(seed), slots)) counts.set(id, (counts.get(id) ?? 0) + 1 / seeds);
  return counts;
}

// The knowledge groups are cached per fact base: a test with other candidates needs its own.
const spread = (seed: number, candidates = unit, slots = new Map([['u', 2]]), base = facts) =>
  spreadExposure(base, shuffle(candidates, createRandom(seed)), { all: () => candidates, unitOf: (c) => c.source.unitId, slots, random: createRandom(deriveSeed(seed, 'spread')) });

describe('spreadExposure', () => {
  it('gives every item about the same chance, however many items its knowledge has', () => {
    const counts = exposure((seed) => spread(seed), 2);
    // Two slots over ten items: each about 20 %.
    for (const item of unit) expect(counts.get(item.id) ?? 0, item.id).toBeGreaterThan(0.18);
    for (const item of unit) expect(counts.get(item.id) ?? 0, item.id).toBeLessThan(0.22);
  });

  it('does better than a plain shuffle, where the facts asked once take the spare draws', () => {
    const plain = exposure((seed) => shuffle(unit, createRandom(seed)), 2);
    // The list comes first half the time and then blocks its other four items: the facts asked
    // once get the spare draws (about 24 % each, the list's items about 16 %).
    for (const item of singles) expect(plain.get(item.id) ?? 0, item.id).toBeGreaterThan(0.22);
    for (const item of list) expect(plain.get(item.id) ?? 0, item.id).toBeLessThan(0.17);
  });

  it('takes several items from a group of linked knowledge as large as several slots', () => {
    // Ten items linked in a chain (each shares a fact with the next: one group, though most
    // pairs are independent) beside ten facts asked once; four slots: each item about 20 %.
    // One item a group (as before) gave the chain items about 13 % each, the others 27 %.
    const chain = [...Array(10).keys()].map((i) => ({ ...candidate(`chain:${i}`, `entity:c${i}`), facts: [`entity:c${i}`, `entity:c${i + 1}`] }));
    const alone = [...Array(10).keys()].map((i) => candidate(`alone:${i}`, `entity:a${i}`));
    const both = [...chain, ...alone];
    const own: FactBase = { ...facts };
    const counts = exposure((seed) => spread(seed, both, new Map([['u', 4]]), own), 4);
    for (const item of both) expect(counts.get(item.id) ?? 0, item.id).toBeGreaterThan(0.17);
    for (const item of both) expect(counts.get(item.id) ?? 0, item.id).toBeLessThan(0.23);
  });

  it('puts the sampled items of the unit with the fewest items per slot first', () => {
    const thin = [candidate('thin:0', 'entity:t0', 'thin'), candidate('thin:1', 'entity:t1', 'thin')];
    const wide = [...Array(12).keys()].map((i) => candidate(`wide:${i}`, `entity:w${i}`, 'wide'));
    const all = [...wide, ...thin];
    for (let seed = 1; seed <= 20; seed++) {
      const order = spread(seed, all, new Map([['thin', 1], ['wide', 2]]));
      expect(order[0]?.source.unitId, `seed ${seed}`).toBe('thin');
      expect(order.map((c) => c.id).sort()).toEqual(all.map((c) => c.id).sort());
    }
  });

  it('leaves a unit without slots to the given order', () => {
    const order = spread(7, unit, new Map([['u', 0]]));
    expect(order.map((c) => c.id)).toEqual(shuffle(unit, createRandom(7)).map((c) => c.id));
  });
});

describe('spreadScenarios', () => {
  // Two units of 2 slots each: "thin" has 2 scenarios among 10 items, "wide" 8 among 40.
  const scenarios = [
    ...[0, 1].map((i) => candidate(`scenario:thin${i}`, `entity:t${i}`, 'thin')),
    ...[...Array(8).keys()].map((i) => candidate(`scenario:wide${i}`, `entity:w${i}`, 'wide')),
  ];
  const options = (seed: number, minimum: number) => ({
    unitOf: (c: Candidate) => c.source.unitId,
    generated: new Map([['thin', 8], ['wide', 32]]),
    slots: new Map([['thin', 2], ['wide', 2]]),
    minimum,
    random: createRandom(deriveSeed(seed, 'scenarios')),
  });

  it('draws each unit’s scenarios about as often as its other items: its slots over its items', () => {
    const seeds = 4000;
    const drawn = new Map<string, number>();
    for (let seed = 1; seed <= seeds; seed++) {
      const { order, wanted } = spreadScenarios(shuffle(scenarios, createRandom(seed)), options(seed, 0));
      for (const s of order.slice(0, wanted)) drawn.set(s.source.unitId, (drawn.get(s.source.unitId) ?? 0) + 1 / seeds);
    }
    // Expected scenario slots per quiz: 2 × 2/10 = 0.4 in the thin unit, 2 × 8/40 = 0.4 in the wide one.
    expect(drawn.get('thin')).toBeCloseTo(0.4, 1);
    expect(drawn.get('wide')).toBeCloseTo(0.4, 1);
  });

  it('asks for at least the minimum, and puts every scenario in the order once', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { order, wanted } = spreadScenarios(scenarios, options(seed, 3));
      expect(wanted).toBeGreaterThanOrEqual(3);
      expect(new Set(order.map((s) => s.id)).size).toBe(scenarios.length);
      expect(order).toHaveLength(scenarios.length);
    }
  });
});
