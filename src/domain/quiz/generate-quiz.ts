/**
 * Chooses and builds quizzes from the fact base. Deterministic: a question depends only on
 * the seed and its id, and a quiz only on the seed, its scope, its size and what to avoid.
 */
import type { FactBase, Lang } from '@/content/course-types';
import type { Candidate } from './candidate';
import { allCandidates } from './candidates';
import { localizeQuestion, type LocalizedQuestion, type Question } from './question';
import { createRandom, deriveSeed, shuffle, type Random } from './random';
import { blueprint, type Blueprint } from './blueprint';
import { DRAW_RULES } from './item-rules';
import { spreadExposure, spreadScenarios } from './exposure';
import { atomsOf, conflict } from './knowledge';
import { isScenarioId, scenarioCandidates } from './scenario-candidates';
import { inScope, type QuizScope } from './scope';

export type { QuizScope } from './scope';
export { inScope } from './scope';

export interface QuizOptions {
  seed: number;
  count: number;
  scope: QuizScope;
  /** Question ids to leave out when the pool allows (the previous attempt's). */
  avoid?: readonly string[];
}

const candidateCache = new WeakMap<FactBase, Candidate[]>();
function candidatesOf(facts: FactBase): Candidate[] {
  let candidates = candidateCache.get(facts);
  if (!candidates) {
    candidates = [...allCandidates(facts), ...scenarioCandidates(facts)];
    candidateCache.set(facts, candidates);
  }
  return candidates;
}

/** Puts the right option at `position` among shuffled wrong ones (shuffled layouts only). */
function arrange(question: Question, position: number, random: Random): Question {
  if (question.layout !== 'shuffled') return question;
  const [right, ...wrong] = question.options;
  if (!right) return question;
  const options = shuffle(wrong, random);
  options.splice(position % question.options.length, 0, right);
  return { ...question, options };
}

/** How many draws of distractors a question gets to meet the rules that depend on them. */
const DRAWS = 8;

/**
 * Builds a candidate for a seed. The rules that depend on which distractors were drawn
 * (lengths, words shared with the stem, initials, overlaps) are checked on the result; a
 * draw that breaks one is replaced by another, and a question no draw can make fair is not
 * asked at all. When the seed's own draws all fail, the draws of seed 0 are tried too: seed 0
 * is the one a quiz's announced length is counted with (quiz-length.ts), so a question that
 * can be asked for it can be asked for every seed, and no quiz comes out shorter than its
 * intro says because of an unlucky draw.
 */
function build(facts: FactBase, candidate: Candidate, seed: number, position?: number): Question | null {
  for (const drawSeed of seed === 0 ? [0] : [seed, 0]) {
    for (let draw = 0; draw < DRAWS; draw++) {
      const built = candidate.build(createRandom(deriveSeed(drawSeed, draw === 0 ? candidate.id : `${candidate.id}#${draw}`)), position);
      if (!built) return null;
      const question: Question = { id: candidate.id, type: candidate.type, facts: candidate.facts, source: candidate.source, sources: candidate.sources, ...built };
      if (DRAW_RULES.every((rule) => rule.check(question, facts).length === 0)) return question;
    }
  }
  return null;
}

/**
 * Rebuilds a quiz from its seed and question ids, as `generateQuiz` made it: the same
 * questions, options and positions. Ids the fact base no longer has are skipped.
 */
export function rebuildQuiz(facts: FactBase, seed: number, ids: readonly string[]): Question[] {
  const byId = byIdOf(facts);
  // Balance where the right answer sits: each position as often as the others, for shuffled
  // options and for options in a fixed order alike (their distractors are chosen around it).
  const random = createRandom(deriveSeed(seed, 'positions'));
  const cycles = new Map<number, number[]>();
  const nextPosition = (size: number) => {
    let cycle = cycles.get(size);
    if (!cycle || cycle.length === 0) {
      cycle = shuffle([...Array(size).keys()], random);
      cycles.set(size, cycle);
    }
    return cycle.shift() ?? 0;
  };
  return ids.flatMap((id) => {
    const candidate = byId.get(id);
    const draft = candidate && build(facts, candidate, seed);
    if (!candidate || !draft) return [];
    if (draft.layout === 'shuffled') return [arrange(draft, nextPosition(draft.options.length), createRandom(deriveSeed(seed, `${id}:order`)))];
    if (draft.layout === 'ascending') return [build(facts, candidate, seed, nextPosition(draft.options.length)) ?? draft];
    return [draft];
  });
}


