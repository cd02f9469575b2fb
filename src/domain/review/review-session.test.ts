import { describe, expect, it } from 'vitest';
import { compileRealCourse } from '../../../scripts/course-files';
import { generateQuestionBank } from '@/domain/quiz/generate-quiz';
import { planReview } from './review-session';
import { reviewFact, type ReviewCard } from './schedule';

/** The value, or the test fails here. */
function given<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const course = compileRealCourse();
const NOW = Date.UTC(2026, 11, 1, 9);

function cardAfter(factId: string, questionType: string): ReviewCard {
  return given(reviewFact(undefined, factId, { correct: false, questionId: `${questionType}:${factId}`, questionType, source: 'quiz' }, NOW)).card;
}

describe('planReview', () => {
  // Facts are named `kind:id`, as questions name them; events asked by more than one form.
  const eventIds = course.facts.events.map((event) => `event:${event.id}`).filter((ref) => generateQuestionBank(course.facts, { seed: 1 }).filter((q) => q.facts.length === 1 && q.facts[0] === ref).length >= 2).slice(0, 30);

  it('asks each due fact once, in the order given, with a question about that fact', () => {
    const due = eventIds.map((id) => cardAfter(id, 'event-year'));
    const plan = planReview(course.facts, due, 7);
    expect(plan.items.length).toBe(20);
    expect(plan.items.map((item) => item.factId)).toEqual(eventIds.slice(0, 20));
    for (const [i, item] of plan.items.entries()) {
      const question = plan.questions[i];
      expect(question?.id).toBe(item.questionId);
      expect(question?.facts).toContain(item.factId);
    }
    expect(new Set(plan.items.map((item) => item.questionId)).size).toBe(20);
  });

  it('asks in another form than last time when the fact allows it', () => {
    const due = eventIds.slice(0, 10).map((id) => cardAfter(id, 'event-year'));
    const plan = planReview(course.facts, due, 3);
    const changed = plan.questions.filter((question) => question.type !== 'event-year');
    expect(changed.length).toBe(plan.questions.length);
    // Asked last in the form just planned, the first fact is asked another way again.
    const again = planReview(course.facts, eventIds.slice(0, 10).map((id) => cardAfter(id, given(plan.questions[0]).type)), 3);
    expect(again.questions[0]?.type).not.toBe(plan.questions[0]?.type);
  });

  it('skips facts the fact base no longer has', () => {
    const plan = planReview(course.facts, [cardAfter('event:gone', 'event-year'), cardAfter(given(eventIds[0]), 'event-year')], 1);
    expect(plan.items.map((item) => item.factId)).toEqual([eventIds[0]]);
  });
});
