import validation from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { compileRealCourse } from '../../../scripts/course-files.ts';
import { learnerHistory } from '../../../scripts/record-fixtures.ts';
import { isCorrect } from '@/domain/quiz/question';
import { applyAnswer, cardsFromAttempts } from '@/domain/review/history';
import { planReview, type StoredReviewSession } from '@/domain/review/review-session';
import { dueCards, DAY_MS, type ReviewCard, type ReviewLogEntry } from '@/domain/review/schedule';
import { buildRecord, seal } from './build-record';
import { parseRecord } from './parse-record';
import { reviewRowsFromRecord } from './record-review';
import { completionRecordSchema, type CompletionRecord, type CompletionRecordV2 } from './record-schema';
import { recordStatements, reviewExtension } from './xapi';

const validate = ((validation as unknown as { default?: typeof validation }).default ?? validation) as (statement: unknown) => unknown[];
const course = compileRealCourse();
const CONTENT_VERSION = 'a'.repeat(64);
const history = learnerHistory(9, { attempts: 12, lessonsOpened: 0.7, skill: 0.6, unfinished: 0.1 });
const lastAnswer = Math.max(...history.attempts.flatMap((a) => Object.values(a.responses).map((r) => r.answeredAt)));
const REVIEW_DAY = lastAnswer + 3 * DAY_MS;
const NOW = REVIEW_DAY + DAY_MS;
const byFact = <T extends { factId: string }>(list: readonly T[]) => [...list].sort((a, b) => a.factId.localeCompare(b.factId));

/** The history's answers as cards, then a review session three days later: half its answers right. */
function reviewedHistory(): { cards: ReviewCard[]; log: ReviewLogEntry[]; sessions: StoredReviewSession[] } {
  const start = cardsFromAttempts(history.attempts);
  const cards = new Map(start.cards.map((card) => [card.factId, card]));
  const log = [...start.logs];
  const plan = planReview(course.facts, dueCards(start.cards, REVIEW_DAY), 5, 6);
  const responses: StoredReviewSession['responses'] = {};
  plan.items.forEach((item, i) => {
    const question = plan.questions[i];
    if (!question) throw new Error('no question planned');
    const optionIds = i % 2 === 0 ? question.answer : [question.options.find((o) => !question.answer.includes(o.id))?.id ?? ''];
    const at = REVIEW_DAY + i * 20_000;
    const correct = isCorrect(question, optionIds);
    const moved = applyAnswer(cards, { facts: question.facts, questionId: question.id, questionType: question.type, source: 'review', at, correct, responseMs: 8000 });
    log.push(...moved);
    responses[question.id] = { optionIds, answeredAt: at, lang: 'en', correct, due: moved.find((entry) => entry.factId === item.factId)?.due ?? at };
  });
  const session: StoredReviewSession = { id: 'r1', seed: 5, lang: 'en', items: plan.items, questions: plan.questions, contentVersion: CONTENT_VERSION, generatorVersion: 1, responses, current: plan.items.length - 1, startedAt: REVIEW_DAY, finishedAt: REVIEW_DAY + 200_000, updatedAt: REVIEW_DAY + 200_000 };
  return { cards: [...cards.values()], log, sessions: [session] };
}

const review = reviewedHistory();
const record = buildRecord({ courseId: course.id, contentVersion: CONTENT_VERSION, build: 'test', outlines: course.outlines, ...history, review, now: NOW });
const read = (text: string) => parseRecord(text, text.length, { courseId: course.id, now: NOW });

