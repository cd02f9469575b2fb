/**
 * `npm run test:budget` (part of `npm test`, after the build): the byte budgets of the built
 * app in dist/ (or the folder given as argument). Fails, naming the figure and its budget,
 * when a build grows past one. Sizes are counted by scripts/bench/bytes.ts, as `npm run bench`
 * reports them, in kB of 1,000 bytes (as Vite's build report prints them).
 */
import { measureBuild, kB } from './bytes.ts';
import { isMain } from './site.ts';

export const BUDGETS = {
  /**
   * The target: React, react-router, i18next, Dexie and zustand are about 154 kB
   * gzip together, so the first load holds them and little else; a page's own code loads later.
   */
  initialJsGzip: 160_000,
  /**
   * Everything the service worker downloads on the first visit, gzip: what a learner on a
   * poor connection pays for offline use (the raw size, which the cache stores, grows with
   * it; PNG icons count as they are). 619 kB when this budget was set (1,914 kB raw, 89
   * files), of which 176 kB is the certificate's PDF writer (pdf-lib), kept so that the
   * certificate works offline. About 5 % of room: enough for a few more lessons, not for a
   * new library; raising it must be a decision, taken here with its reason.
   */
  precacheGzip: 650_000,
};

export interface BudgetCheck {
  name: string;
  figure: number;
  budget: number;
  ok: boolean;
}

export function checkBudgets(dir: string): BudgetCheck[] {
  const bytes = measureBuild(dir);
  return [
    { name: `initial JavaScript, gzip (${bytes.initialJs.files} files that index.html loads)`, figure: bytes.initialJs.gzip, budget: BUDGETS.initialJsGzip },
    { name: `service worker precache, gzip (${bytes.precache.files} files)`, figure: bytes.precache.gzip, budget: BUDGETS.precacheGzip },
  ].map((check) => ({ ...check, ok: check.figure <= check.budget }));
}

if (isMain(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const checks = checkBudgets(dir);
  for (const check of checks) {
    const line = `${check.name}: ${kB(check.figure)} (${check.figure} bytes), budget ${kB(check.budget)}`;
    if (check.ok) console.log(`ok    ${line}`);
    else console.error(`OVER  ${line}: ${kB(check.figure - check.budget)} over`);
  }
  if (checks.some((check) => !check.ok)) {
    console.error(`Budget exceeded in ${dir}/: load less (lazy imports), or raise the budget in scripts/bench/budget.ts with the reason.`);
    process.exit(1);
  }
}
