/**
 * `npm run bench:storage`: the cost of saving progress, in Debian's Chromium with its real
 * IndexedDB, using the app's own repositories (served by Vite). Prints figures; not a test.
 *  - saving one answer: median and p95 over 1,000 saves (50 attempts of 20 questions), one at a
 *    time on the quiz page, and back to back on the course home;
 *  - the course home's progress query with 1,000 stored attempts, and a full load of the home.
 * `benchStorage()` returns the figures for `npm run bench`.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { isMain, CHROMIUM_LAUNCH } from './site.ts';
import { formatTiming, timing, type Timing } from './stats.ts';

const PORT = 5199;

export interface StorageBench {
  /** One answer saved with the app's saveAnswer (attempt row and activity log), on the quiz page. */
  save: Timing;
  /** 1,000 answers saved back to back on the course home (its live query re-reads all attempts). */
  saveBurst: Timing;
  /** The course home's progress query with 1,000 stored attempts. */
  homeQuery: Timing;
  /** A full load of the course home until its progress shows (dev server). */
  homeLoad: Timing;
  chromium: string;
}

export async function benchStorage(): Promise<StorageBench> {
  // No file watching or HMR: an edit elsewhere in the checkout must not reload the page mid-run.
  const server = await createServer({ server: { port: PORT, strictPort: true, hmr: false, watch: null }, logLevel: 'error' });
  await server.listen();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    // Saving answers where learners give them: on the final assessment, whose page reads the
    // attempt live and re-renders after each save. A real attempt is started from the page,
    // then 50 attempts of its 20 questions are answered one at a time, the page idle between
    // two answers (a learner takes seconds per question).
    await page.goto(`http://localhost:${PORT}/en/assessment`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('[data-question-id]').waitFor();

    // Inside the page, the app's modules are fetched from the Vite server by their source path
    // (as string: TypeScript must not resolve them; no named functions: tsx would wrap them).
    const saves = await page.evaluate(async () => {
      const quiz = await import(/* @vite-ignore */ '/src/db/quiz-repository.ts' as string);
      const started = await quiz.getLatestAttempt('final');
      const times: number[] = [];
      for (let attempt = 0; attempt < 50; attempt++) {
        const id = `bench${attempt}`;
        await quiz.createAttempt({ ...started, id, responses: {}, current: 0, startedAt: Date.now() });
        for (const questionId of started.questionIds as string[]) {
          await new Promise((idle) => requestIdleCallback(idle, { timeout: 200 }));
          const start = performance.now();
          await quiz.saveAnswer(id, questionId, ['x'], 'en', Date.now());
          times.push(performance.now() - start);
        }
      }
      return times;
    });

    // The same saves back to back on the course home, whose live query re-reads every attempt
    // after each save: each save waits behind the previous one's re-read and re-render.
    await page.goto(`http://localhost:${PORT}/en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const burst = await page.evaluate(async () => {
      const quiz = await import(/* @vite-ignore */ '/src/db/quiz-repository.ts' as string);
      const questionIds = Array.from({ length: 20 }, (_, i) => `q${i}`);
      const times: number[] = [];
      for (let attempt = 0; attempt < 50; attempt++) {
        await quiz.createAttempt({ id: `burst${attempt}`, quizId: 'bench', mode: 'exam', seed: attempt, lang: 'en', questionIds, responses: {}, current: 0, startedAt: Date.now() });
        for (const id of questionIds) {
          const start = performance.now();
          await quiz.saveAnswer(`burst${attempt}`, id, ['x'], 'en', Date.now());
          times.push(performance.now() - start);
        }
      }
      return times;
    });

    const query = await page.evaluate(async () => {
      const storage = await import(/* @vite-ignore */ '/src/db/storage.ts' as string);
      const db = storage.getDb();
      await db.quizAttempts.clear();
      const now = Date.now();
      await db.quizAttempts.bulkAdd(
        Array.from({ length: 1000 }, (_, i) => ({
          id: `a${i}`,
          quizId: `lesson:unit${i % 6}/lesson${i % 24}`,
          mode: 'practice' as const,
          seed: i,
          lang: 'en' as const,
          questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
          responses: Object.fromEntries(['q1', 'q2', 'q3', 'q4', 'q5'].map((q) => [q, { optionIds: ['x'], answeredAt: now, lang: 'en' as const }])),
          current: 4,
          startedAt: now - i * 1000,
          finishedAt: now - i * 1000 + 500,
          score: { correct: 4, total: 5, ratio: 0.8, passed: true },
          updatedAt: now,
        })),
      );
      const progress = await import(/* @vite-ignore */ '/src/db/progress-repository.ts' as string);
      const quiz = await import(/* @vite-ignore */ '/src/db/quiz-repository.ts' as string);
      const profile = await import(/* @vite-ignore */ '/src/db/profile-repository.ts' as string);
      const times: number[] = [];
      for (let run = 0; run < 30; run++) {
        const start = performance.now();
        const [, attempts] = await Promise.all([progress.getAllLessonProgress(), quiz.getAllAttempts(), profile.getProfile()]);
        const byQuiz = new Map<string, unknown[]>();
        for (const attempt of attempts as { quizId: string }[]) byQuiz.set(attempt.quizId, [...(byQuiz.get(attempt.quizId) ?? []), attempt]);
        times.push(performance.now() - start);
      }
      return times;
    });

    const loads: number[] = [];
    for (let run = 0; run < 10; run++) {
      const start = Date.now();
      await page.goto(`http://localhost:${PORT}/en`);
      await page.locator('.course-progress').waitFor();
      loads.push(Date.now() - start);
    }
    return { save: timing(saves), saveBurst: timing(burst), homeQuery: timing(query), homeLoad: timing(loads), chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (isMain(import.meta.url)) {
  const figures = await benchStorage();
  console.log(`save one answer on the quiz page, one at a time (row + log)        ${formatTiming(figures.save)}`);
  console.log(`save answers back to back on the course home (live query re-reads) ${formatTiming(figures.saveBurst)}`);
  console.log(`home progress query with 1,000 stored attempts                      ${formatTiming(figures.homeQuery)}`);
  console.log(`home page load until progress shows, 1,000 attempts (dev server)   ${formatTiming(figures.homeLoad)}`);
  console.log(`Chromium ${figures.chromium}, ${process.platform} ${process.arch}`);
}
