/**
 * `npm run bench:review`: the cost of spaced review. Prints figures; not a test.
 *  - in Node, scheduling 10,000 cards: the day's due list, most likely forgotten first (target:
 *    under 50 ms), and, for scale, one answer applied to each of 10,000 cards (ts-fsrs computes
 *    the four outcomes of each: about 10 µs a card);
 *  - in Debian's Chromium with its real IndexedDB (app served by Vite), with 5,000 cards stored
 *    (most of them due): the review page's query, planning a session (when the learner starts
 *    one), and opening the page from the navigation until it shows the day's count, timed in
 *    the page from the click (target: under 200 ms).
 * `benchReview()` returns the figures for `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { applyAnswer } from '../../src/domain/review/history.ts';
import { endOfDay } from '../../src/domain/review/day.ts';
import { dueCards, type ReviewCard } from '../../src/domain/review/schedule.ts';
import { compileRealCourse } from '../course-files.ts';
import { CHROMIUM_LAUNCH, isMain } from './site.ts';
import { formatTiming, timing, type Timing } from './stats.ts';

const PORT = 5198;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 9);

export interface ReviewBench {
  /** The day's due cards among 10,000, most likely forgotten first, Node. */
  due: Timing;
  /** 10,000 cards each moved by one answer (a third wrong), Node. */
  answerEach: Timing;
  /** The review page's query (due today, cards, next due, latest session) with 5,000 cards. */
  pageQuery: Timing;
  /** Planning a session of 20 among the due cards (read, order, generate the questions). */
  plan: Timing;
  /** From a click on "Review" in the navigation until the day's count shows, 5,000 cards. */
  open: Timing;
  chromium: string;
}

/** `count` cards on facts `fact-0…`, each answered twice in the past month (the second answer a third of the time wrong). */
function cardsFor(count: number): ReviewCard[] {
  const cards = new Map<string, ReviewCard>();
  for (let i = 0; i < count; i++) {
    const facts = [`fact-${i}`];
    const first = NOW - 30 * DAY + (i % 20) * DAY;
    applyAnswer(cards, { facts, questionId: `event-year:fact-${i}`, questionType: 'event-year', source: 'quiz', at: first, correct: true });
    applyAnswer(cards, { facts, questionId: `event-date:fact-${i}`, questionType: 'event-date', source: 'quiz', at: first + (i % 7) * DAY, correct: i % 3 !== 0 });
  }
  return [...cards.values()];
}

function measure(runs: number, run: (i: number) => unknown): Timing {
  for (let i = 0; i < 3; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  return timing(times);
}

export async function benchReview(): Promise<ReviewBench> {
  const tenThousand = cardsFor(10_000);
  const answerEach = measure(20, (run) => {
    const cards = new Map(tenThousand.map((card) => [card.factId, card]));
    for (const [i, card] of tenThousand.entries()) applyAnswer(cards, { facts: [card.factId], questionId: 'q', questionType: 'acronym', source: 'review', at: NOW + run, correct: i % 3 !== 0 });
  });
  const due = measure(20, (run) => dueCards(tenThousand, endOfDay(NOW + run, 0)));

  // The browser: real course facts for the session's questions, so cards on real facts.
  const { facts } = compileRealCourse();
  const factIds = [...new Set([...facts.events, ...facts.entities, ...facts.figures, ...facts.sets].map((fact) => fact.id))];
  const stored = cardsFor(5_000).map((card, i) => ({ ...card, factId: i < factIds.length ? (factIds[i] ?? card.factId) : card.factId }));
  const dueNow = stored.filter((card) => card.due <= endOfDay(NOW, 0)).length;

  const server = await createServer({ server: { port: PORT, strictPort: true, hmr: false, watch: null }, logLevel: 'error' });
  await server.listen();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext({ timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    await page.goto(`http://localhost:${PORT}/en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Inside the page, the app's modules are fetched from the Vite server by their source path.
    const inPage = await page.evaluate(async (cards) => {
      const storage = await import(/* @vite-ignore */ '/src/db/storage.ts' as string);
      const reviews = await import(/* @vite-ignore */ '/src/db/review-repository.ts' as string);
      const day = await import(/* @vite-ignore */ '/src/domain/review/day.ts' as string);
      const schedule = await import(/* @vite-ignore */ '/src/domain/review/schedule.ts' as string);
      const session = await import(/* @vite-ignore */ '/src/domain/review/review-session.ts' as string);
      const data = await import(/* @vite-ignore */ '/src/features/quiz/quiz-data.ts' as string);
      const db = storage.getDb();
      await db.reviewCards.clear();
      await db.reviewCards.bulkAdd(cards);
      const facts = await data.loadFacts();
      const query: number[] = [];
      const plan: number[] = [];
      for (let run = 0; run < 30; run++) {
        const now = Date.now();
        const end = day.endOfDay(now, new Date(now).getTimezoneOffset());
        let start = performance.now();
        await Promise.all([reviews.countDueBy(end), reviews.countCards(), reviews.nextDueAfter(end), reviews.getLatestReviewSession()]);
        query.push(performance.now() - start);
        start = performance.now();
        const due = schedule.dueCards(await reviews.getCardsDueBy(end), end);
        session.planReview(facts, due, run);
        plan.push(performance.now() - start);
      }
      return { query, plan };
    }, stored);

    const opens: number[] = [];
    const count = page.getByText(/^\d+ facts? to review today\.$/);
    for (let run = 0; run < 11; run++) {
      await page.getByRole('link', { name: 'Course', exact: true }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Timed in the page: from the click on the navigation link to the count on screen.
      const took = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            // No named functions here: tsx would wrap them in a helper the page does not have.
            const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Review') as HTMLAnchorElement | undefined;
            const start = performance.now();
            if (!link) reject(new Error('no Review link in the navigation'));
            link?.click();
            // Checked after every task and frame (MessageChannel: not throttled, unlike timers).
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              if (/facts? to review today\./.test(document.querySelector('main')?.textContent ?? '')) resolve(performance.now() - start);
              else if (performance.now() - start > 20_000) reject(new Error('the count did not show'));
              else channel.port2.postMessage(null);
            };
            channel.port2.postMessage(null);
          }),
      );
      await count.waitFor();
      // The first opening loads the page's modules from the dev server: not counted.
      if (run > 0) opens.push(took);
    }
    const shown = await count.textContent();
    if (!shown?.startsWith(`${dueNow} `)) throw new Error(`the page says "${shown}", but ${dueNow} cards were due`);
    return { answerEach, due, pageQuery: timing(inPage.query), plan: timing(inPage.plan), open: timing(opens), chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (isMain(import.meta.url)) {
  const figures = await benchReview();
  const row = (name: string, t: Timing, target = '') => console.log(`${name.padEnd(62)} ${formatTiming(t)}${target}`);
  row('schedule 10,000 cards: the day\'s due list, in order (Node)', figures.due, figures.due.medianMs < 50 ? '   target < 50 ms: ok' : '   target < 50 ms: MISSED');
  row('one answer applied to each of 10,000 cards (Node)', figures.answerEach);
  row('review page query, 5,000 cards stored (Chromium)', figures.pageQuery);
  row('plan a session of 20 among the due cards (Chromium)', figures.plan);
  row('open the review page from the navigation, 5,000 cards', figures.open, figures.open.medianMs < 200 ? '   target < 200 ms: ok' : '   target < 200 ms: MISSED');
  console.log(`Chromium ${figures.chromium}, Node ${process.version}, ${process.platform} ${process.arch}`);
}
