/**
 * `npm run bench`: every figure of docs/benchmarks.md, measured the same way every time, in
 * one table. Builds the app into dist-bench/app (never dist/) and an empty React page into
 * dist-bench/empty-react, serves both on ports 4190-4191 as docs/hosting.md asks (brotli,
 * CSP, caching), then measures bytes, Lighthouse, the offline reload, and the domain's speed.
 *   --runs N        Lighthouse runs per page (default 5; the median is reported)
 *   --write-docs    also writes the table and the machine into docs/benchmarks.md
 * Figures, not tests: the deterministic ones are budgets in `npm run test:budget`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';
import { kB, measureBuild, measureInitial } from './bytes.ts';
import { BUDGETS } from './budget.ts';
import { buildEmptyReact } from './empty-react.ts';
import { runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { benchOffline, OFFLINE_LESSON } from './offline.ts';
import { benchQuiz } from './quiz.ts';
import { APP_DIR, buildApp, serveStatic } from './site.ts';
import type { Timing } from './stats.ts';
import { benchStorage } from './storage.ts';
import { benchLrs } from './lrs.ts';
import { benchReview } from './review.ts';

const APP_PORT = 4190;
const EMPTY_PORT = 4191;
const PAGES = ['/fr', '/en', '/fr/introduction/why-terrorism', '/en/introduction/why-terrorism'];
const DOCS = 'docs/benchmarks.md';

const argv = process.argv.slice(2);
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : 5;
const WRITE_DOCS = argv.includes('--write-docs');

interface Row {
  figure: string;
  value: string;
  target: string;
  /** met, missed, or '' when the figure has no target. */
  status: '' | 'met' | 'missed';
  how: string;
}
const rows: Row[] = [];
const row = (figure: string, value: string, how: string, target = '', met?: boolean) => rows.push({ figure, value, target, status: met === undefined ? '' : met ? 'met' : 'missed', how });
const ms = (value: number, digits = 0) => `${value.toFixed(digits)} ms`;
const timed = (t: Timing, digits = 1) => `${ms(t.medianMs, digits)} median, ${ms(t.p95Ms, digits)} p95`;
const bytes = (size: { raw: number; gzip: number; brotli: number }) => `${kB(size.gzip)} gzip, ${kB(size.brotli)} brotli (${kB(size.raw)} raw)`;
const log = (message: string) => console.error(`· ${message}`);

