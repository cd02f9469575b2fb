/**
 * `npm run bench:offline`: what offline use costs. Builds the app into dist-bench/, serves it
 * as docs/hosting.md asks, and prints the service worker's precache (files and bytes) and the
 * time to reload a lesson offline until it is usable (median, p95), in Chromium.
 * `benchOffline(url)` returns the reload figures for `npm run bench`.
 */
import { chromium } from '@playwright/test';
import { kB, measureBuild } from './bytes.ts';
import { buildApp, isMain, serveStatic, CHROMIUM_LAUNCH } from './site.ts';
import { formatTiming, timing, type Timing } from './stats.ts';

const PORT = 4192;
export const OFFLINE_LESSON = '/en/capabilities/dat-programme';

/**
 * Visits a lesson of the app served at `origin` until its service worker controls the page,
 * goes offline, then reloads it 15 times: from the reload until its title and first section
 * are on screen, everything served by the service worker.
 */
export async function benchOffline(origin: string, reloads = 15): Promise<Timing & { chromium: string }> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${OFFLINE_LESSON}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('the service worker does not control the lesson');
    await context.setOffline(true);
    const times: number[] = [];
    for (let run = 0; run < reloads; run++) {
      const start = Date.now();
      await page.reload({ waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.lesson-section').first().waitFor();
      times.push(Date.now() - start);
    }
    return { ...timing(times), chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

if (isMain(import.meta.url)) {
  const dir = await buildApp();
  const { precache } = measureBuild(dir);
  console.log(`precache: ${precache.files} files, ${kB(precache.raw)} (${kB(precache.gzip)} gzip): the app, both languages, every lesson, quiz facts, icons`);
  const server = await serveStatic(dir, PORT);
  try {
    const figures = await benchOffline(server.url);
    console.log(`offline reload of a lesson until its text shows: ${formatTiming(figures, 0)}, served by the service worker`);
    console.log(`Chromium ${figures.chromium}`);
  } finally {
    await server.close();
  }
}
