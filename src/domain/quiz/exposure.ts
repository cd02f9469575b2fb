/**
 * Exposure control for the final assessment: the order in which a final tries its generated
 * candidates, so that every item is about equally likely to appear, whatever the number of
 * items its knowledge has.
 *
 * Items resting on one piece of knowledge exclude each other (knowledge.ts). Drawn one at a
 * time in a plain shuffle, a fact with many items is often drawn and then blocks the rest of
 * them, while a fact with one or two items, rarely blocked, gets the spare draws: in a unit
 * with few items those reached 13 % of finals. Here each unit's knowledge groups are sampled
 * systematically with probability proportional to their number of items (the classic
 * "systematic PPS" sampling of survey statistics), then one item of each sampled group,
 * uniformly: every item then has about the same chance, the unit's slots over its items.
 * The sampled items come first, those of the units with the fewest items per slot before the
 * others; the rest follow in the shuffled order, for the slots a blocked or capped item leaves.
 */
import type { FactBase } from '@/content/course-types';
import type { Candidate } from './candidate';
import { atomsOf } from './knowledge';
import { shuffle, type Random } from './random';

/** Knowledge groups: candidates linked by a shared atom, directly or through others (union-find). */
function knowledgeGroups(facts: FactBase, candidates: readonly Candidate[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let node = x; node !== root; ) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const candidate of candidates) {
    const node = `item:${candidate.id}`;
    if (!parent.has(node)) parent.set(node, node);
    for (const atom of atomsOf(facts, candidate.facts)) {
      if (!parent.has(atom)) parent.set(atom, atom);
      union(node, atom);
    }
  }
  return new Map(candidates.map((candidate) => [candidate.id, find(`item:${candidate.id}`)]));
}

/** Samples drawn per unit, each taking as many groups as the unit has slots. */
const SAMPLES = 4;

const groupCache = new WeakMap<FactBase, Map<string, string>>();

/** The knowledge group of every generated candidate of the course (cached per fact base). */
function groupsOf(facts: FactBase, all: () => readonly Candidate[]): Map<string, string> {
  let groups = groupCache.get(facts);
  if (!groups) {
    groups = knowledgeGroups(facts, all());
    groupCache.set(facts, groups);
  }
  return groups;
}

/** A group's items, shuffled, those resting on knowledge an earlier one rests on put last. */
function freshFirst(facts: FactBase, group: readonly Candidate[], random: Random): Candidate[] {
  const held = new Set<string>();
  const fresh: Candidate[] = [];
  const later: Candidate[] = [];
  for (const item of shuffle(group, random)) {
    const atoms = atomsOf(facts, item.facts);
    if (atoms.some((atom) => held.has(atom))) later.push(item);
    else fresh.push(item);
    atoms.forEach((atom) => held.add(atom));
  }
  return [...fresh, ...later];
}

/**
 * The order a final tries `candidates` in: per unit, `slots.get(unit)` items drawn by
 * systematic sampling of its knowledge groups in proportion to their size, the thinnest units
 * first, then every other candidate in its given order. A group hit by several sampling
 * points gives as many items (a group is linked knowledge, not one fact: its items need not
 * exclude each other), those on knowledge not yet drawn from it first. `all` gives every
 * generated candidate of the course (the groups are computed once from it), `unitOf` a
 * candidate's unit.
 */
