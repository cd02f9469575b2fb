/** Scores quiz attempts. The final assessment is passed at 80 %. */
import { isCorrect, type Question } from './question';

export const PASS_MARK = 0.8;

export interface Score {
  correct: number;
  total: number;
  /** 0 to 1. */
  ratio: number;
  passed: boolean;
}

export function scoreAnswers(questions: readonly Pick<Question, 'id' | 'answer' | 'layout'>[], responses: Readonly<Record<string, readonly string[]>>, passMark = PASS_MARK): Score {
  const correct = questions.filter((question) => {
    const response = responses[question.id];
    return response !== undefined && isCorrect(question, response);
  }).length;
  const total = questions.length;
  const ratio = total === 0 ? 0 : correct / total;
  return { correct, total, ratio, passed: ratio >= passMark };
}
