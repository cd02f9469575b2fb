import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateBilingualQuiz } from '../../src/domain/quiz/generate-quiz.ts';
import { finalAssessment, unitQuiz } from '../../src/domain/quiz/quiz-definitions.ts';
import { LANGS, course, lessonUrl } from './course-fixture';
import { ui } from './quiz-helpers';


/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Answers the question on screen with the keyboard only: a radio with Space, or one move for an ordering. */
async function answerWithKeyboard(page: Page, submitName: string) {
  const question = page.locator('[data-question-id]');
  const radios = question.getByRole('radio');
  if ((await radios.count()) > 0) {
    await tabTo(page, radios.first());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
  } else {
    const moveDown = question.getByRole('button').filter({ hasText: '↓' }).first();
    await tabTo(page, moveDown);
    await page.keyboard.press('Enter');
  }
  await tabTo(page, page.getByRole('button', { name: submitName }));
  await page.keyboard.press('Enter');
}

for (const lang of LANGS) {
  test.describe(`quizzes (${lang})`, () => {
    test('a learner takes a knowledge check with the keyboard, hears the feedback and goes back to the section', async ({ page }) => {
      await page.goto(lessonUrl(lang, 'chronology', 'from-1999-to-2002'));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const entry = page.getByRole('link', { name: ui[lang].start });
      await tabTo(page, entry, 200);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${lessonUrl(lang, 'chronology', 'from-1999-to-2002')}/check`);
      await tabTo(page, page.getByRole('button', { name: ui[lang].start }));
      await page.keyboard.press('Enter');

      for (let n = 1; n <= 5; n++) {
        await expect(page.getByText(ui[lang].progress(n, 5))).toBeVisible();
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused();
        await answerWithKeyboard(page, ui[lang].check);
        const status = page.locator('[data-question-id]').getByRole('status');
        await expect(status).toContainText(ui[lang].correct);
        if (n < 5) {
          await expect(page.getByRole('button', { name: ui[lang].next })).toBeFocused();
          await page.keyboard.press('Enter');
        }
      }
      const back = page.locator('[data-question-id]').getByRole('status').getByRole('link', { name: ui[lang].review });
      const href = await back.getAttribute('href');
      await tabTo(page, back);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(href ?? '');
      const sectionId = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${sectionId}"]`)).toBeInViewport();
    });

    test('a learner takes the final assessment and sees the review screen with the score the answers earn', async ({ page }) => {
      // Pinned: the first option of every question, and each ordering as shown, earn a known score.
      const seed = 4242;
      const questions = generateBilingualQuiz(course.facts, { seed, count: finalAssessment.count, scope: finalAssessment.scope });
      const earned = questions.filter((q) => q.layout !== 'ordering' && q.answer[0] === q.options[0]?.id).length;
      await page.goto(`/${lang}/assessment?seed=${seed}`);
      await page.getByRole('button', { name: ui[lang].start }).click();
      for (let n = 1; n <= 20; n++) {
        await expect(page.getByText(ui[lang].progress(n, 20))).toBeVisible();
        const radios = page.locator('[data-question-id]').getByRole('radio');
        if ((await radios.count()) > 0) await radios.first().check();
        await expect(page.locator('[data-question-id]').getByRole('status')).toHaveText('');
        await page.getByRole('button', { name: ui[lang].confirm }).click();
      }
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused();
      await expect(page.getByText(ui[lang].passed)).toHaveText(earned >= 16 ? (lang === 'fr' ? 'Réussi' : 'Passed') : lang === 'fr' ? 'Non réussi' : 'Not passed');
      await expect(page.locator('.results__score')).toContainText(lang === 'fr' ? `${earned} bonnes réponses sur 20` : `${earned} right answers out of 20`);
      await expect(page.locator('.review__item')).toHaveCount(20);
    });

    test('switching language mid-quiz shows the same question with the same answers', async ({ page }) => {
      const seed = 77;
      const quiz = unitQuiz('capabilities');
      const [first] = generateBilingualQuiz(course.facts, { seed, count: quiz.count, scope: quiz.scope });
      await page.goto(`/${lang}/capabilities/quiz?seed=${seed}`);
      await page.getByRole('button', { name: ui[lang].start }).click();
      const question = page.locator('[data-question-id]');
      await expect(question).toBeVisible();
      const shown = async (l: 'fr' | 'en') => expect(question.locator('.choice__text, .ordering__text')).toHaveText((first?.options ?? []).map((o) => o.text[l]));
      await shown(lang);
      const id = await question.getAttribute('data-question-id');
      await page.getByRole('link', { name: ui[lang].switchTo }).click();
      const other = lang === 'fr' ? 'en' : 'fr';
      await expect(page).toHaveURL(new RegExp(`/${other}/capabilities/quiz`));
      await expect(page.getByText(ui[other].progress(1, 10))).toBeVisible();
      await expect(question).toHaveAttribute('data-question-id', id ?? '');
      // The same options in the same places, now in the other language.
      await shown(other);
    });
  });
}
