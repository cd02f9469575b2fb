/**
 * Grading, proved in the browser: the quiz is pinned with ?seed=N, the test works out the key
 * with the domain generator and the compiled course (as the app does), then answers right or
 * wrong by the option's text and checks the verdict, the right answer and the score shown.
 */
import { domKey } from '../../src/domain/quiz/question.ts';
import { passMarkPercent, quizPath } from '../../src/domain/course-ids.ts';
import { finalAssessment, unitQuiz } from '../../src/domain/quiz/quiz-definitions.ts';
import { LANGS } from './course-fixture';
import { expect, test } from './fixtures';
import { answer, quizFor, seedWithOrdering, textOf, words } from './grading-helpers';
import { ui } from './quiz-helpers';

for (const lang of LANGS) {
  test.describe(`grading (${lang})`, () => {
    // (A unit quiz: since every lesson check holds a scenario, the ordering items, which rest on
    // four events each, no longer fit beside it in a five-question check.)
    test('a practice quiz grades a right answer right and a wrong one wrong, and scores them', async ({ page }) => {
      const definition = unitQuiz('chronology');
      const seed = seedWithOrdering(definition);
      const questions = quizFor(definition, seed, lang);
      // Wrong on the ordering question and on the first other one; right on the rest.
      const wrong = new Set([questions.find((q) => q.layout === 'ordering')?.id, questions.find((q) => q.layout !== 'ordering')?.id]);

      await page.goto(`${quizPath(lang, definition.ref)}?seed=${seed}`);
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
      const right = questions.length - 2;
      const percent = Math.round((right / questions.length) * 100);
      await expect(summary.locator('.results__score')).toHaveText(words[lang].score(right, questions.length, percent));
      await expect(summary.locator('.results__verdict')).toHaveText(percent >= passMarkPercent(definition.kind) ? words[lang].passed : words[lang].failed);
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
