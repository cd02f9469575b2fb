import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '@/domain/attempt/stored-attempt';
import type { Question } from '@/domain/quiz/question';
import { finalInteractions, interactionElements, scorm12Duration, scorm12Time, scorm2004Duration, scorm2004Time } from './scorm-values';

// scorm-again's checks of these formats (node_modules/scorm-again, dist/esm: scorm2004_regex, scorm12_regex).
const TIMESPAN_2004 = /^P(?:([.,\d]+)Y)?(?:([.,\d]+)M)?(?:([.,\d]+)W)?(?:([.,\d]+)D)?(?:T?(?:([.,\d]+)H)?(?:([.,\d]+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/;
const TIMESPAN_12 = /^([0-9]+):([0-9]{2}):([0-9]{2})(\.\d{1,2})?$/;

describe('SCORM durations and times', () => {
  it('writes a session time in each version’s format', () => {
    expect(scorm2004Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(scorm2004Duration(0)).toBe('PT0H0M0S');
    expect(scorm12Duration(3_723_450)).toBe('0001:02:03.45');
    expect(scorm12Duration(0)).toBe('0000:00:00.00');
    for (const ms of [0, 999, 59_999, 3_600_000, 86_400_000 * 3 + 1234]) {
      expect(scorm2004Duration(ms)).toMatch(TIMESPAN_2004);
      expect(scorm12Duration(ms)).toMatch(TIMESPAN_12);
    }
  });

  it('writes time stamps in UTC', () => {
    const at = Date.UTC(2026, 11, 1, 23, 40, 5, 127);
    expect(scorm2004Time(at)).toBe('2026-12-01T23:40:05.12Z');
    expect(scorm12Time(at)).toBe('23:40:05');
  });
});

const question = (id: string, layout: Question['layout'], answer: string[]): Question => ({
  id,
  type: layout === 'ordering' ? 'chronological-order' : 'event-year',
  layout,
  prompt: { fr: `En quelle année ${id} ?`, en: `In which year ${id}?` },
  options: ['a', 'b', 'c', 'd'].map((option) => ({ id: `${id}:${option}`, text: { fr: option, en: option } })),
  answer,
  explanation: { fr: '', en: '' },
  facts: [],
  source: { unitId: 'u', lessonId: 'l', sectionId: 's' },
});

const finalAttempt: StoredAttempt = {
  id: 'attempt-1',
  quizId: 'final',
  mode: 'exam',
  seed: 3,
  lang: 'en',
  questionIds: ['q1', 'q2', 'q3'],
  questions: [question('q1', 'shuffled', ['q1:c']), question('q2', 'ordering', ['q2:b', 'q2:a', 'q2:d', 'q2:c']), question('q3', 'shuffled', ['q3:a'])],
  contentVersion: 'v',
  generatorVersion: 1,
  responses: {
    q1: { optionIds: ['q1:c'], answeredAt: 1000, lang: 'en', correct: true },
    q2: { optionIds: ['q2:a', 'q2:b', 'q2:d', 'q2:c'], answeredAt: 2000, lang: 'fr', correct: false },
  },
  current: 2,
  startedAt: 500,
  updatedAt: 2000,
};

describe('finalInteractions', () => {
  it('gives each answer of the final assessment, by option position, with its result', () => {
    const interactions = finalInteractions([finalAttempt, { ...finalAttempt, id: 'check', quizId: 'lesson:u/l' }]);
    expect(interactions).toEqual([
      { id: 'final-attempt-1-q1', type: 'choice', response: [3], correct: [3], result: true, at: 1000, description: 'In which year q1?', lang: 'en' },
      { id: 'final-attempt-1-q2', type: 'sequencing', response: [1, 2, 4, 3], correct: [2, 1, 4, 3], result: false, at: 2000, description: 'En quelle année q2 ?', lang: 'fr' },
    ]);
  });

  it('writes them in each version’s format', () => {
    const [, ordering] = finalInteractions([finalAttempt]);
    if (!ordering) throw new Error('no second interaction');
    expect(Object.fromEntries(interactionElements('2004', 1, ordering))).toEqual({
      'cmi.interactions.1.id': 'final-attempt-1-q2',
      'cmi.interactions.1.type': 'sequencing',
      'cmi.interactions.1.timestamp': '1970-01-01T00:00:02.00Z',
      'cmi.interactions.1.correct_responses.0.pattern': 'o2[,]o1[,]o4[,]o3',
      'cmi.interactions.1.learner_response': 'o1[,]o2[,]o4[,]o3',
      'cmi.interactions.1.result': 'incorrect',
      'cmi.interactions.1.description': '{lang=fr}En quelle année q2 ?',
    });
    expect(Object.fromEntries(interactionElements('1.2', 1, ordering))).toEqual({
      'cmi.interactions.1.id': 'final-attempt-1-q2',
      'cmi.interactions.1.type': 'sequencing',
      'cmi.interactions.1.time': '00:00:02',
      'cmi.interactions.1.correct_responses.0.pattern': '2,1,4,3',
      'cmi.interactions.1.student_response': '1,2,4,3',
      'cmi.interactions.1.result': 'wrong',
    });
  });
});
