/**
 * `npm run bench:lrs`: 10,000 statements queued in the outbox, drained by the app's own sender
 * (in Debian's Chromium, with its real IndexedDB, modules served by Vite, on a lesson page) to the local
 * Learning Record Store (Learning Locker's statements service, in memory). Prints the seconds,
 * statements per second, and the longest main-thread task while draining (Long Tasks API).
 * `benchLrs()` returns the figures for `npm run bench`.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { startTestLrs } from '../lrs/test-lrs.ts';
import { isMain, CHROMIUM_LAUNCH } from './site.ts';

const PORT = 5197;
const LRS_PORT = 5195;
const COUNT = 10_000;

export interface LrsBench {
  statements: number;
  seconds: number;
  perSecond: number;
  longestTaskMs: number;
  longTasks: number;
  stored: number;
  /** Statements the LRS refused (should be none). */
  setAside: number;
  refusal?: string;
}

export async function benchLrs(count = COUNT): Promise<LrsBench> {
  const lrs = await startTestLrs(LRS_PORT);
  const server = await createServer({ server: { port: PORT, strictPort: true, host: '127.0.0.1', hmr: false, watch: null }, logLevel: 'error' });
  await server.listen();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/en/introduction/why-terrorism`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const figures = await page.evaluate(
      async ({ count, endpoint, auth }) => {
        const outbox = await import(/* @vite-ignore */ '/src/db/outbox-repository.ts' as string);
        const profile = await import(/* @vite-ignore */ '/src/db/profile-repository.ts' as string);
        const sender = await import(/* @vite-ignore */ '/src/features/lrs/outbox-sender.ts' as string);
        const longTasks: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        }).observe({ type: 'longtask', buffered: false });
        const base = Date.now();
        const statements = Array.from({ length: count }, (_, i) => ({
          id: crypto.randomUUID(),
          actor: { objectType: 'Agent', account: { homePage: 'https://training.example.org', name: 'bench-learner' } },
          verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
          object: { objectType: 'Activity', id: `https://sentinelle.invalid/xapi/questions/q${i}` },
          result: { response: 'a', success: i % 3 !== 0 },
          context: { registration: '00000000-0000-4000-8000-000000000000', platform: 'Sentinelle', language: 'en-US', contextActivities: {}, revision: 'bench' },
          timestamp: new Date(base + i).toISOString(),
        }));
        // Queue first (not timed), with no LRS set, so nothing starts sending yet.
        for (let i = 0; i < count; i += 1000) await outbox.queueStatements(statements.slice(i, i + 1000), base + i);
        await new Promise((settle) => setTimeout(settle, 500));
        longTasks.length = 0;
        const start = performance.now();
        await profile.saveLearnerLrs({ lrs: { endpoint, auth }, organisationId: '' }, 'en', Date.now());
        for (;;) {
          await sender.sendPending(true);
          const status = await outbox.getOutboxStatus();
          if (status.pending === 0) break;
        }
        const seconds = (performance.now() - start) / 1000;
        await new Promise((settle) => setTimeout(settle, 200));
        const status = await outbox.getOutboxStatus();
        return { seconds, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length, setAside: status.setAside as number, refusal: status.lastRefusal?.message as string | undefined };
      },
      { count, endpoint: lrs.endpoint, auth: lrs.auth },
    );
    const stored = new Set((await lrs.statements()).map((statement) => statement.id)).size;
    return { statements: count, seconds: figures.seconds, perSecond: count / figures.seconds, longestTaskMs: figures.longestTaskMs, longTasks: figures.longTasks, stored, setAside: figures.setAside, ...(figures.refusal ? { refusal: figures.refusal } : {}) };
  } finally {
    await browser.close();
    await server.close();
    await lrs.close();
  }
}

if (isMain(import.meta.url)) {
  const figures = await benchLrs();
  console.log(`drained ${figures.statements} statements to the local LRS in ${figures.seconds.toFixed(2)} s (${Math.round(figures.perSecond)} statements/s); stored: ${figures.stored}; set aside: ${figures.setAside}${figures.refusal ? ` (${figures.refusal})` : ''}`);
  console.log(`longest main-thread task while draining: ${figures.longestTaskMs.toFixed(0)} ms (${figures.longTasks} tasks over 50 ms; target: none)`);
}