export function spreadExposure(
  facts: FactBase,
  candidates: readonly Candidate[],
  options: { all: () => readonly Candidate[]; unitOf: (candidate: Candidate) => string; slots: ReadonlyMap<string, number>; random: Random },
): Candidate[] {
  const groups = groupsOf(facts, options.all);
  const byUnit = new Map<string, Map<string, Candidate[]>>();
  for (const candidate of candidates) {
    const unit = options.unitOf(candidate);
    const unitGroups = byUnit.get(unit) ?? new Map<string, Candidate[]>();
    byUnit.set(unit, unitGroups);
    const group = groups.get(candidate.id) ?? candidate.id;
    unitGroups.set(group, [...(unitGroups.get(group) ?? []), candidate]);
  }
  const sampled: { perSlot: number; items: Candidate[] }[] = [];
  for (const [unit, unitGroups] of byUnit) {
    const wanted = options.slots.get(unit) ?? 0;
    if (wanted <= 0) continue;
    const total = [...unitGroups.values()].reduce((sum, items) => sum + items.length, 0);
    const step = total / wanted;
    // Several samples, one after the other: an item of the first that turns out blocked (by
    // another unit's item, or a type cap) hands its slot to one sampled the same way.
    const items: Candidate[] = [];
    for (let round = 0; round < SAMPLES; round++) {
      let next = options.random() * step;
      let reached = 0;
      for (const group of shuffle([...unitGroups.values()], options.random)) {
        reached += group.length;
        let hits = 0;
        while (next < reached) {
          hits++;
          next += step;
        }
        if (hits === 0) continue;
        const order = freshFirst(facts, group, options.random);
        for (const item of order.slice(0, hits)) if (!items.includes(item)) items.push(item);
      }
    }
    sampled.push({ perSlot: step, items });
  }
  // The units with the fewest items per slot go first: an item of theirs that another unit's
  // item would block has few others to hand its slot to (theirs would rise above the rest).
  const first = sampled.sort((a, b) => a.perSlot - b.perSlot).flatMap((unit) => unit.items);
  const drawn = new Set(first);
  return [...first, ...candidates.filter((candidate) => !drawn.has(candidate))];
}

/**
 * The scenario items a final tries, in order, and how many it takes at least. Each unit's
 * slots are first drawn at random among all its items, scenarios and generated alike (a
 * hypergeometric draw), so that a scenario is about as likely as any other item of its unit:
 * taken first and always up to the blueprint's minimum, scenarios would otherwise go to the
 * units with many of them too rarely and to the thin units too often, and the generated
 * items of a unit would share what is left unevenly. The units' drawn scenarios come first,
 * then the others (for the minimum and for any slot a blocked one leaves), in an order weighted
 * towards the units with the most items per slot.
 */
export function spreadScenarios(
  scenarios: readonly Candidate[],
  options: { unitOf: (candidate: Candidate) => string; generated: ReadonlyMap<string, number>; slots: ReadonlyMap<string, number>; minimum: number; random: Random },
): { order: Candidate[]; wanted: number } {
  const byUnit = new Map<string, Candidate[]>();
  for (const scenario of scenarios) byUnit.set(options.unitOf(scenario), [...(byUnit.get(options.unitOf(scenario)) ?? []), scenario]);
  const drawn: Candidate[] = [];
  for (const [unit, unitScenarios] of byUnit) {
    let left = unitScenarios.length;
    let total = left + (options.generated.get(unit) ?? 0);
    for (let slot = 0; slot < (options.slots.get(unit) ?? 0) && total > 0; slot++, total--) {
      if (options.random() * total < left) left--;
    }
    drawn.push(...unitScenarios.slice(0, unitScenarios.length - left));
  }
  // The others make up the minimum, in a random order weighted by their unit's items per slot
  // (keys u^(1/w), Efraimidis and Spirakis): a thin unit's items are already the most exposed,
  // so its scenarios are the least likely to be added; all of them still can be.
  const first = new Set(drawn);
  const perSlot = (unit: string) => ((byUnit.get(unit)?.length ?? 0) + (options.generated.get(unit) ?? 0)) / Math.max(1, options.slots.get(unit) ?? 0);
  const keyed = scenarios.filter((s) => !first.has(s)).map((s) => ({ s, key: options.random() ** (1 / Math.max(1, perSlot(options.unitOf(s)))) }));
  const rest = keyed.sort((a, b) => b.key - a.key).map(({ s }) => s);
  return { order: [...drawn, ...rest], wanted: Math.max(options.minimum, drawn.length) };
}
