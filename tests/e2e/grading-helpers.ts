/** Answering a question right or wrong by the texts the learner sees (grading.spec.ts, the LMS specs). */
import { expect, type Frame, type Page } from '@playwright/test';
import type { Lang } from '../../src/content/course-types.ts';
import type { StoredAttempt } from '../../src/domain/attempt/stored-attempt.ts';
import { generateBilingualQuiz } from '../../src/domain/quiz/generate-quiz.ts';
import { domKey, localizeQuestion, type LocalizedQuestion } from '../../src/domain/quiz/question.ts';
import type { QuizDefinition } from '../../src/domain/quiz/quiz-definitions.ts';
import { course } from './course-fixture';

export const words = {
  fr: {
    correct: 'Bonne réponse.',
    incorrect: 'Réponse incorrecte.',
    rightAnswer: (answer: string) => `La bonne réponse\u202f: ${answer}`,
    rightOrder: (answer: string) => `Le bon ordre\u202f: ${answer}`,
    score: (correct: number, total: number, percent: number) => new RegExp(`^${correct} bonnes réponses sur ${total} \\(${percent}\\s%\\)$`),
    passed: 'Réussi',
    failed: 'Non réussi',
    moveUp: (item: string) => `Monter\u202f: ${item}`,
  },
  en: {
    correct: 'Correct.',
    incorrect: 'Incorrect.',
    rightAnswer: (answer: string) => `The right answer: ${answer}`,
    rightOrder: (answer: string) => `The right order: ${answer}`,
    score: (correct: number, total: number, percent: number) => new RegExp(`^${correct} right answers out of ${total} \\(${percent}%\\)$`),
    passed: 'Passed',
    failed: 'Not passed',
    moveUp: (item: string) => `Move up: ${item}`,
  },
} as const;

/** The questions the app will show for `definition` with this seed, in one language. */
export const quizFor = (definition: QuizDefinition, seed: number, lang: Lang): LocalizedQuestion[] =>
  generateBilingualQuiz(course.facts, { seed, count: definition.count, scope: definition.scope }).map((question) => localizeQuestion(question, lang));

export const textOf = (question: LocalizedQuestion, id: string) => question.options.find((option) => option.id === id)?.text ?? id;

/** A seed whose knowledge check has an ordering question and a true/false one, so that both inputs are graded. */
export function seedWithOrdering(definition: QuizDefinition): number {
  for (let seed = 1; seed < 2000; seed++) {
    const types = quizFor(definition, seed, 'en').map((q) => q.layout);
    if (types.includes('ordering') && types.includes('true-false') && types.includes('shuffled')) return seed;
  }
  throw new Error(`no seed gives ${definition.id} an ordering question`);
}

/** Gives the right answer, or a wrong one, by the texts the learner sees. */
export async function answer(page: Page | Frame, lang: Lang, question: LocalizedQuestion, right: boolean) {
  const card = page.locator(`[data-question-id="${domKey(question.id)}"]`);
  // A scenario shows its situation apart, above the question (the heading).
  if (question.situation) {
    await expect(card.getByText(question.situation, { exact: true })).toBeVisible();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(question.prompt.slice(question.situation.length).trim());
  } else {
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(question.prompt);
  }
  if (question.layout === 'ordering') {
    // The right order, or the right order with its first two swapped.
    const target = right ? question.answer : [question.answer[1], question.answer[0], ...question.answer.slice(2)].map(String);
    const order = question.options.map((option) => option.id);
    for (const [place, id] of target.entries()) {
      for (let at = order.indexOf(id); at > place; at--) {
        await card.getByRole('button', { name: words[lang].moveUp(textOf(question, id)), exact: true }).click();
        order.splice(at, 1);
        order.splice(at - 1, 0, id);
      }
    }
    await expect(card.getByRole('listitem')).toContainText(target.map((id) => textOf(question, id)));
  } else {
    const wrong = question.options.find((option) => !question.answer.includes(option.id));
    const chosen = right ? textOf(question, question.answer[0] ?? '') : (wrong?.text ?? '');
    await card.getByRole('radio', { name: chosen, exact: true }).check();
  }
}


/**
 * The latest final assessment attempt, as the app stored it (its questions as shown, with their
 * keys), in the site's database or an LMS learner's (src/domain/lms/learner-database.ts).
 */
export const storedFinal = (target: Page | Frame, database = 'sentinelle') =>
  target.evaluate(async (name) => {
    const request = indexedDB.open(name);
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const rows = await new Promise<StoredAttempt[]>((resolve) => {
      const all = db.transaction('quizAttempts').objectStore('quizAttempts').getAll();
      all.onsuccess = () => resolve(all.result as StoredAttempt[]);
    });
    db.close();
    return rows.filter((row) => row.quizId === 'final').sort((a, b) => b.startedAt - a.startedAt)[0];
  }, database);

