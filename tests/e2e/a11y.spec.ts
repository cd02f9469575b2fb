import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LANGS, allLessons, lessonUrl } from './course-fixture';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const lang of LANGS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page has no WCAG 2.2 A/AA violation (${lang}, ${scheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      const routes = [`/${lang}`, `/${lang}/chronology`, `/${lang}/glossary`, `/${lang}/review`, `/${lang}/settings`, `/${lang}/record`, `/${lang}/certificate`, `/${lang}/missing/page`, ...allLessons(lang).map((l) => lessonUrl(lang, l.unitId, l.id))];
      const found: string[] = [];
      for (const route of routes) {
        await page.goto(route);
        await expect(page.locator('h1')).toBeVisible();
        found.push(...(await violations(page)).map((v) => `${route} ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
}

test('an open glossary tooltip has no violation', async ({ page }) => {
  await page.goto(lessonUrl('fr', 'capabilities', 'dat-programme'));
  await page.locator('.term__button').first().focus();
  expect(await violations(page)).toEqual([]);
});

for (const lang of LANGS) {
  test(`quiz screens have no violation: intro, question, feedback, ordering, results (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const start = lang === 'fr' ? 'Commencer' : 'Start';
    const found: string[] = [];
    const scan = async (where: string) => found.push(...(await violations(page)).map((v) => `${where} ${v}`));
    await page.goto(`/${lang}/capabilities/dat-programme/check`);
    await scan('intro');
    await page.getByRole('button', { name: start }).click();
    await expect(page.locator('[data-question-id]')).toBeVisible();
    await scan('question');
    const radios = page.locator('[data-question-id]').getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    await page.getByRole('button', { name: lang === 'fr' ? 'Valider ma réponse' : 'Check my answer' }).click();
    await expect(page.locator('[data-question-id]').getByRole('status')).not.toBeEmpty();
    await scan('feedback');
    await page.goto(`/${lang}/chronology/quiz`);
    await page.getByRole('button', { name: start }).click();
    await expect(page.locator('[data-question-id]')).toBeVisible();
    await scan('unit quiz question');
    await page.goto(`/${lang}/assessment`);
    await page.getByRole('button', { name: start }).click();
    for (let n = 0; n < 20; n++) {
      await expect(page.getByText(lang === 'fr' ? `Question ${n + 1} sur 20` : `Question ${n + 1} of 20`)).toBeVisible();
      const options = page.locator('[data-question-id]').getByRole('radio');
      if ((await options.count()) > 0) await options.first().check();
      if (n === 0) await scan('assessment question');
      await page.getByRole('button', { name: lang === 'fr' ? 'Valider et continuer' : 'Confirm and continue' }).click();
    }
    await expect(page.locator('.review__item')).toHaveCount(20);
    await scan('results');
    expect(found).toEqual([]);
  });
}
