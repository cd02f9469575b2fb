/**
 * Chooses and builds quizzes from the fact base. Deterministic: a question depends only on
 * the seed and its id, and a quiz only on the seed, its scope, its size and what to avoid.
 */
import type { FactBase, Lang, LessonRef } from '@/content/course-types';
import type { Candidate } from './candidate';
import { allCandidates } from './candidates';
import { localizeQuestion, type LocalizedQuestion, type Question } from './question';
import { createRandom, deriveSeed, shuffle, type Random } from './random';
import { isScenarioId, scenarioCandidates, scenarioQuota } from './scenario-candidates';

export type QuizScope = { kind: 'course' } | { kind: 'unit'; unitId: string } | { kind: 'lesson'; unitId: string; lessonId: string };

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

export function inScope(source: LessonRef, scope: QuizScope): boolean {
  if (scope.kind === 'course') return true;
  if (scope.kind === 'unit') return source.unitId === scope.unitId;
  return source.unitId === scope.unitId && source.lessonId === scope.lessonId;
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

function build(candidate: Candidate, seed: number): Question | null {
  const built = candidate.build(createRandom(deriveSeed(seed, candidate.id)));
  return built && { id: candidate.id, type: candidate.type, facts: candidate.facts, source: candidate.source, ...built };
}

/**
 * Rebuilds a quiz from its seed and question ids, as `generateQuiz` made it: the same
 * questions, options and positions. Ids the fact base no longer has are skipped.
 */
export function rebuildQuiz(facts: FactBase, seed: number, ids: readonly string[]): Question[] {
  const byId = new Map(candidatesOf(facts).map((candidate) => [candidate.id, candidate]));
  const built = ids.flatMap((id) => {
    const candidate = byId.get(id);
    const question = candidate && build(candidate, seed);
    return question ? [question] : [];
  });
  // Balance where the right answer sits: each position as often as the others.
  const random = createRandom(deriveSeed(seed, 'positions'));
  const cycles = new Map<number, number[]>();
  return built.map((question) => {
    const size = question.options.length;
    let cycle = cycles.get(size);
    if (!cycle || cycle.length === 0) {
      cycle = shuffle([...Array(size).keys()], random);
      cycles.set(size, cycle);
    }
    const position = question.layout === 'shuffled' ? (cycle.shift() ?? 0) : 0;
    return arrange(question, position, createRandom(deriveSeed(seed, `${question.id}:order`)));
  });
}

/**
 * Picks the scenario items of a quiz: `scenarioQuota(count)` of them from the scope (a
 * scenario belongs to the lesson it is attached to), fresh ones first, spread over lessons.
 */
function selectScenarios(facts: FactBase, options: QuizOptions): Candidate[] {
  const random = createRandom(deriveSeed(options.seed, 'select-scenarios'));
  const avoid = new Set(options.avoid ?? []);
  const lessonOf = new Map((facts.scenarios ?? []).map((scenario) => [`scenario:${scenario.id}`, scenario.lesson]));
  const pool = candidatesOf(facts).filter((candidate) => {
    const lesson = lessonOf.get(candidate.id);
    return lesson !== undefined && inScope(lesson, options.scope);
  });
  const ordered = [...shuffle(pool.filter((c) => !avoid.has(c.id)), random), ...shuffle(pool.filter((c) => avoid.has(c.id)), random)];
  const quota = Math.min(scenarioQuota(options.count), pool.length);
  const chosen: Candidate[] = [];
  const lessons = new Set<string>();
  const usedFacts = new Set<string>();
  const take = (candidate: Candidate, strict: boolean) => {
    const lesson = lessonOf.get(candidate.id);
    const key = lesson ? `${lesson.unitId}/${lesson.lessonId}` : '';
    if (chosen.length >= quota || chosen.includes(candidate)) return;
    if (strict && (lessons.has(key) || candidate.facts.some((fact) => usedFacts.has(fact)))) return;
    chosen.push(candidate);
    lessons.add(key);
    candidate.facts.forEach((fact) => usedFacts.add(fact));
  };
  // One per lesson and never two on one fact first, so that a unit or course quiz samples several lessons.
  for (const candidate of ordered) take(candidate, true);
  for (const candidate of ordered) if (candidate.facts.every((fact) => !usedFacts.has(fact))) take(candidate, false);
  for (const candidate of ordered) take(candidate, false);
  return chosen;
}

/**
 * Picks the question ids of a quiz: its scenario items (at least one, and at least 20 %),
 * then generated questions (varied types, spread over units, never two on one fact, none
 * on a fact a chosen scenario rests on), the scenarios placed at seeded positions.
 */
export function selectQuestions(facts: FactBase, options: QuizOptions): string[] {
  const scenarios = selectScenarios(facts, options);
  const generated = selectGenerated(facts, { ...options, count: options.count - scenarios.length }, scenarios.flatMap((c) => c.facts.map(bareFactId)));
  if (scenarios.length === 0) return generated;
  const ids = [...generated];
  const random = createRandom(deriveSeed(options.seed, 'scenario-positions'));
  for (const candidate of scenarios) ids.splice(Math.floor(random() * (ids.length + 1)), 0, candidate.id);
  return ids;
}

/** Generated questions name facts by their bare id; scenarios by `kind:id`. */
const bareFactId = (ref: string) => ref.slice(ref.indexOf(':') + 1);

/** The generated (fact-based) part of a quiz, as chosen before scenarios existed. */
function selectGenerated(facts: FactBase, options: QuizOptions, reservedFacts: readonly string[]): string[] {
  const random = createRandom(deriveSeed(options.seed, 'select'));
  const avoid = new Set(options.avoid ?? []);
  const pool = candidatesOf(facts).filter((candidate) => !isScenarioId(candidate.id) && inScope(candidate.source, options.scope));
  const fresh = pool.filter((candidate) => !avoid.has(candidate.id));
  const ordered = [...shuffle(fresh, random), ...shuffle(pool.filter((candidate) => avoid.has(candidate.id)), random)];
  const types = new Set(pool.map((candidate) => candidate.type)).size;
  const typeCap = Math.ceil(options.count / Math.max(1, types)) + 1;

  const chosen: Candidate[] = [];
  const usedFacts = new Set<string>(reservedFacts);
  const typeCount = new Map<string, number>();
  const take = (candidate: Candidate, strict: boolean): boolean => {
    if (chosen.length === options.count || chosen.includes(candidate)) return false;
    if (candidate.facts.some((fact) => usedFacts.has(fact)) && strict) return false;
    if (strict && (typeCount.get(candidate.type) ?? 0) >= typeCap) return false;
    if (!build(candidate, options.seed)) return false;
    chosen.push(candidate);
    candidate.facts.forEach((fact) => usedFacts.add(fact));
    typeCount.set(candidate.type, (typeCount.get(candidate.type) ?? 0) + 1);
    return true;
  };
  // Round-robin over units, so that a course-wide quiz covers every unit evenly.
  const byUnit = new Map<string, Candidate[]>();
  for (const candidate of ordered.slice(0, fresh.length)) byUnit.set(candidate.source.unitId, [...(byUnit.get(candidate.source.unitId) ?? []), candidate]);
  const queues = shuffle([...byUnit.values()], random);
  let progress = true;
  while (chosen.length < options.count && progress) {
    progress = false;
    for (const queue of queues) {
      while (queue.length > 0) {
        const candidate = queue.shift();
        if (candidate && take(candidate, true)) {
          progress = true;
          break;
        }
      }
    }
  }
  // Small pools: the previous attempt's questions, then relax the type cap, then allow a fact twice.
  for (const candidate of ordered) take(candidate, true);
  for (const candidate of ordered) if (candidate.facts.every((fact) => !usedFacts.has(fact))) take(candidate, false);
  for (const candidate of ordered) take(candidate, false);
  return chosen.map((candidate) => candidate.id);
}

/** A quiz in both languages: the same questions and answers, whichever is shown. */
export function generateBilingualQuiz(facts: FactBase, options: QuizOptions): Question[] {
  return rebuildQuiz(facts, options.seed, selectQuestions(facts, options));
}

/** Generates a quiz in one language. */
export function generateQuiz(facts: FactBase, options: QuizOptions & { lang: Lang }): LocalizedQuestion[] {
  return generateBilingualQuiz(facts, options).map((question) => localizeQuestion(question, options.lang));
}

/** Every question the fact base gives, for one seed (options vary with it, ids do not). */
export function generateQuestionBank(facts: FactBase, options: { seed: number; scope?: QuizScope }): Question[] {
  const scope = options.scope ?? { kind: 'course' };
  return candidatesOf(facts).flatMap((candidate) => {
    if (!inScope(candidate.source, scope)) return [];
    const question = build(candidate, options.seed);
    if (!question) return [];
    const random = createRandom(deriveSeed(options.seed, `${candidate.id}:order`));
    return [arrange(question, Math.floor(createRandom(deriveSeed(options.seed, `${candidate.id}:position`))() * question.options.length), random)];
  });
}
