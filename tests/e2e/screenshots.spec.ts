/**
 * `npm run screenshots`: course home, a lesson, the chronology, quizzes, the record and the
 * certificate (and its PDF, rendered with pdftoppm), in French and English, on a phone and a
 * desktop, written to screenshots/ for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { devices } from '@playwright/test';
import { completedCourseHistory } from '../../scripts/record-fixtures.ts';
import { buildRecord, seal } from '../../src/domain/record/build-record.ts';
import { expect, test } from './fixtures';
import { generateBilingualQuiz, type QuizScope } from '../../src/domain/quiz/generate-quiz.ts';
import type { Question } from '../../src/domain/quiz/question.ts';
import { LANGS, course } from './course-fixture';

const VIEWPORTS = {
  phone: { ...devices['Pixel 7'] },
  desktop: { viewport: { width: 1366, height: 900 } },
} as const;

const PAGES = {
  home: '',
  lesson: '/capabilities/dat-programme',
  chronology: '/chronology',
  glossary: '/glossary',
} as const;

for (const [device, options] of Object.entries(VIEWPORTS)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots on ${device} (${scheme})`, async ({ browser }) => {
      const context = await browser.newContext({ ...options, colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const lang of LANGS) {
        for (const [name, path] of Object.entries(PAGES)) {
          if (scheme === 'dark' && name !== 'lesson') continue;
          await page.goto(`/${lang}${path}`);
          await expect(page.locator('h1')).toBeVisible();
          await page.screenshot({ path: `screenshots/${name}-${lang}-${device}${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: device === 'desktop' && name !== 'chronology' });
        }
      }
      if (device === 'desktop' && scheme === 'light') {
        await page.goto(`/en${PAGES.lesson}`);
        await expect(page.locator('h1')).toBeVisible();
        await page.screenshot({ path: 'screenshots/readme-lesson-en.png' });
      }
      await page.goto(`/en${PAGES.lesson}`);
      const term = page.locator('.lesson-section .term__button').first();
      await term.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -200));
      await term.evaluate((element) => (element as HTMLElement).focus({ preventScroll: true }));
      await page.screenshot({ path: `screenshots/term-tooltip-en-${device}${scheme === 'dark' ? '-dark' : ''}.png` });
      await context.close();
    });
  }
}

test.describe('quiz screenshots', () => {
  for (const [device, options] of Object.entries(VIEWPORTS)) {
    test(`a question, its feedback, an ordering question and the results on ${device}`, async ({ browser }) => {
      const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const orderingSeed = seedWhere((q) => q.layout === 'ordering', { kind: 'unit', unitId: 'chronology' }, 10);
      const choiceSeed = seedWhere((q) => q.layout === 'shuffled', { kind: 'lesson', unitId: 'capabilities', lessonId: 'dat-programme' }, 5);
      for (const lang of LANGS) {
        const shot = (name: string) => page.screenshot({ path: `screenshots/quiz-${name}-${lang}-${device}.png`, fullPage: device === 'desktop' });
        await page.goto(`/${lang}/capabilities/dat-programme/check?seed=${choiceSeed}`);
        await page.getByRole('button', { name: lang === 'fr' ? 'Commencer' : 'Start' }).click();
        await page.getByRole('radio').nth(1).check();
        await shot('question');
        await page.getByRole('button', { name: lang === 'fr' ? 'Valider ma réponse' : 'Check my answer' }).click();
        await expect(page.locator('[data-question-id]').getByRole('status')).not.toBeEmpty();
        await shot('feedback');
        await page.goto(`/${lang}/chronology/quiz?seed=${orderingSeed}`);
        await page.getByRole('button', { name: lang === 'fr' ? 'Commencer' : 'Start' }).click();
        await shot('ordering');
        await page.goto(`/${lang}/assessment`);
        await page.getByRole('button', { name: lang === 'fr' ? 'Commencer' : 'Start' }).click();
        for (let n = 0; n < 20; n++) {
          await expect(page.getByText(lang === 'fr' ? `Question ${n + 1} sur 20` : `Question ${n + 1} of 20`)).toBeVisible();
          const radios = page.locator('[data-question-id]').getByRole('radio');
          if ((await radios.count()) > 0) await radios.nth(n % 2).check();
          await page.getByRole('button', { name: lang === 'fr' ? 'Valider et continuer' : 'Confirm and continue' }).click();
        }
        await expect(page.locator('.review__item')).toHaveCount(20);
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot('results');
      }
      await context.close();
    });
  }
});

/** The first seed whose quiz opens with a question matching `test`, found with the real generator. */
function seedWhere(test: (question: Question) => boolean, scope: QuizScope, count: number): number {
  for (let seed = 1; seed < 10_000; seed++) {
    const [first] = generateBilingualQuiz(course.facts, { seed, count, scope });
    if (first && test(first)) return seed;
  }
  throw new Error('no seed opens with such a question');
}

