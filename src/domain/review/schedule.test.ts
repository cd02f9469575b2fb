import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardsFromLog, DAY_MS, dueCards, endOfDay, isUnusuallySlow, newCard, ratingFor, recallProbability, retentionByUnit, reviewFact, type ReviewCard, type ReviewedAnswer } from './schedule';

/** The value, or the test fails here. */
function given<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const answer = (correct: boolean, extra: Partial<ReviewedAnswer> = {}): ReviewedAnswer => ({ correct, questionId: 'q', questionType: 'event-year', source: 'quiz', ...extra });

describe('ratingFor', () => {
  it('rates a wrong answer Again, a right one Good', () => {
    expect(ratingFor({ correct: false })).toBe(1);
    expect(ratingFor({ correct: true })).toBe(3);
  });
  it('rates a right answer Hard after a change of mind or when unusually slow', () => {
    expect(ratingFor({ correct: true, changedAnswer: true })).toBe(2);
    expect(ratingFor({ correct: true, responseMs: 95_000, typicalMs: 12_000 })).toBe(2);
    expect(ratingFor({ correct: true, responseMs: 25_000, typicalMs: 12_000 })).toBe(3);
    expect(ratingFor({ correct: false, changedAnswer: true, responseMs: 95_000 })).toBe(1);
  });
  it('never rates Easy, whatever the evidence', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.option(fc.nat(600_000), { nil: undefined }), fc.option(fc.nat(60_000), { nil: undefined }), (correct, changedAnswer, responseMs, typicalMs) => {
        expect(ratingFor({ correct, changedAnswer, responseMs, typicalMs })).toBeLessThan(4);
      }),
    );
  });
  it('judges slowness against the learner’s own pace, with a 30-second floor', () => {
    expect(isUnusuallySlow(29_000, 1_000)).toBe(false);
    expect(isUnusuallySlow(31_000, 1_000)).toBe(true);
    expect(isUnusuallySlow(50_000, 20_000)).toBe(false);
    expect(isUnusuallySlow(61_000, 20_000)).toBe(true);
    expect(isUnusuallySlow(undefined, 20_000)).toBe(false);
  });
});

describe('reviewFact', () => {
  it('creates the card on the first answer and logs what happened', () => {
    const result = reviewFact(undefined, 'event:dexter', answer(true), NOW);
    expect(result?.card).toMatchObject({ factId: 'event:dexter', reps: 1, lastReview: NOW, lastType: 'event-year', createdAt: NOW });
    expect(result?.log).toEqual({ id: `event:dexter@${NOW}`, factId: 'event:dexter', at: NOW, rating: 3, source: 'quiz', questionId: 'q', questionType: 'event-year', due: result?.card.due });
  });

  it('makes a fact missed today due before one answered right today', () => {
    const missed = reviewFact(undefined, 'a', answer(false), NOW)?.card;
    const hard = reviewFact(undefined, 'b', answer(true, { changedAnswer: true }), NOW)?.card;
    const right = reviewFact(undefined, 'c', answer(true), NOW)?.card;
    expect(missed && hard && right).toBeTruthy();
    expect(given(missed).due).toBeLessThan(given(right).due);
    expect(given(hard).due).toBeLessThanOrEqual(given(right).due);
    // Days, not minutes: even a missed fact comes back tomorrow, not in ten minutes.
    expect(given(missed).due - NOW).toBeGreaterThanOrEqual(DAY_MS);
    expect(dueCards([given(right), given(missed), given(hard)], NOW + 1.5 * DAY_MS).map((card) => card.factId)[0]).toBe('a');
  });

  it('schedules further out after each right answer, and back in after a miss', () => {
    let card: ReviewCard | undefined;
    let at = NOW;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = given(reviewFact(card, 'f', answer(true), at)).card;
      intervals.push(card.due - at);
      at = card.due;
    }
    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(new Set(intervals).size).toBe(4);
    const lapsed = given(reviewFact(card, 'f', answer(false), at)).card;
    expect(lapsed.due - at).toBeLessThan(given(intervals.at(-1)));
    expect(lapsed.lapses).toBe(1);
  });

  it('ignores an answer older than the card’s last review', () => {
    const card = given(reviewFact(undefined, 'f', answer(true), NOW)).card;
    expect(reviewFact(card, 'f', answer(false), NOW - 1000)).toBeNull();
  });

  it('schedules the same after the card goes through JSON (storage, export, re-import)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ correct: fc.boolean(), changedAnswer: fc.boolean(), gapHours: fc.integer({ min: 1, max: 24 * 40 }) }), { minLength: 1, maxLength: 12 }), (answers) => {
        let direct: ReviewCard | undefined;
        let stored: ReviewCard | undefined;
        let at = NOW;
        for (const a of answers) {
          at += a.gapHours * 3_600_000;
          direct = given(reviewFact(direct, 'f', answer(a.correct, { changedAnswer: a.changedAnswer }), at)).card;
          stored = JSON.parse(JSON.stringify(given(reviewFact(stored, 'f', answer(a.correct, { changedAnswer: a.changedAnswer }), at)).card)) as ReviewCard;
        }
        expect(stored).toEqual(direct);
      }),
    );
  });
});

