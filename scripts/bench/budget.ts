/**
 * `npm run test:budget` (part of `npm test`, after the build): the byte budgets of the built
 * app in dist/ (or the folder given as argument). Fails, naming the figure and its budget,
 * when a build grows past one. Sizes are counted by scripts/bench/bytes.ts, as `npm run bench`
 * reports them, in kB of 1,000 bytes (as Vite's build report prints them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBuild, kB, pagePaths, precachePaths } from './bytes.ts';
import { isMain } from './site.ts';

export const BUDGETS = {
  /**
   * The issue's target: React, react-router, i18next, Dexie and zustand are about 154 kB
   * gzip together, so the first load holds them and little else; a page's own code loads later.
   * Raised from 160 to 163 kB in stop 19, a decision: every progress write must queue its xAPI
   * statements in its own transaction (the outbox hook and repository, in src/db, are on the
   * first page), and the identity module joined it; 161.5 kB when raised.
   */
  initialJsGzip: 163_000,
  /**
   * Everything the service worker downloads on the first visit, gzip: what a learner on a
   * poor connection pays for offline use (the raw size, which the cache stores, grows with
   * it; PNG icons count as they are). 619 kB when this budget was set (1,914 kB raw, 89
   * files), of which 176 kB is the certificate's PDF writer (pdf-lib), kept so that the
   * certificate works offline. About 5 % of room: enough for a few more lessons, not for a
   * new library; raising it must be a decision, taken here with its reason.
   *
   * Raised to 950 kB by issue 15 (every page prerendered, and precached so that each address
   * opens offline as its own page): the 124 prerendered pages of both languages weigh 285 kB
   * gzip (1,030 kB raw), file by file, on top of the 622 kB above. `pagesGzip` holds the pages
   * apart, so the two cannot borrow from each other.
   *
   * Raised to 990 kB in stop 19 (everything but the pages: 690 kB), a decision: 53 scenario
   * items in both languages, concept notes and new facts, the record code that carries stored
   * questions, and the LRS delivery chunk; 676 kB without the pages, 969 kB in all, when raised.
   *
   * Raised to 1,000 kB by issue 18 (everything but the pages: 700 kB), a decision: spaced
   * review must work offline, so its code is precached: the scheduler (ts-fsrs, about 7.5 kB
   * gzip with the card replay), the review page and the retention picture of the record page,
   * in lazy chunks (none of it on the first page); 691 kB without the pages, 988 kB in all, when raised.
   *
   * Raised to 1,015 kB by issue 13 (everything but the pages: 710 kB), a decision: the item
   * rules and the knowledge checks run in the browser for every quiz drawn (the quiz chunk),
   * and the fact base grew by the wrong answers written for each list and the facts added for
   * thin lessons (facts chunk, 54 kB gzip); 706.6 kB without the pages, 1,006.9 kB in all, when raised.
   *
   * Raised to 1,025 kB in stop 21 (everything but the pages: 720 kB), a decision: cmi5 in LMS
   * packages sends terminated as the page is left and keeps the learner's record in the LMS's
   * State API for other devices (page-leave, record sync, in the LMS chunks), and the fact base
   * gained lists and flags (issue 13); 712.5 kB without the pages, 1,014.9 kB in all, when raised.
   *
   * Raised to 1,040 kB in stop 23 (everything but the pages: 735 kB), a decision: 15 more
   * scenario items, one per lesson whose check had none (issue 14): their bilingual situations,
   * options and reasons are 10.5 kB gzip of course data (the scenario files 31.6 → 42.1 kB gzip),
   * and the LMS chunks gained the per-learner database and the relaunch path; 725.4 kB without
   * the pages, 1,020.8 kB in all, when raised.
   */
  precacheGzip: 1_040_000,
  /**
   * The prerendered pages, all of them, gzip: 285 kB when set (124 pages), about 5 % of room.
   * Raised to 305 kB with the two review pages of issue 18 (126 pages, 300.3 kB when raised).
   */
  pagesGzip: 305_000,
};

export interface BudgetCheck {
  name: string;
  figure: number;
  budget: number;
  ok: boolean;
  /** A number of files, not of bytes. */
  count?: boolean;
}

export function checkBudgets(dir: string): BudgetCheck[] {
  const bytes = measureBuild(dir);
  const precached = new Set(precachePaths(readFileSync(join(dir, 'sw.js'), 'utf8')));
  const missing = pagePaths(dir).filter((path) => !precached.has(path));
  return [
    // Not bytes, but what the precache figures assume: every page is there, to open offline.
    { name: `prerendered pages missing from the precache${missing.length > 0 ? ` (${missing.slice(0, 3).join(', ')}…)` : ''}`, figure: missing.length, budget: 0, count: true },
    { name: `initial JavaScript, gzip (${bytes.initialJs.files} files that index.html loads)`, figure: bytes.initialJs.gzip, budget: BUDGETS.initialJsGzip },
    { name: `service worker precache, gzip (${bytes.precache.files} files)`, figure: bytes.precache.gzip, budget: BUDGETS.precacheGzip },
    { name: `service worker precache without the prerendered pages, gzip`, figure: bytes.precache.gzip - bytes.pages.gzip, budget: BUDGETS.precacheGzip - BUDGETS.pagesGzip },
    { name: `prerendered pages, gzip (${bytes.pages.files} pages)`, figure: bytes.pages.gzip, budget: BUDGETS.pagesGzip },
  ].map((check) => ({ ...check, ok: check.figure <= check.budget }));
}

if (isMain(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const checks = checkBudgets(dir);
  for (const check of checks) {
    const line = check.count ? `${check.name}: ${check.figure}, at most ${check.budget}` : `${check.name}: ${kB(check.figure)} (${check.figure} bytes), budget ${kB(check.budget)}`;
    if (check.ok) console.log(`ok    ${line}`);
    else console.error(`OVER  ${line}: ${check.count ? check.figure - check.budget : kB(check.figure - check.budget)} over`);
  }
  if (checks.some((check) => !check.ok)) {
    console.error(`Budget exceeded in ${dir}/: load less (lazy imports), or raise the budget in scripts/bench/budget.ts with the reason.`);
    process.exit(1);
  }
}