/** Whether every section an item relies on lies in the quiz's scope (a lesson check tests only its lesson). */
const sourcesInScope = (candidate: Candidate, scope: QuizScope) => candidate.sources.every((source) => inScope(source, scope));

/** The unit a candidate counts for in a blueprint: a scenario's own lesson, otherwise its first source. */
function unitOf(facts: FactBase, candidate: Candidate): string {
  if (!isScenarioId(candidate.id)) return candidate.source.unitId;
  const scenario = (facts.scenarios ?? []).find((s) => `scenario:${s.id}` === candidate.id);
  return scenario?.lesson.unitId ?? candidate.source.unitId;
}

/** The candidates a quiz of this scope may draw on, fresh ones first (shuffled by the seed), then the avoided ones. */
function poolOf(facts: FactBase, options: QuizOptions, random: Random): Candidate[] {
  const avoid = new Set(options.avoid ?? []);
  const lessonOf = new Map((facts.scenarios ?? []).map((scenario) => [`scenario:${scenario.id}`, scenario.lesson]));
  const pool = candidatesOf(facts).filter((candidate) => {
    const home = lessonOf.get(candidate.id) ?? candidate.source;
    return inScope(home, options.scope) && sourcesInScope(candidate, options.scope);
  });
  return [...shuffle(pool.filter((c) => !avoid.has(c.id)), random), ...shuffle(pool.filter((c) => avoid.has(c.id)), random)];
}

/**
 * Picks the question ids of a quiz, following its blueprint (blueprint.ts): scenario items
 * first (at least one, and one in five), then generated questions, unit by unit as the
 * blueprint shares them out, types spread. Never two items resting on one piece of knowledge,
 * nor one whose text gives another away (knowledge.ts): a quiz whose pool runs out of
 * independent items is shorter, never padded with a repeat. The order is shuffled by the seed.
 */
export function selectQuestions(facts: FactBase, options: QuizOptions): string[] {
  return planQuiz(facts, options).ids;
}

/** The quiz a seed gives and the blueprint it followed. */
export function planQuiz(facts: FactBase, options: QuizOptions): { ids: string[]; blueprint: Blueprint } {
  // A small pool may leave a draw short of the most independent items it holds: draw again
  // (a few times, seeded) and keep the longest, so that a quiz's length does not depend on its seed.
  // The longest seen for this scope is remembered, so that a draw reaching it stops there.
  const lengths = lengthCache.get(facts) ?? new Map<string, number>();
  lengthCache.set(facts, lengths);
  const key = `${JSON.stringify(options.scope)}|${options.count}`;
  let best = drawQuiz(facts, options, 0);
  for (let attempt = 1; attempt < 8 && best.ids.length < options.count && best.ids.length < (lengths.get(key) ?? options.count); attempt++) {
    const next = drawQuiz(facts, options, attempt);
    if (next.ids.length > best.ids.length) best = next;
  }
  // Still short of the length the intro announces (counted with seed 0, quiz-length.ts): the
  // draws found no larger set of independent items, though one exists. Seed 0's items, in this
  // seed's order and with this seed's options, are taken if they stay independent as shown.
  if (options.seed !== 0 && best.ids.length < options.count) {
    const announced = planQuiz(facts, { ...options, seed: 0 });
    if (announced.ids.length > best.ids.length) {
      const ids = shuffle(announced.ids, createRandom(deriveSeed(options.seed, 'order')));
      const shown = rebuildQuiz(facts, options.seed, ids);
      if (shown.length === ids.length && !firstClash(facts, shown)) best = { ids, blueprint: announced.blueprint };
    }
  }
  lengths.set(key, Math.max(lengths.get(key) ?? 0, best.ids.length));
  return best;
}

const lengthCache = new WeakMap<FactBase, Map<string, number>>();

