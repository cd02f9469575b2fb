/**
 * Spaced review in the completion record (version 3): the cards, their log and the review
 * sessions, as the device keeps them (epoch milliseconds) and as the record writes them (ISO
 * instants, questions by index into the record's `questions`). Pure, and without the scheduler:
 * converting never reschedules anything.
 */
import type { StoredQuestion } from '@/domain/attempt/stored-attempt';
import type { QuestionType } from '@/domain/quiz/question';
import type { StoredReviewSession } from '@/domain/review/review-session';
import type { ReviewCard, ReviewLogEntry } from '@/domain/review/schedule';
import { QuestionTable, unpackQuestion } from './record-questions';
import type { CompletionRecord, RecordReview } from './record-schema';

/** What the device keeps of spaced review. */
export interface StoredReview {
  cards: readonly ReviewCard[];
  log: readonly ReviewLogEntry[];
  sessions: readonly StoredReviewSession[];
}

export const EMPTY_REVIEW: StoredReview = { cards: [], log: [], sessions: [] };

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (instant: string) => Date.parse(instant);
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** The record's `review`: cards by fact, the log oldest first, sessions by start. */
export function recordReview(review: StoredReview, table: QuestionTable): RecordReview {
  return {
    cards: [...review.cards]
      .sort((a, b) => a.factId.localeCompare(b.factId))
      .map((card) =>
        defined({
          factId: card.factId,
          due: iso(card.due),
          stability: card.stability,
          difficulty: card.difficulty,
          elapsedDays: card.elapsedDays,
          scheduledDays: card.scheduledDays,
          learningSteps: card.learningSteps,
          reps: card.reps,
          lapses: card.lapses,
          state: card.state,
          lastReview: card.lastReview === undefined ? undefined : iso(card.lastReview),
          lastType: card.lastType as QuestionType | undefined,
          createdAt: iso(card.createdAt),
        }),
      ),
    log: [...review.log]
      .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
      .map((entry) =>
        defined({
          factId: entry.factId,
          at: iso(entry.at),
          rating: entry.rating,
          source: entry.source,
          questionId: entry.questionId,
          questionType: entry.questionType as QuestionType,
          due: iso(entry.due),
          responseMs: entry.responseMs,
        }),
      ),
    sessions: [...review.sessions]
      .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id))
      .map((session) =>
        defined({
          id: session.id,
          seed: session.seed,
          lang: session.lang,
          items: session.items.map((item) => ({ ...item })),
          questions: session.questions.map((question) => table.ref(question)),
          contentVersion: session.contentVersion,
          generatorVersion: session.generatorVersion,
          responses: session.items.flatMap(({ questionId }) => {
            const response = Object.hasOwn(session.responses, questionId) ? session.responses[questionId] : undefined;
            return response ? [{ questionId, optionIds: [...response.optionIds], answeredAt: iso(response.answeredAt), lang: response.lang, correct: response.correct, due: iso(response.due) }] : [];
          }),
          current: session.current,
          startedAt: iso(session.startedAt),
          finishedAt: session.finishedAt === undefined ? undefined : iso(session.finishedAt),
          updatedAt: iso(session.updatedAt),
        }),
      ),
  };
}

/** The device rows a record's `review` describes. */
export function reviewRowsFromRecord(record: Pick<CompletionRecord, 'review' | 'questions' | 'texts'>): { cards: ReviewCard[]; log: ReviewLogEntry[]; sessions: StoredReviewSession[] } {
  const questions: (StoredQuestion | undefined)[] = [];
  const questionAt = (at: number) => (questions[at] ??= record.questions[at] && unpackQuestion(record.questions[at], record.texts));
  const { review } = record;
  return {
    cards: review.cards.map((card) =>
      defined({
        factId: card.factId,
        due: ms(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        elapsedDays: card.elapsedDays,
        scheduledDays: card.scheduledDays,
        learningSteps: card.learningSteps,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        lastReview: card.lastReview === undefined ? undefined : ms(card.lastReview),
        lastType: card.lastType,
        createdAt: ms(card.createdAt),
      }),
    ),
    log: review.log.map((entry) =>
      defined({
        id: `${entry.factId}@${ms(entry.at)}`,
        factId: entry.factId,
        at: ms(entry.at),
        rating: entry.rating,
        source: entry.source,
        questionId: entry.questionId,
        questionType: entry.questionType,
        due: ms(entry.due),
        responseMs: entry.responseMs,
      }),
    ),
    sessions: review.sessions.map((session) =>
      defined({
        id: session.id,
        seed: session.seed,
        lang: session.lang,
        items: session.items.map((item) => ({ ...item })),
        questions: session.questions.flatMap((at) => questionAt(at) ?? []),
        contentVersion: session.contentVersion,
        generatorVersion: session.generatorVersion,
        // Built key by key: a hostile question id such as `__proto__` stays plain data.
        responses: Object.fromEntries(session.responses.map((r) => [r.questionId, { optionIds: [...r.optionIds], answeredAt: ms(r.answeredAt), lang: r.lang, correct: r.correct, due: ms(r.due) }])),
        current: session.current,
        startedAt: ms(session.startedAt),
        finishedAt: session.finishedAt === undefined ? undefined : ms(session.finishedAt),
        updatedAt: ms(session.updatedAt),
      }),
    ),
  };
}
