import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.ts';
const server = await serveStatic(process.argv[2] ?? 'dist', 4198);
const out = process.argv[3] ?? '/tmp/shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [device, viewport] of [['phone', { width: 412, height: 915 }], ['desktop', { width: 1280, height: 900 }]] as const) {
  for (const lang of ['fr', 'en']) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const shot = async (name: string, full = false) => page.screenshot({ path: `${out}/${device}-${lang}-${name}.png`, fullPage: full });
    await page.goto(`${server.url}/${lang}`); await page.waitForFunction(() => document.querySelectorAll('.badge--pending').length === 0);
    await shot('home');
    await page.goto(`${server.url}/${lang}/threat-awareness/southern-hub-and-human-security`); await page.waitForFunction(() => document.querySelectorAll('.badge--pending').length === 0);
    await shot('lesson');
    await page.goto(`${server.url}/${lang}/threat-awareness/southern-hub-and-human-security/check`); await page.waitForFunction(() => document.querySelectorAll('.badge--pending').length === 0);
    await page.locator('main button.button--primary').first().click();
    const q = page.locator('[data-question-id]'); await q.waitFor();
    await shot('question');
    const radios = q.getByRole('radio'); if (await radios.count()) await radios.nth(1).check();
    await page.locator('main button.button--primary').first().click();
    await page.waitForTimeout(400); await shot('feedback', true);
    await page.goto(`${server.url}/${lang}/review`); await page.waitForTimeout(800); await shot('review');
    await page.goto(`${server.url}/${lang}/record`); await page.waitForTimeout(1200); await shot('record', true); await page.locator('section[aria-labelledby=retention-title]').screenshot({ path: `${out}/${device}-${lang}-retention.png` });
    await context.close();
  }
}
await browser.close(); await server.close();
