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
});