describe('recall and retention', () => {
  it('falls over time without review, from near 1 just after an answer', () => {
    const card = given(reviewFact(undefined, 'f', answer(true), NOW)).card;
    const now = recallProbability(card, NOW);
    const later = recallProbability(card, NOW + 10 * DAY_MS);
    expect(now).toBeGreaterThan(0.99);
    expect(later).toBeLessThan(now);
    expect(recallProbability(newCard('g', NOW), NOW)).toBe(0);
  });

  it('gives each unit its studied share and a falling 30-day curve', () => {
    const cards = [given(reviewFact(undefined, 'a', answer(true), NOW)).card, given(reviewFact(undefined, 'b', answer(false), NOW)).card];
    const [unit, empty] = retentionByUnit(cards, new Map([['u1', ['a', 'b', 'c']], ['u2', ['d']]]), NOW + DAY_MS);
    expect(unit).toMatchObject({ unitId: 'u1', facts: 3, studied: 2 });
    expect(given(unit).curve).toHaveLength(31);
    expect(given(unit).today).toBe(given(unit).curve[0]);
    for (let day = 1; day < given(unit).curve.length; day++) expect(given(unit).curve[day]).toBeLessThanOrEqual(given(given(unit).curve[day - 1]));
    expect(empty).toEqual({ unitId: 'u2', facts: 1, studied: 0, today: 0, curve: Array(31).fill(0) });
  });

  it('ends the learner’s day at their local midnight', () => {
    // 23:30 in Paris (UTC+1, offset -60) on 1 December is 22:30 UTC.
    const late = Date.UTC(2026, 11, 1, 22, 30);
    expect(new Date(endOfDay(late, -60) + 1).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(new Date(endOfDay(Date.UTC(2026, 11, 1, 9), 0) + 1).toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });
});

describe('cardsFromLog', () => {
  it('gives back exactly the cards the answers made, whatever order the log is read in', () => {
    const cards = new Map<string, ReviewCard>();
    const log = [];
    const answers: [string, ReviewedAnswer, number][] = [
      ['a', answer(false), NOW],
      ['b', answer(true, { changedAnswer: true }), NOW + 1000],
      ['a', answer(true, { responseMs: 90_000 }), NOW + 2 * DAY_MS],
      ['b', answer(true), NOW + 5 * DAY_MS],
      ['a', answer(true), NOW + 9 * DAY_MS],
    ];
    for (const [factId, given, at] of answers) {
      const moved = given && reviewFact(cards.get(factId), factId, given, at);
      if (!moved) throw new Error('the answer did not move the card');
      cards.set(factId, moved.card);
      log.push(moved.log);
    }
    expect(log.map((entry) => entry.rating)).toEqual([1, 2, 2, 3, 3]);
    const byFact = (list: ReviewCard[]) => [...list].sort((x, y) => x.factId.localeCompare(y.factId));
    expect(byFact(cardsFromLog(log))).toEqual(byFact([...cards.values()]));
    expect(byFact(cardsFromLog([...log].reverse()))).toEqual(byFact([...cards.values()]));
    // Read back from JSON (the record), the same.
    expect(byFact(cardsFromLog(JSON.parse(JSON.stringify(log)) as typeof log))).toEqual(byFact([...cards.values()]));
  });
});
