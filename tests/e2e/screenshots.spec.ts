/**
 * `npm run screenshots`: course home, a lesson and the chronology, in French and English,
 * on a phone and a desktop, written to screenshots/ for a person to look at.
 */
import { devices, expect, test } from '@playwright/test';
import { LANGS } from './course-fixture';

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
