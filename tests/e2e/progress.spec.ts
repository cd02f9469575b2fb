import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { course, lessonUrl } from './course-fixture';
import { domKey } from '../../src/domain/quiz/question.ts';

const progressText = (n: number, total: number) => `Question ${n} of ${total}`;

/** Answers the question on screen (first radio, or the order as shown) and moves on. */
async function answerAndNext(page: Page) {
  await expect(page.locator('[data-question-id]')).toBeVisible();
  const radios = page.locator('[data-question-id]').getByRole('radio');
  if ((await radios.count()) > 0) await radios.first().check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('[data-question-id]').getByRole('status')).toContainText(/Correct\.|Incorrect\./);
  await page.getByRole('button', { name: /Next question|See the results/ }).click();
}

test.describe('progress kept in IndexedDB', () => {
  test('reloading mid-quiz resumes at the same question with earlier answers kept', async ({ page }) => {
    await page.goto('/en/chronology/quiz');
    await page.getByRole('button', { name: 'Start' }).click();
    const ids: string[] = [];
    for (let n = 1; n <= 5; n++) {
      await expect(page.getByText(progressText(n, 10))).toBeVisible();
      ids.push((await page.locator('[data-question-id]').getAttribute('data-question-id')) ?? '');
      await answerAndNext(page);
    }
    await expect(page.getByText(progressText(6, 10))).toBeVisible();
    const sixth = await page.locator('[data-question-id]').getAttribute('data-question-id');
    await page.reload();
    await expect(page.getByText(progressText(6, 10))).toBeVisible();
    await expect(page.locator('[data-question-id]')).toHaveAttribute('data-question-id', sixth ?? '');
    const saved = await page.evaluate(async () => {
      const request = indexedDB.open('sentinelle');
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const rows = await new Promise<{ responses: Record<string, unknown> }[]>((resolve) => {
        const all = db.transaction('quizAttempts').objectStore('quizAttempts').getAll();
        all.onsuccess = () => resolve(all.result as { responses: Record<string, unknown> }[]);
      });
      db.close();
      return Object.keys(rows[0]?.responses ?? {});
    });
    // The page names a question by a hash of its id (the id itself can tell the answer).
    expect(saved.map(domKey).sort()).toEqual([...ids].sort());
  });

  test('closing the page and reopening the app: Continue lands on the same question', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('/fr/threat-awareness/intelligence-sharing/check');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByText('Question 1 sur 5')).toBeVisible();
    const radios = page.locator('[data-question-id]').getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    await page.getByRole('button', { name: 'Valider ma réponse' }).click();
    await page.getByRole('button', { name: 'Question suivante' }).click();
    await expect(page.getByText('Question 2 sur 5')).toBeVisible();
    const second = await page.locator('[data-question-id]').getAttribute('data-question-id');
    await page.close();

    const again = await context.newPage();
    await again.goto('/');
    await expect(again.getByRole('heading', { name: 'Reprendre où vous en étiez' })).toBeVisible();
    await again.getByRole('link', { name: 'Continuer' }).click();
    await expect(again).toHaveURL('/fr/threat-awareness/intelligence-sharing/check');
    await expect(again.getByText('Question 2 sur 5')).toBeVisible();
    await expect(again.locator('[data-question-id]')).toHaveAttribute('data-question-id', second ?? '');
  });

  test('a lesson read in English, then in French, reloads where the learner was, in French', async ({ page }) => {
    const lesson = course.lessons['en/capabilities/dat-programme'];
    const section = lesson?.sections.filter((s) => s.level === 2)[2];
    if (!section) throw new Error('lesson too short');
    await page.goto(`${lessonUrl('en', 'capabilities', 'dat-programme')}#${section.id}`);
    await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();
    // The prerendered link leads to the top of the French lesson; once the page is live it
    // carries the section the reader is at (the scripts start after the first paint).
    const switcher = page.getByRole('link', { name: 'Lire en français' });
    await expect(switcher).toHaveAttribute('href', new RegExp(`#${section.id}$`));
    await switcher.click();
    await expect(page).toHaveURL(`${lessonUrl('fr', 'capabilities', 'dat-programme')}#${section.id}`);
    await page.waitForTimeout(1500);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();
    await page.goto('/');
    await expect(page).toHaveURL('/fr');
    await page.getByRole('link', { name: 'Continuer' }).click();
    await expect(page).toHaveURL(`${lessonUrl('fr', 'capabilities', 'dat-programme')}#${section.id}`);
  });

  test('reading every section marks the lesson read, and the course home shows it', async ({ page }) => {
    await page.goto(lessonUrl('en', 'introduction', 'why-terrorism'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.lesson__meta .badge')).toHaveText('Not started');
    // Scroll like a reader: a screen at a time, pausing on each (a quick skim does not count).
    const atBottom = () => page.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2);
    for (let step = 0; step < 40 && !(await atBottom()); step++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(800);
    }
    await expect(page.locator('.lesson__meta .badge')).toHaveText('Read', { timeout: 10_000 });
    await page.goto('/en');
    const link = page.getByRole('link', { name: /^Why terrorism|Why/ }).filter({ hasText: course.outlines.en.units[0]?.lessons[0]?.title ?? '' });
    await expect(link.locator('.badge').first()).toHaveText('Read');
    await expect(page.getByText(`1 of ${Object.keys(course.lessons).length / 2} lessons read`)).toBeVisible();
  });

  test('two tabs: progress made in one shows in the other within a second', async ({ context }) => {
    const home = await context.newPage();
    await home.goto('/en');
    await expect(home.getByRole('heading', { level: 1 })).toBeVisible();
    // The capabilities unit (the third): its quiz has its full ten questions.
    const quizBadge = home.locator('.unit-card__quiz').nth(2).locator('.badge');
    await expect(quizBadge).toHaveText('Not started');
    const other = await context.newPage();
    await other.goto('/en/capabilities/quiz');
    await other.getByRole('button', { name: 'Start' }).click();
    await answerAndNext(other);
    await expect(quizBadge).toHaveText('In progress: 1/10', { timeout: 1000 });
  });

  test('with IndexedDB blocked, the course works and warns that progress will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    await page.goto('/en/threat-awareness/intelligence-sharing');
    await expect(page.getByRole('alert')).toContainText('cannot save your progress');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/en/threat-awareness/intelligence-sharing/check');
    await page.getByRole('button', { name: 'Start' }).click();
    await answerAndNext(page);
    await expect(page.getByText(progressText(2, 5))).toBeVisible();
  });

  test('a newer version opened in another tab asks for a reload instead of corrupting data', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The heading is in the prerendered page; the app has its database open once the page is
    // live (progress placeholders filled in).
    await expect(page.locator('.badge--pending')).toHaveCount(0);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open('sentinelle', 9999);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onblocked = () => resolve();
        }),
    );
    await expect(page.getByRole('alert')).toContainText('newer version of Sentinelle');
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  });

  test('settings show the storage and reset progress only after confirmation', async ({ page }) => {
    await page.goto('/fr/capabilities/quiz');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByText('Question 1 sur 10')).toBeVisible();
    await page.goto('/fr/settings');
    // The storage used shows once the page is live (the prerendered page says it is unknown).
    await expect(page.getByText(/utilisés sur .* disponibles pour ce site/)).toBeVisible();
    await page.getByRole('button', { name: 'Réinitialiser ma progression' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.goto('/fr');
    await expect(page.locator('.unit-card__quiz').nth(2).locator('.badge')).toContainText('En cours');
    await page.goto('/fr/settings');
    await page.getByRole('button', { name: 'Réinitialiser ma progression' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'réinitialisée' })).toBeVisible();
    await page.goto('/fr');
    await expect(page.locator('.unit-card__quiz').nth(2).locator('.badge')).toHaveText('Non commencé');
  });
});
