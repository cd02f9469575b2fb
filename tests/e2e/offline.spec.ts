import { expect, installOffline, test } from './fixtures';
import { LANGS, course, lessonUrl } from './course-fixture';

test.describe('offline', () => {
  test('after one visit the whole course works offline, in both languages, and nothing is lost', async ({ page, context }) => {
    test.setTimeout(120_000);
    await installOffline(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText(/Offline: the course is still available/)).toBeVisible();

    for (const lang of LANGS) {
      for (const unit of course.outlines[lang].units) {
        const lesson = unit.lessons.at(-1);
        if (!lesson) throw new Error(`unit ${unit.id} has no lesson`);
        await page.goto(lessonUrl(lang, unit.id, lesson.id));
        await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
      }
      await page.goto(`/${lang}/chronology`);
      await expect(page.locator('.timeline__event')).toHaveCount(course.outlines[lang].events.length);
    }

    // Four questions: the lesson has four independent facts once the North Atlantic Council's
    // role (general knowledge) is no longer asked.
    await page.goto('/fr/capabilities/biometrics-evidence-exploitation/check');
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (let n = 1; n <= 4; n++) {
      await expect(page.getByText(`Question ${n} sur 4`)).toBeVisible();
      const radios = page.locator('[data-question-id]').getByRole('radio');
      if ((await radios.count()) > 0) await radios.first().check();
      await page.getByRole('button', { name: 'Valider ma réponse' }).click();
      await page.getByRole('button', { name: n < 4 ? 'Question suivante' : 'Voir les résultats' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();

    await context.setOffline(false);
    await page.goto('/fr');
    await expect(page.getByText(/Hors ligne/)).toHaveCount(0);
    const cbrn = course.outlines.fr.units.find((u) => u.id === 'capabilities')?.lessons.find((l) => l.id === 'biometrics-evidence-exploitation');
    const link = page.getByRole('link').filter({ hasText: cbrn?.title ?? '' });
    await expect(link.locator('.badge').filter({ hasText: /Réussi|Non réussi/ })).toBeVisible();
  });

  test('on a first visit that starts with a question, "available offline" waits until the learner leaves it', async ({ page }) => {
    await page.goto('/en/capabilities/quiz');
    await page.getByRole('button', { name: 'Start' }).click();
    const question = page.locator('[data-question-id]');
    await expect(question).toBeVisible();
    // The course is stored for offline use while the question is on screen: no toast over it.
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active)), { timeout: 30_000 }).toBe(true);
    await page.waitForTimeout(1000);
    const ready = page.getByRole('status').filter({ hasText: 'available offline' });
    await expect(ready).toHaveCount(0);
    const radios = question.getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(question.getByRole('status')).toContainText(/Correct\.|Incorrect\./);
    await page.waitForTimeout(500);
    await expect(ready).toHaveCount(0);
    // Once the learner leaves the question, it says so.
    await page.getByRole('link', { name: 'Chronology', exact: true }).click();
    await expect(ready).toBeVisible();
  });
});
