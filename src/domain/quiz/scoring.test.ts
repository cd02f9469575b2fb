import { describe, expect, it } from 'vitest';
import { isCorrect, type Question } from './question';
import { finalAssessment, lessonCheck, unitQuiz } from './quiz-definitions';
import { PASS_MARK, scoreAnswers } from './scoring';

const q = (id: string, answer: string[], layout: Question['layout'] = 'shuffled') => ({ id, answer, layout });

describe('isCorrect', () => {
  it('takes exactly the key for a choice: not another option, not the key with another, not nothing', () => {
    const question = q('a', ['x']);
    expect(isCorrect(question, ['x'])).toBe(true);
    expect(isCorrect(question, ['y'])).toBe(false);
    expect(isCorrect(question, ['x', 'y'])).toBe(false);
    expect(isCorrect(question, ['y', 'x'])).toBe(false);
    expect(isCorrect(question, [])).toBe(false);
  });

  it('takes an ordering only in the whole right order', () => {
    const question = q('o', ['e:1', 'e:2', 'e:3'], 'ordering');
    expect(isCorrect(question, ['e:1', 'e:2', 'e:3'])).toBe(true);
    expect(isCorrect(question, ['e:1', 'e:3', 'e:2'])).toBe(false);
    expect(isCorrect(question, ['e:2', 'e:1', 'e:3'])).toBe(false);
    expect(isCorrect(question, ['e:1', 'e:2'])).toBe(false);
    expect(isCorrect(question, ['e:1', 'e:2', 'e:3', 'e:4'])).toBe(false);
  });
});

describe('scoreAnswers', () => {
  const questions = Array.from({ length: 10 }, (_, i) => q(`q${i}`, ['k']));
  const answered = (right: number) => Object.fromEntries(questions.map((question, i) => [question.id, [i < right ? 'k' : 'w']]));

  it('passes at 80 % exactly, not below', () => {
    expect(scoreAnswers(questions, answered(8))).toEqual({ correct: 8, total: 10, ratio: 0.8, passed: true });
    expect(scoreAnswers(questions, answered(7))).toEqual({ correct: 7, total: 10, ratio: 0.7, passed: false });
    expect(scoreAnswers(questions, answered(10)).passed).toBe(true);
  });

  it('counts an unanswered question as wrong, and an empty quiz as 0 and not passed', () => {
    expect(scoreAnswers(questions, { q0: ['k'] })).toEqual({ correct: 1, total: 10, ratio: 0.1, passed: false });
    expect(scoreAnswers([], {})).toEqual({ correct: 0, total: 0, ratio: 0, passed: false });
  });

  it('applies the pass mark it is given', () => {
    expect(scoreAnswers(questions, answered(6), 0.6).passed).toBe(true);
    expect(scoreAnswers(questions, answered(6), 0.61).passed).toBe(false);
  });
});

describe('the quizzes of the course', () => {
  it('are a 5-question check per lesson, a 10-question quiz per unit, a 20-question final at 80 %', () => {
    expect(PASS_MARK).toBe(0.8);
    expect(lessonCheck('u', 'l')).toMatchObject({ count: 5, mode: 'practice', scope: { kind: 'lesson', unitId: 'u', lessonId: 'l' } });
    expect(unitQuiz('u')).toMatchObject({ count: 10, mode: 'practice', scope: { kind: 'unit', unitId: 'u' } });
    expect(finalAssessment).toMatchObject({ count: 20, mode: 'exam', scope: { kind: 'course' }, passMark: 0.8 });
    expect(lessonCheck('u', 'l').id).not.toBe(lessonCheck('u', 'm').id);
    expect(unitQuiz('u').id).not.toBe(unitQuiz('v').id);
  });
});
