/** The quiz screens' words in each language, and a quick way through a quiz. */
import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../src/content/course-types.ts';

export const ui = {
  fr: {
    start: 'Commencer',
    check: 'Valider ma réponse',
    confirm: 'Valider et continuer',
    next: 'Question suivante',
    results: 'Voir les résultats',
    correct: /^Bonne réponse\.|^Réponse incorrecte\./,
    review: /^Revoir la section/,
    passed: /^(Réussi|Non réussi)$/,
    switchTo: 'Read in English',
    progress: (n: number, total: number) => `Question ${n} sur ${total}`,
  },
  en: {
    start: 'Start',
    check: 'Check my answer',
    confirm: 'Confirm and continue',
    next: 'Next question',
    results: 'See the results',
    correct: /^Correct\.|^Incorrect\./,
    review: /^Review the section/,
    passed: /^(Passed|Not passed)$/,
    switchTo: 'Lire en français',
    progress: (n: number, total: number) => `Question ${n} of ${total}`,
  },
} as const;

/** Starts the quiz at `path` and answers every question (the first choice, or the order as shown). */
export async function takeQuiz(page: Page, lang: Lang, path: string, count: number, mode: 'practice' | 'exam') {
  await page.goto(path);
  await page.getByRole('button', { name: ui[lang].start }).click();
  for (let n = 1; n <= count; n++) {
    await expect(page.getByText(ui[lang].progress(n, count))).toBeVisible();
    const radios = page.locator('[data-question-id]').getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    await page.getByRole('button', { name: mode === 'exam' ? ui[lang].confirm : ui[lang].check }).click();
    if (mode === 'practice') await page.getByRole('button', { name: n < count ? ui[lang].next : ui[lang].results }).click();
  }
  await expect(page.getByText(ui[lang].passed)).toBeVisible();
}

/** Scrolls through a lesson like a reader, a screen at a time, until it counts as read. */
export async function readLesson(page: Page, path: string, readLabel: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const atBottom = () => page.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2);
  for (let step = 0; step < 40 && !(await atBottom()); step++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(800);
  }
  await expect(page.locator('.lesson__meta .badge')).toHaveText(readLabel, { timeout: 10_000 });
}
