/**
 * `npm run bench:storage`: the cost of saving progress, in Debian's Chromium with its real
 * IndexedDB, using the app's own repositories (served by Vite). Prints figures; not a test.
 *  - saving one answer: median and p95 over 1,000 saves (50 attempts of 20 questions);
 *  - the course home's progress query with 1,000 stored attempts, and a full load of the home.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

const PORT = 5199;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   (${times.length} runs)`;
};

const server = await createServer({ server: { port: PORT, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({ executablePath, args });
try {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${PORT}/en`);
  await page.getByRole('heading', { level: 1 }).waitFor();

  // Inside the page, the app's modules are fetched from the Vite server by their source path
  // (as string: TypeScript must not resolve them; no named functions: tsx would wrap them).
  const saves = await page.evaluate(async () => {
    const storage = await import(/* @vite-ignore */ '/src/db/storage.ts' as string);
    const quiz = await import(/* @vite-ignore */ '/src/db/quiz-repository.ts' as string);
    await storage.openStorage();
    // 1,000 saves as learners make them: 50 attempts of a 20-question final assessment.
    const questionIds = Array.from({ length: 20 }, (_, i) => `q${i}`);
    const times: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      await quiz.createAttempt({ id: `bench${attempt}`, quizId: 'bench', mode: 'exam', seed: attempt, lang: 'en', questionIds, responses: {}, current: 0, startedAt: Date.now() });
      for (const id of questionIds) {
        const start = performance.now();
        await quiz.saveAnswer(`bench${attempt}`, id, ['x'], 'en', Date.now());
        times.push(performance.now() - start);
      }
    }
    return times;
  });
  console.log(`save one answer (attempt row + activity log, one transaction)       ${stats(saves)}`);

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
  console.log(`home progress query with 1,000 stored attempts                      ${stats(query)}`);

  const loads: number[] = [];
  for (let run = 0; run < 10; run++) {
    const start = Date.now();
    await page.goto(`http://localhost:${PORT}/en`);
    await page.locator('.course-progress').waitFor();
    loads.push(Date.now() - start);
  }
  console.log(`home page load until progress shows, 1,000 attempts (dev server)   ${stats(loads)}`);
  console.log(`Chromium ${browser.version()}, ${process.platform} ${process.arch}`);
} finally {
  await browser.close();
  await server.close();
}
