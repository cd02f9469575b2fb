/**
 * Review cards from answers already given: one card per fact, moved by every graded answer on
 * that fact in the order the answers were given. The database upgrade to review cards (db.ts,
 * version 5) and the import of a record without cards use it, so a learner who studied before
 * spaced review keeps a history. Pure: answers come in with their times.
 */
import type { StoredAttempt } from '@/domain/attempt/stored-attempt';
import { isCorrect } from '@/domain/quiz/question';
import { reviewFact, type AnswerEvidence, type ReviewCard, type ReviewLogEntry, type ReviewSource } from './schedule';

const KINDS = /^(event|entity|figure|set|term):/;

/** The kind of fact a question made by generator 1 rested on, from its id (`purpose:x` is on an entity). */
function legacyKind(questionId: string): string {
  if (/^(purpose|purpose-reverse|location|true-false:location):/.test(questionId)) return 'entity';
  if (/^(figure|true-false:figure):/.test(questionId)) return 'figure';
  if (questionId.startsWith('set-member:')) return 'set';
  if (questionId.startsWith('acronym:')) return 'term';
  return 'event';
}

/**
 * The card a fact of a question is filed under: its reference, kind and id (`event:prague-summit`),
 * as every question names it since generator 2 (issue 13). Questions stored by generator 1 named
 * generated questions' facts by their bare id, which several kinds share (`eagle-assist` is an
 * event and an entity): their kind comes from the question's id.
 */
export function reviewFactId(questionFact: string, questionId: string): string {
  return KINDS.test(questionFact) ? questionFact : `${legacyKind(questionId)}:${questionFact}`;
}

/** The cards a question's facts are filed under, once each. */
export const cardFactIds = (question: { id: string; facts: readonly string[] }) => [...new Set(question.facts.map((fact) => reviewFactId(fact, question.id)))];

/** One graded answer on the facts of its question. */
export interface AnsweredItem extends AnswerEvidence {
  facts: readonly string[];
  questionId: string;
  questionType: string;
  source: ReviewSource;
  at: number;
}

/**
 * Applies one answer to the card of each fact its question is about (creating the cards),
 * in `cards` (changed in place, the caller's working copy); returns the log entries made.
 */
export function applyAnswer(cards: Map<string, ReviewCard>, item: AnsweredItem): ReviewLogEntry[] {
  const logs: ReviewLogEntry[] = [];
  for (const factId of cardFactIds({ id: item.questionId, facts: item.facts })) {
    const moved = reviewFact(cards.get(factId), factId, item, item.at);
    if (!moved) continue;
    cards.set(factId, moved.card);
    logs.push(moved.log);
  }
  return logs;
}

/** Every graded answer of the attempts, oldest first (answers whose question is not stored are skipped). */
export function answeredItems(attempts: readonly Pick<StoredAttempt, 'questions' | 'responses'>[]): AnsweredItem[] {
  const items: AnsweredItem[] = [];
  for (const attempt of attempts) {
    const byId = new Map(attempt.questions.map((question) => [question.id, question]));
    for (const [questionId, response] of Object.entries(attempt.responses)) {
      const question = byId.get(questionId);
      if (!question || question.facts.length === 0) continue;
      const correct = response.correct ?? isCorrect(question, response.optionIds);
      items.push({ facts: question.facts, questionId, questionType: question.type, source: 'quiz', at: response.answeredAt, correct });
    }
  }
  return items.sort((a, b) => a.at - b.at || a.questionId.localeCompare(b.questionId));
}

/**
 * The cards and review log the attempts' answers give, each answer applied in time order
 * (wrong → Again, right → Good: a stored answer keeps no sign of hesitation), on top of
 * `existing` cards (answers older than a card's last review leave it as it is).
 */
export function cardsFromAttempts(attempts: readonly Pick<StoredAttempt, 'questions' | 'responses'>[], existing: readonly ReviewCard[] = []): { cards: ReviewCard[]; logs: ReviewLogEntry[] } {
  const cards = new Map(existing.map((card) => [card.factId, card]));
  const logs = new Map<string, ReviewLogEntry>();
  for (const item of answeredItems(attempts)) for (const log of applyAnswer(cards, item)) logs.set(log.id, log);
  const touched = new Set([...logs.values()].map((log) => log.factId));
  return { cards: [...cards.values()].filter((card) => touched.has(card.factId)), logs: [...logs.values()] };
}
