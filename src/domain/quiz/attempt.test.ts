import { describe, expect, it } from 'vitest';
import { allAnswered, answerQuestion, finishAttempt, goToQuestion, scoreAttempt, startAttempt } from './attempt';
import type { Question } from './question';
import { scoreAnswers } from './scoring';

const question = (id: string, answer: string[], layout: Question['layout'] = 'shuffled') => ({ id, answer, layout }) as Question;
const questions = [question('a', ['x']), question('b', ['y']), question('c', ['e:1', 'e:2', 'e:3'], 'ordering'), question('d', ['true'], 'true-false'), question('e', ['n:15'], 'ascending')];

describe('quiz attempts', () => {
  const attempt = startAttempt('final', 'exam', 42, questions.map((q) => q.id), 1000);

  it('keep the first response to a question and its time', () => {
    const once = answerQuestion(attempt, 'a', ['x'], 2000);
    expect(answerQuestion(once, 'a', ['z'], 3000).responses.a).toEqual({ optionIds: ['x'], answeredAt: 2000 });
  });

  it('ignore responses to questions not in the attempt, and after the end', () => {
    expect(answerQuestion(attempt, 'zzz', ['x'], 2000)).toBe(attempt);
    expect(answerQuestion(finishAttempt(attempt, 5000), 'a', ['x'], 6000).responses).toEqual({});
  });

  it('move within the questions only, and not after the end', () => {
    expect(goToQuestion(attempt, 10).current).toBe(4);
    expect(goToQuestion(attempt, -3).current).toBe(0);
    expect(goToQuestion(attempt, 2).current).toBe(2);
    expect(goToQuestion(attempt, 0)).toBe(attempt);
    expect(goToQuestion(finishAttempt(attempt, 5000), 3).current).toBe(0);
  });

  it('score ordering questions only when the whole order is right, and pass at 80 %', () => {
    let done = attempt;
    for (const [id, response] of [['a', ['x']], ['b', ['y']], ['c', ['e:1', 'e:3', 'e:2']], ['d', ['true']], ['e', ['n:15']]] as const) {
      done = answerQuestion(done, id, [...response], 2000);
    }
    expect(allAnswered(done)).toBe(true);
    expect(scoreAttempt(done, questions)).toEqual({ correct: 4, total: 5, ratio: 0.8, passed: true });
    expect(scoreAnswers(questions, { a: ['x'], b: ['x'] })).toEqual({ correct: 1, total: 5, ratio: 0.2, passed: false });
  });

  it('keep its end time once finished', () => {
    expect(finishAttempt(finishAttempt(attempt, 5000), 9000).finishedAt).toBe(5000);
  });
});