function drawQuiz(facts: FactBase, options: QuizOptions, attempt: number): { ids: string[]; blueprint: Blueprint } {
  const random = createRandom(deriveSeed(options.seed, attempt === 0 ? 'select' : `select#${attempt}`));
  const pool = poolOf(facts, options, random);
  const generatedTypes = new Set(pool.filter((c) => !isScenarioId(c.id)).map((c) => c.type)).size;
  const plan = blueprint(facts, options.scope, options.count, generatedTypes);
  const quota = new Map(plan.units.map((unit) => [unit.unitId, unit.items]));
  const chosen: Question[] = [];
  const perUnit = new Map<string, number>();
  const perType = new Map<string, number>();
  const built = new Map<string, Question | null>();
  const questionOf = (candidate: Candidate) => {
    if (!built.has(candidate.id)) built.set(candidate.id, build(facts, candidate, options.seed));
    return built.get(candidate.id) ?? null;
  };
  const excluded = new Set<string>();
  const take = (candidate: Candidate, rules: { unitQuota: boolean; typeCap: boolean }): boolean => {
    if (chosen.length >= options.count || excluded.has(candidate.id) || chosen.some((q) => q.id === candidate.id)) return false;
    const unit = unitOf(facts, candidate);
    if (rules.unitQuota && (perUnit.get(unit) ?? 0) >= (quota.get(unit) ?? 0)) return false;
    if (rules.typeCap && !isScenarioId(candidate.id) && (perType.get(candidate.type) ?? 0) >= plan.perType) return false;
    const question = questionOf(candidate);
    if (!question || chosen.some((other) => conflict(facts, other, question))) return false;
    chosen.push(question);
    perUnit.set(unit, (perUnit.get(unit) ?? 0) + 1);
    perType.set(candidate.type, (perType.get(candidate.type) ?? 0) + 1);
    return true;
  };

  const scenarios = pool.filter((c) => isScenarioId(c.id));
  const generated = pool.filter((c) => !isScenarioId(c.id));
  const avoid = new Set(options.avoid ?? []);
  let spreads = 0;
  // A final spreads exposure (exposure.ts): each unit's remaining slots are first offered to
  // items sampled across its knowledge groups in proportion to their size; quizzes of one unit
  // or lesson keep the plain shuffle (their length, not exposure, is what matters there).
  const ordered = (): Candidate[] => {
    if (options.scope.kind !== 'course') return generated;
    const slots = new Map(plan.units.map((unit) => [unit.unitId, unit.items - (perUnit.get(unit.unitId) ?? 0)]));
    const random = createRandom(deriveSeed(options.seed, `spread#${attempt}#${spreads++}`));
    // Only what can still be taken is sampled: not the knowledge the scenarios already chosen rest on.
    const held = new Set(chosen.flatMap((q) => atomsOf(facts, q.facts)));
    const buildable = buildableOf(facts);
    const open = generated.filter((c) => buildable.has(c.id) && !avoid.has(c.id) && !atomsOf(facts, c.facts).some((atom) => held.has(atom)));
    const spread = spreadExposure(facts, open, { all: () => generatedOf(facts), unitOf: (c) => unitOf(facts, c), slots, random });
    const first = new Set(spread);
    return [...spread, ...generated.filter((c) => !first.has(c))];
  };
  // A final's scenarios are drawn with each unit's other items (exposure.ts); other quizzes
  // take them first, in the shuffled order, up to the blueprint's minimum.
  const scenarioPlan = ((): { order: Candidate[]; wanted: number } => {
    if (options.scope.kind !== 'course') return { order: scenarios, wanted: plan.scenarios };
    const buildable = buildableOf(facts);
    const generatedPerUnit = new Map<string, number>();
    for (const c of generated) if (buildable.has(c.id)) generatedPerUnit.set(unitOf(facts, c), (generatedPerUnit.get(unitOf(facts, c)) ?? 0) + 1);
    return spreadScenarios(scenarios, { unitOf: (c) => unitOf(facts, c), generated: generatedPerUnit, slots: quota, minimum: plan.scenarios, random: createRandom(deriveSeed(options.seed, `scenarios#${attempt}`)) });
  })();
  const fill = () => {
    let scenarioCount = chosen.filter((q) => q.type === 'scenario').length;
    for (const candidate of scenarioPlan.order) {
      if (scenarioCount >= scenarioPlan.wanted) break;
      if (take(candidate, { unitQuota: true, typeCap: false })) scenarioCount++;
    }
    const sequence = ordered();
    for (const rules of [
      { unitQuota: true, typeCap: true },
      { unitQuota: true, typeCap: false },
      // A unit whose pool ran out: others make up the count (never with a repeat).
      { unitQuota: false, typeCap: false },
    ]) {
      for (const candidate of sequence) take(candidate, rules);
    }
  };
  fill();
  // The quiz as shown puts each key at a balanced position, and options in a fixed order are
  // drawn around it: check the shown quiz again, and replace any item that now conflicts.
  const order = createRandom(deriveSeed(options.seed, 'order'));
  let ids = shuffle(chosen, order).map((q) => q.id);
  for (let round = 0; round < 4; round++) {
    const shown = rebuildQuiz(facts, options.seed, ids);
    const clash = firstClash(facts, shown);
    if (!clash) break;
    excluded.add(clash.id);
    const index = chosen.findIndex((q) => q.id === clash.id);
    const [gone] = chosen.splice(index, 1);
    if (gone) {
      const unit = unitOf(facts, byIdOf(facts).get(gone.id) ?? (pool[0] as Candidate));
      perUnit.set(unit, (perUnit.get(unit) ?? 1) - 1);
      perType.set(gone.type, (perType.get(gone.type) ?? 1) - 1);
    }
    fill();
    const kept = ids.filter((id) => id !== clash.id && chosen.some((q) => q.id === id));
    ids = [...kept, ...chosen.filter((q) => !kept.includes(q.id)).map((q) => q.id)];
  }
  return { ids, blueprint: plan };
}