test.describe('progress screenshots', () => {
  for (const [device, options] of Object.entries(VIEWPORTS)) {
    test(`course home with progress, and settings, on ${device}`, async ({ browser }) => {
      const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto('/en/introduction/why-terrorism');
      for (let step = 0; step < 12; step++) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(700);
      }
      await page.goto('/en/capabilities/dat-programme/check');
      await page.getByRole('button', { name: 'Start' }).click();
      await expect(page.locator('[data-question-id]')).toBeVisible();
      for (const lang of LANGS) {
        await page.goto(`/${lang}`);
        await expect(page.locator('.course-progress')).toBeVisible();
        await page.screenshot({ path: `screenshots/progress-home-${lang}-${device}.png`, fullPage: device === 'desktop' });
        await page.goto(`/${lang}/settings`);
        await expect(page.locator('h1')).toBeVisible();
        await page.screenshot({ path: `screenshots/settings-${lang}-${device}.png`, fullPage: true });
      }
      await context.close();
    });
  }
});

test.describe('record screenshots', () => {
  for (const [device, options] of Object.entries(VIEWPORTS)) {
    test(`the record page, the certificate and its PDF on ${device}`, async ({ browser }) => {
      const history = completedCourseHistory();
      const record = buildRecord({ courseId: course.id, contentVersion: '0'.repeat(64), build: 'screenshots', outlines: course.outlines, ...history, now: Date.UTC(2026, 10, 20, 15) });
      expect(record.status).toMatchObject({ completion: 'completed', success: 'passed' });
      record.learner.displayName = 'Łukasz Żółć-Ağaoğlu';
      const file = { name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seal(record))) };
      const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const lang of LANGS) {
        await page.goto(`/${lang}/record`);
        await expect(page.locator('h1')).toBeVisible();
        await page.screenshot({ path: `screenshots/record-empty-${lang}-${device}.png`, fullPage: true });
        if (lang === 'fr') {
          await page.locator('input[type=file]').setInputFiles(file);
          await page.locator('.record-import button[type=submit]').click();
          await expect(page.locator('.record-import [role=status]')).toContainText('Relevé restauré');
        }
        await page.goto(`/${lang}/record`);
        await expect(page.locator('.badge--passed')).toBeVisible();
        await page.screenshot({ path: `screenshots/record-${lang}-${device}.png`, fullPage: true });
        await page.locator('input[type=file]').setInputFiles({ ...file, buffer: Buffer.from(JSON.stringify({ ...record, version: 1, learner: { ...record.learner, displayName: 'X' } })) });
        await page.locator('.record-import button[type=submit]').click();
        await expect(page.locator('.record-import [role=alert]')).not.toBeEmpty();
        await page.locator('.record-import').screenshot({ path: `screenshots/record-import-error-${lang}-${device}.png` });
        await page.goto(`/${lang}/certificate`);
        await expect(page.locator('.certificate')).toBeVisible();
        await page.screenshot({ path: `screenshots/certificate-${lang}-${device}.png`, fullPage: true });
        if (device === 'desktop') {
          await page.emulateMedia({ media: 'print' });
          await page.screenshot({ path: `screenshots/certificate-print-${lang}.png`, fullPage: true });
          await page.emulateMedia({ media: 'screen' });
          const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.certificate-page__actions .button--primary').click()]);
          const pdf = `screenshots/certificate-${lang}.pdf`;
          await download.saveAs(pdf);
          // pdftoppm (poppler-utils) turns the PDF into a PNG to look at, when it is installed.
          const rendered = spawnSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, `screenshots/certificate-pdf-${lang}`]);
          if (rendered.error) console.warn('pdftoppm is not installed: the PDF was not rendered to PNG');
        }
      }
      await context.close();
    });
  }
});
