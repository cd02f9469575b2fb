import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '@/domain/attempt/stored-attempt';
import { cardsFromAttempts, cardFactIds } from './history';
import { DAY_MS } from './schedule';

const NOW = Date.UTC(2026, 11, 1, 9);
const question = (id: string, facts: string[], type: 'event-year' | 'acronym' | 'scenario' = 'event-year') => ({
  id,
  type,
  layout: 'shuffled' as const,
  prompt: { fr: id, en: id },
  options: [{ id: 'right', text: { fr: 'a', en: 'a' } }, { id: 'wrong', text: { fr: 'b', en: 'b' } }],
  answer: ['right'],
  explanation: { fr: '', en: '' },
  facts,
  source: { unitId: 'u', lessonId: 'l' },
});
type Attempt = Pick<StoredAttempt, 'questions' | 'responses'>;
const attempt = (answers: [ReturnType<typeof question>, string, number][]): Attempt => ({
  questions: answers.map(([q]) => q),
  responses: Object.fromEntries(answers.map(([q, option, at]) => [q.id, { optionIds: [option], answeredAt: at, lang: 'fr' as const }])),
});

describe('cardsFromAttempts', () => {
  const first = attempt([[question('q1', ['event:fact-a']), 'wrong', NOW], [question('q2', ['event:fact-b']), 'right', NOW + 1000]]);
  const later = attempt([[question('q3', ['event:fact-a'], 'acronym'), 'right', NOW + 2 * DAY_MS]]);

  it('applies answers in the order they were given, whatever the order of the attempts', () => {
    const a = cardsFromAttempts([first, later]);
    const b = cardsFromAttempts([later, first]);
    expect(b).toEqual(a);
    const card = a.cards.find((c) => c.factId === 'event:fact-a');
    expect(card).toMatchObject({ reps: 2, lastReview: NOW + 2 * DAY_MS, lastType: 'acronym' });
    expect(a.logs.filter((log) => log.factId === 'event:fact-a').map((log) => log.rating)).toEqual([1, 3]);
  });

  it('grades an answer saved without its grade on its stored question, and skips answers whose question is not stored', () => {
    const lost: Attempt = { questions: [], responses: { q9: { optionIds: ['right'], answeredAt: NOW, lang: 'en' } } };
    const { cards, logs } = cardsFromAttempts([first, lost]);
    expect(cards.map((c) => c.factId).sort()).toEqual(['event:fact-a', 'event:fact-b']);
    expect(logs.map((log) => [log.factId, log.rating])).toEqual([['event:fact-a', 1], ['event:fact-b', 3]]);
  });

  it('files a scenario item\'s facts under the same cards as generated questions (both name them `kind:id`)', () => {
    const scenario = question('s1', ['event:fact-a', 'event:fact-b'], 'scenario');
    const { cards } = cardsFromAttempts([first, attempt([[scenario, 'right', NOW + DAY_MS]])]);
    expect(cards.map((c) => [c.factId, c.reps])).toEqual([['event:fact-a', 2], ['event:fact-b', 2]]);
  });

  it('leaves an existing card alone for answers older than its last review', () => {
    const { cards } = cardsFromAttempts([later]);
    const again = cardsFromAttempts([first], cards);
    expect(again.cards.map((c) => c.factId)).toEqual(['event:fact-b']);
  });

  it('files the bare fact ids of questions stored by generator 1 under their kind, taken from the question id', () => {
    expect(cardFactIds({ id: 'purpose:eagle-assist', facts: ['eagle-assist'] })).toEqual(['entity:eagle-assist']);
    expect(cardFactIds({ id: 'event-year:eagle-assist', facts: ['eagle-assist'] })).toEqual(['event:eagle-assist']);
    expect(cardFactIds({ id: 'true-false:figure:dexter-bodies:true', facts: ['dexter-bodies'] })).toEqual(['figure:dexter-bodies']);
    expect(cardFactIds({ id: 'set-member:core-tasks:0', facts: ['core-tasks'] })).toEqual(['set:core-tasks']);
    expect(cardFactIds({ id: 'acronym:ied', facts: ['term:ied'] })).toEqual(['term:ied']);
    expect(cardFactIds({ id: 'which-first:a:b', facts: ['a', 'b', 'a'] })).toEqual(['event:a', 'event:b']);
  });
});
