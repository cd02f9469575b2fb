/**
 * Grading, proved in the browser: the quiz is pinned with ?seed=N, the test works out the key
 * with the domain generator and the compiled course (as the app does), then answers right or
 * wrong by the option's text and checks the verdict, the right answer and the score shown.
 */
import type { Page } from '@playwright/test';
import type { Lang } from '../../src/content/course-types.ts';
import { generateBilingualQuiz } from '../../src/domain/quiz/generate-quiz.ts';
import { domKey, localizeQuestion, type LocalizedQuestion } from '../../src/domain/quiz/question.ts';
import { finalAssessment, lessonCheck, type QuizDefinition } from '../../src/domain/quiz/quiz-definitions.ts';
import { LANGS, course, lessonUrl } from './course-fixture';
import { expect, test } from './fixtures';
import { ui } from './quiz-helpers';

const words = {
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
const quizFor = (definition: QuizDefinition, seed: number, lang: Lang): LocalizedQuestion[] =>
  generateBilingualQuiz(course.facts, { seed, count: definition.count, scope: definition.scope }).map((question) => localizeQuestion(question, lang));

const textOf = (question: LocalizedQuestion, id: string) => question.options.find((option) => option.id === id)?.text ?? id;

/** A seed whose knowledge check has an ordering question and a true/false one, so that both inputs are graded. */
function seedWithOrdering(definition: QuizDefinition): number {
  for (let seed = 1; seed < 2000; seed++) {
    const types = quizFor(definition, seed, 'en').map((q) => q.layout);
    if (types.includes('ordering') && types.includes('true-false') && types.includes('shuffled')) return seed;
  }
  throw new Error(`no seed gives ${definition.id} an ordering question`);
}

/** Gives the right answer, or a wrong one, by the texts the learner sees. */
async function answer(page: Page, lang: Lang, question: LocalizedQuestion, right: boolean) {
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

for (const lang of LANGS) {
  test.describe(`grading (${lang})`, () => {
    test('a knowledge check grades a right answer right and a wrong one wrong, and scores them', async ({ page }) => {
      const definition = lessonCheck('chronology', 'from-1999-to-2002');
      const seed = seedWithOrdering(definition);
      const questions = quizFor(definition, seed, lang);
      // Wrong on the ordering question and on the first other one; right on the rest.
      const wrong = new Set([questions.find((q) => q.layout === 'ordering')?.id, questions.find((q) => q.layout !== 'ordering')?.id]);

      await page.goto(`${lessonUrl(lang, 'chronology', 'from-1999-to-2002')}/check?seed=${seed}`);
      await page.getByRole('button', { name: ui[lang].start }).click();
      for (const [index, question] of questions.entries()) {
        await expect(page.getByText(ui[lang].progress(index + 1, questions.length))).toBeVisible();
        const right = !wrong.has(question.id);
        await answer(page, lang, question, right);
        await page.getByRole('button', { name: ui[lang].check }).click();
        const status = page.locator(`[data-question-id="${domKey(question.id)}"]`).getByRole('status');
        const verdict = status.locator('p').first();
        await expect(verdict).toHaveText(right ? words[lang].correct : words[lang].incorrect);
        const key = question.answer.map((id) => textOf(question, id)).join(' → ');
        if (right) await expect(status).not.toContainText(question.layout === 'ordering' ? words[lang].rightOrder('') : words[lang].rightAnswer(''));
        else await expect(status).toContainText(question.layout === 'ordering' ? words[lang].rightOrder(key) : words[lang].rightAnswer(key));
        await expect(status).toContainText(question.explanation);
        await page.getByRole('button', { name: index + 1 < questions.length ? ui[lang].next : ui[lang].results }).click();
      }
      const summary = page.getByRole('status').filter({ has: page.locator('.results__score') });
      await expect(summary.locator('.results__score')).toHaveText(words[lang].score(3, 5, 60));
      await expect(summary.locator('.results__verdict')).toHaveText(words[lang].failed);
    });

    test('a final assessment answered all right passes at 100 %', async ({ page }) => {
      const seed = 20_251_201;
      const questions = quizFor(finalAssessment, seed, lang);
      expect(questions).toHaveLength(20);
      await page.goto(`/${lang}/assessment?seed=${seed}`);
      await page.getByRole('button', { name: ui[lang].start }).click();
      for (const [index, question] of questions.entries()) {
        await expect(page.getByText(ui[lang].progress(index + 1, 20))).toBeVisible();
        await answer(page, lang, question, true);
        await page.getByRole('button', { name: ui[lang].confirm }).click();
      }
      await expect(page.locator('.results__verdict')).toHaveText(words[lang].passed);
      await expect(page.locator('.results__score')).toHaveText(words[lang].score(20, 20, 100));
      await expect(page.locator('.review__mark')).toHaveText(Array.from({ length: 20 }, () => words[lang].correct));
    });
  });
}
