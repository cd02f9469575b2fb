/**
 * A review session: up to 20 due facts, each asked by a question freshly generated on that
 * fact, in another form than the last time it was asked wherever the fact allows one.
 */
import type { FactBase, Lang } from '@/content/course-types';
import type { StoredResponse } from '@/domain/attempt/stored-attempt';
import { generateQuestionBank, rebuildQuiz } from '@/domain/quiz/generate-quiz';
import type { Question } from '@/domain/quiz/question';
import { createRandom, deriveSeed, shuffle } from '@/domain/quiz/random';
import { cardFactIds } from './history';
import type { ReviewCard } from './schedule';

export const REVIEW_SESSION_SIZE = 20;

export interface ReviewPlan {
  /** The facts asked, in order, each with the id of the question that asks it. */
  items: { factId: string; questionId: string }[];
  questions: Question[];
}

/** A review session as the device keeps it: its questions as shown (both languages), each answer with the due date it set. */
export interface StoredReviewSession {
  id: string;
  seed: number;
  lang: Lang;
  items: ReviewPlan['items'];
  questions: Question[];
  contentVersion: string;
  generatorVersion: number;
  responses: Record<string, StoredResponse & { correct: boolean; due: number }>;
  current: number;
  startedAt: number;
  finishedAt?: number;
  updatedAt: number;
}

/**
 * Plans a session for `due` (most urgent first): one question per fact, about that fact only
 * when such a question exists, of a type other than the card's last; facts with no question
 * left in today's fact base are skipped.
 */
export function planReview(facts: FactBase, due: readonly ReviewCard[], seed: number, size = REVIEW_SESSION_SIZE): ReviewPlan {
  // Only the questions on the facts a session may ask (the most urgent first, a few spare for
  // facts the course no longer asks about), not the whole bank.
  const byFact = new Map<string, Question[]>();
  let built = 0;
  const buildUpTo = (count: number) => {
    const refs = new Set(due.slice(built, count).map((card) => card.factId));
    built = Math.max(built, count);
    if (refs.size === 0) return;
    for (const question of generateQuestionBank(facts, { seed, onFacts: refs })) for (const factId of cardFactIds(question)) byFact.set(factId, [...(byFact.get(factId) ?? []), question]);
  };
  const random = createRandom(deriveSeed(seed, 'review'));
  const items: ReviewPlan['items'] = [];
  const taken = new Set<string>();
  for (const [index, card] of due.entries()) {
    if (items.length === size) break;
    if (index >= built) buildUpTo(index + size * 2);
    const options = (byFact.get(card.factId) ?? []).filter((question) => !taken.has(question.id));
    if (options.length === 0) continue;
    // About this fact alone first (a question on two facts would review the other too), then a new form.
    const ranked = shuffle(options, random).sort((a, b) => a.facts.length - b.facts.length || Number(a.type === card.lastType) - Number(b.type === card.lastType));
    const question = ranked.find((q) => q.facts.length === 1 && q.type !== card.lastType) ?? ranked.find((q) => q.type !== card.lastType) ?? ranked[0];
    if (!question) continue;
    taken.add(question.id);
    items.push({ factId: card.factId, questionId: question.id });
  }
  return { items, questions: rebuildQuiz(facts, seed, items.map((item) => item.questionId)) };
}