/** The first question of a quiz as shown that conflicts with one before it (knowledge.ts), if any. */
const firstClash = (facts: FactBase, shown: readonly Question[]) => shown.find((q, i) => shown.slice(0, i).some((other) => conflict(facts, other, q)));

/** Every generated (not scenario) candidate of the course. */
const generatedOf = (facts: FactBase) => candidatesOf(facts).filter((c) => !isScenarioId(c.id));

const buildableCache = new WeakMap<FactBase, Set<string>>();
/**
 * The candidates that give a question whatever the seed: those whose seed-0 draws meet the
 * item rules (every seed falls back on them). A final's exposure is spread over these only: a
 * list item the rules always reject would otherwise hand its share to its list's other items.
 */
function buildableOf(facts: FactBase): Set<string> {
  let ids = buildableCache.get(facts);
  if (!ids) {
    ids = new Set(generatedOf(facts).filter((c) => build(facts, c, 0) !== null).map((c) => c.id));
    buildableCache.set(facts, ids);
  }
  return ids;
}

const byIdCache = new WeakMap<FactBase, Map<string, Candidate>>();
function byIdOf(facts: FactBase): Map<string, Candidate> {
  let map = byIdCache.get(facts);
  if (!map) {
    map = new Map(candidatesOf(facts).map((c) => [c.id, c]));
    byIdCache.set(facts, map);
  }
  return map;
}

/** A quiz in both languages: the same questions and answers, whichever is shown. */
export function generateBilingualQuiz(facts: FactBase, options: QuizOptions): Question[] {
  return rebuildQuiz(facts, options.seed, selectQuestions(facts, options));
}

/** Generates a quiz in one language. */
export function generateQuiz(facts: FactBase, options: QuizOptions & { lang: Lang }): LocalizedQuestion[] {
  return generateBilingualQuiz(facts, options).map((question) => localizeQuestion(question, options.lang));
}

/**
 * Every question the fact base gives, for one seed (options vary with it, ids do not); with
 * `onFacts`, only the questions resting on one of those facts (`kind:id`), for a review.
 */
export function generateQuestionBank(facts: FactBase, options: { seed: number; scope?: QuizScope; onFacts?: ReadonlySet<string> }): Question[] {
  const scope = options.scope ?? { kind: 'course' };
  const onFacts = options.onFacts;
  return candidatesOf(facts).flatMap((candidate) => {
    if (!inScope(candidate.source, scope)) return [];
    if (onFacts && !candidate.facts.some((fact) => onFacts.has(fact))) return [];
    const draft = build(facts, candidate, options.seed);
    if (!draft) return [];
    const position = Math.floor(createRandom(deriveSeed(options.seed, `${candidate.id}:position`))() * draft.options.length);
    if (draft.layout === 'ascending') return [build(facts, candidate, options.seed, position) ?? draft];
    return [arrange(draft, position, createRandom(deriveSeed(options.seed, `${candidate.id}:order`)))];
  });
}