function machine(): string[] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown.
  }
  return [
    `CPU: ${cpus().length} × ${model}`,
    `RAM: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `OS: ${type()} ${release()}`,
    `Node: ${process.version}`,
    `Browser: ${chromium}`,
  ];
}

function lighthouseRows(page: string, figures: LighthouseFigures, emptyLcp: number) {
  const ratio = figures.lcpMs / emptyLcp;
  const scoresMet = figures.performance >= 99 && figures.accessibility === 100 && figures.bestPractices === 100;
  row(
    `Lighthouse ${page}: performance / accessibility / best practices`,
    `${figures.performance} / ${figures.accessibility} / ${figures.bestPractices}`,
    `median of ${figures.runs} runs, Lighthouse ${figures.lighthouse}, default mobile (simulated slow 4G, 4× CPU slowdown), cold load`,
    '≥ 99 / 100 / 100',
    scoresMet,
  );
  row(
    `Lighthouse ${page}: FCP / LCP / TBT / CLS`,
    `${ms(figures.fcpMs)} / ${ms(figures.lcpMs)} (${ratio.toFixed(2)}× empty React) / ${ms(figures.tbtMs)} / ${figures.cls.toFixed(3)}`,
    `same runs, each figure's median; LCP compared with the empty React page's`,
    'LCP ≤ 1.00× empty React; CLS ≤ 0.01',
    ratio <= 1 && figures.cls <= 0.01,
  );
}

const started = Date.now();
const loadBefore = loadavg();
const machineLines = machine();

log('building the app into dist-bench/app and the empty React page into dist-bench/empty-react');
const appDir = await buildApp(APP_DIR);
const emptyDir = await buildEmptyReact();
const app = measureBuild(appDir);
const empty = measureInitial(emptyDir);

row('Initial JavaScript', bytes(app.initialJs), `${app.initialJs.files} files that index.html loads (entry + modulepreload); node:zlib gzip level 6, brotli quality 11, file by file`, `≤ ${kB(BUDGETS.initialJsGzip)} gzip`, app.initialJs.gzip <= BUDGETS.initialJsGzip);
row('Initial CSS', bytes(app.initialCss), `${app.initialCss.files} stylesheet(s) linked by index.html; same compression`);
if (app.largestRoute) {
  const route = app.largestRoute;
  row('Largest route chunk', bytes(route), `${route.source}: its chunk and the ${route.files - 1} chunk(s) it imports that the first load does not hold (Vite manifest)`);
}
if (app.pages.largest) {
  row(
    'Prerendered HTML',
    `${bytes(app.pages)}, ${app.pages.files} pages; largest ${app.pages.largest.path}: ${bytes(app.pages.largest)}`,
    'every page of both languages rendered at build time (every .html file but the shell index.html), same compression; all in the precache',
    `≤ ${kB(BUDGETS.pagesGzip)} gzip in all (budget)`,
    app.pages.gzip <= BUDGETS.pagesGzip,
  );
}
row('Service worker precache', `${bytes(app.precache)}, ${app.precache.files} files`, 'every distinct URL of the precache manifest in dist/sw.js: downloaded once, on the first visit', `≤ ${kB(BUDGETS.precacheGzip)} gzip (budget)`, app.precache.gzip <= BUDGETS.precacheGzip);
row('Empty React page: initial JavaScript', bytes(empty.initialJs), 'React 19 + react-dom rendering one <h1>, built by Vite with @vitejs/plugin-react: the floor');

const appServer = await serveStatic(appDir, APP_PORT);
const emptyServer = await serveStatic(emptyDir, EMPTY_PORT);
const lighthouse: { page: string; figures: LighthouseFigures }[] = [];
try {
  log(`Lighthouse, ${RUNS} runs: the empty React page`);
  const emptyFigures = await runLighthouse(`${emptyServer.url}/`, RUNS);
  for (const page of PAGES) {
    log(`Lighthouse, ${RUNS} runs: ${page}`);
    lighthouse.push({ page, figures: await runLighthouse(`${appServer.url}${page}`, RUNS) });
  }
  for (const { page, figures } of lighthouse) lighthouseRows(page, figures, emptyFigures.lcpMs);
  row(
    'Lighthouse, empty React page: perf / a11y / BP; FCP / LCP / TBT / CLS',
    `${emptyFigures.performance} / ${emptyFigures.accessibility} / ${emptyFigures.bestPractices}; ${ms(emptyFigures.fcpMs)} / ${ms(emptyFigures.lcpMs)} / ${ms(emptyFigures.tbtMs)} / ${emptyFigures.cls.toFixed(3)}`,
    `same settings, same server; the LCP every page above is compared with`,
  );
  lighthouse.push({ page: 'empty React page', figures: emptyFigures });

  log('offline reload of a lesson');
  const offline = await benchOffline(appServer.url);
  row('Offline repeat load of a lesson', `${ms(offline.medianMs)} median, ${ms(offline.p95Ms)} p95`, `${OFFLINE_LESSON} reloaded ${offline.runs} times offline in Chromium (Playwright, no throttling), served by the service worker: reload until its title and first section show`, '≤ 300 ms (median)', offline.medianMs <= 300);
} finally {
  await appServer.close();
  await emptyServer.close();
}

log('saving answers (Chromium, IndexedDB)');
const storage = await benchStorage();
row('Save one answer', timed(storage.save), `the app's saveAnswer (the attempt row, its questions as shown included, in one transaction) on the final assessment's page, which re-renders from its live query; ${storage.save.runs} answers one at a time, page idle between two (Chromium, Vite dev server)`, '≤ 10 ms p95', storage.save.p95Ms <= 10);
row('Save answers back to back, course home open', timed(storage.saveBurst), `the same saves with no pause, on the course home whose live query re-reads every attempt after each save: a stress figure`);

log('quiz generation (Node)');
const quiz = await benchQuiz();
row('Whole question bank, both languages', timed(quiz.wholeBank), `${quiz.questions} questions per language, ${quiz.types} types, new seed each run; ${quiz.wholeBank.runs} runs after 5 warm-ups (Node)`, '≤ 50 ms (median)', quiz.wholeBank.medianMs <= 50);
row('20-question final assessment', timed(quiz.assessment), `select and build both languages, new seed each run; ${quiz.assessment.runs} runs (Node)`);

log('spaced review (Node, then Chromium with IndexedDB)');
const review = await benchReview();
row('Schedule 10,000 review cards', timed(review.due), `the day's due list among 10,000 cards, least likely recalled first (FSRS retrievability, ts-fsrs); ${review.due.runs} runs after 3 warm-ups (Node, scripts/bench/review.ts)`, '≤ 50 ms (median)', review.due.medianMs <= 50);
row('One answer applied to each of 10,000 cards', timed(review.answerEach), 'ts-fsrs computes the four outcomes of each answer: what 10,000 answers cost in all, one at a time (Node): a scale figure');
row('Open the review page, 5,000 cards', timed(review.open, 0), `from a click on "Review" in the navigation to the day's count on screen, timed in the page; ${review.open.runs} openings after one that loads the page's modules (Chromium, Vite dev server)`, '≤ 200 ms (median)', review.open.medianMs <= 200);
row('Plan a review session, 5,000 cards', timed(review.plan, 0), 'on "Start the review": read the due cards, order them, generate the question bank and pick 20 questions (Chromium, Vite dev server)');

log('completion record (Node)');
const recordModule = fileURLToPath(new URL('./record.ts', import.meta.url));
if (existsSync(recordModule)) {
  const specifier: string = new URL('./record.ts', import.meta.url).href;
  const { benchRecord } = (await import(specifier)) as { benchRecord: () => Promise<Timing & { bytes: number; answers?: number }> };
  const record = await benchRecord();
  row('Completion record, 10,000 answers', timed(record, 0), `build, seal (SHA-256) and serialise the record of ${(record.answers ?? 10_000).toLocaleString('en')} answers, ${kB(record.bytes)} JSON; ${record.runs} runs (Node, scripts/bench/record.ts)`, '≤ 1 s (median)', record.medianMs <= 1000);
} else {
  row('Completion record, 10,000 answers', 'not measured', 'scripts/bench/record.ts is missing', '≤ 1 s', false);
}

log('draining 10,000 statements to the local LRS (Chromium, Learning Locker statements service)');
const lrs = await benchLrs();
row(
  'Outbox: 10,000 statements drained to the local LRS',
  `${lrs.seconds.toFixed(1)} s, ${Math.round(lrs.perSecond)} statements/s; longest main-thread task ${ms(lrs.longestTaskMs)} (${lrs.longTasks} over 50 ms)`,
  `10,000 statements queued in IndexedDB, sent by the app's own sender (batches of 50, Web Lock, yielding between batches) to xapi-statements in memory on 127.0.0.1; Long Tasks API in the page; ${lrs.stored.toLocaleString('en')} stored (scripts/bench/lrs.ts)`,
  'no main-thread task over 50 ms',
  lrs.longTasks === 0,
);

const loadAfter = loadavg();
machineLines.push(`Load average (1 min) before / after: ${loadBefore[0]?.toFixed(2)} / ${loadAfter[0]?.toFixed(2)}; run took ${Math.round((Date.now() - started) / 1000)} s`);

const escape = (text: string) => text.replace(/\|/g, '\\|');
const table = [
  '| Figure | Value | Target | Status | How it was measured |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${escape(r.figure)} | ${escape(r.value)} | ${escape(r.target)} | ${r.status} | ${escape(r.how)} |`),
].join('\n');
const flagged = lighthouse.filter(({ figures }) => figures.failing.length > 0).map(({ page, figures }) => `- ${page}: ${figures.failing.join('; ')}`);
const report = [
  `Measured ${new Date().toISOString().slice(0, 10)} on:`,
  '',
  ...machineLines.map((line) => `- ${line}`),
  '',
  table,
  '',
  'Lighthouse audits that flagged a problem in at least one run (accessibility and best practices: lost points; performance: diagnostics scoring under 0.9):',
  '',
  ...(flagged.length > 0 ? flagged : ['- none']),
].join('\n');
console.log(report);

if (WRITE_DOCS) {
  const docs = readFileSync(DOCS, 'utf8');
  const start = docs.indexOf('<!-- bench:start -->');
  const end = docs.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start) throw new Error(`${DOCS} has no <!-- bench:start --> … <!-- bench:end --> block`);
  writeFileSync(DOCS, `${docs.slice(0, start)}<!-- bench:start -->\n${report}\n${docs.slice(end)}`);
  log(`wrote the figures into ${DOCS}`);
}