describe('the completion record, version 3', () => {
  it('carries every card, every log entry and the review sessions, and passes its strict schema', () => {
    expect(record.version).toBe(3);
    expect(completionRecordSchema.safeParse(record).success).toBe(true);
    expect(record.review.cards).toHaveLength(review.cards.length);
    expect(record.review.log).toHaveLength(review.log.length);
    expect(record.review.log.filter((entry) => entry.source === 'review')).toHaveLength(review.log.filter((entry) => entry.source === 'review').length);
    expect(record.review.log.filter((entry) => entry.source === 'review').length).toBeGreaterThanOrEqual(Object.keys(review.sessions[0]?.responses ?? {}).length);
    expect(record.review.sessions[0]?.responses).toHaveLength(review.sessions[0]?.items.length ?? -1);
  });

  it('gives the same schedule once imported: the same cards, due on the same days', () => {
    const parsed = read(JSON.stringify(record, null, 2));
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    const rows = reviewRowsFromRecord(parsed.record);
    expect(byFact(rows.cards)).toEqual(byFact(review.cards));
    expect(rows.log.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))).toEqual([...review.log].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)));
    expect(rows.sessions).toEqual(review.sessions);
    for (const day of [NOW, NOW + 7 * DAY_MS, NOW + 30 * DAY_MS]) expect(dueCards(rows.cards, day).map((c) => c.factId)).toEqual(dueCards(review.cards, day).map((c) => c.factId));
  });

  it('refuses cards the log does not give, and a log entry written twice', () => {
    const resealed = (change: (r: CompletionRecord) => void) => {
      const copy = structuredClone(record);
      change(copy);
      const { integrity: _i, ...rest } = copy;
      return JSON.stringify(seal(rest));
    };
    const moved = resealed((r) => {
      const card = r.review.cards[0];
      if (card) card.due = new Date(Date.parse(card.due) + 30 * DAY_MS).toISOString();
    });
    expect(read(moved)).toMatchObject({ ok: false, problem: { code: 'inconsistent', path: 'review.cards', reason: 'cards-disagree-with-log' } });
    const twice = resealed((r) => r.review.log.push(structuredClone(r.review.log[0] as CompletionRecord['review']['log'][number])));
    expect(read(twice)).toMatchObject({ ok: false, problem: { code: 'inconsistent', reason: 'review-log-twice' } });
  });

  it('still reads a version-2 record (no review): its graded answers become the cards of their facts', () => {
    const { integrity: _i, review: _r, ...rest } = buildRecord({ courseId: course.id, contentVersion: CONTENT_VERSION, build: 'test', outlines: course.outlines, ...history, now: NOW });
    const v2 = seal({ ...rest, version: 2 } as unknown as Parameters<typeof seal>[0]) as unknown as CompletionRecordV2;
    const parsed = read(JSON.stringify(v2));
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    expect(parsed.record.version).toBe(3);
    const expected = cardsFromAttempts(history.attempts);
    expect(expected.cards.length).toBeGreaterThan(10);
    expect(byFact(reviewRowsFromRecord(parsed.record).cards)).toEqual(byFact(expected.cards));
    expect(parsed.record.review.sessions).toEqual([]);
  });
});

describe('review answers in xAPI', () => {
  const statements = recordStatements(record, { base: 'https://lms.example.org/sentinelle' });
  const marked = reviewExtension('https://lms.example.org/sentinelle');
  const reviews = statements.filter((s) => s.context.extensions?.[marked]);

  it('are `answered` statements in the course review activity, marked by the review extension with the fact and the due date set', () => {
    const session = record.review.sessions[0];
    expect(reviews).toHaveLength(session?.responses.length ?? -1);
    for (const [i, statement] of reviews.entries()) {
      const response = session?.responses[i];
      expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(statement.context.contextActivities.parent?.[0]?.id).toBe(`https://lms.example.org/sentinelle/courses/${course.id}/review`);
      expect(statement.context.extensions?.[marked]).toEqual({ fact: session?.items.find((item) => item.questionId === response?.questionId)?.factId, due: response?.due });
      expect(statement.result).toEqual({ response: response?.optionIds.join('[,]'), success: response?.correct });
      expect(statement.timestamp).toBe(response?.answeredAt);
      expect(statement.object.definition?.name?.['en-US']).toBeTruthy();
    }
    // The quiz answers stay unmarked.
    expect(statements.filter((s) => s.verb.id.endsWith('/answered') && !s.context.extensions).length).toBe(record.quizAttempts.reduce((n, a) => n + a.responses.length, 0));
  });

  it('all pass the xAPI validator with no warnings, with ids of their own', () => {
    for (const statement of reviews) expect(validate(JSON.parse(JSON.stringify(statement)))).toEqual([]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });
});
