/**
 * Lighthouse on a served page, the way `npm run bench` reports it: Lighthouse's default
 * config (a mid-range phone, simulated slow 4G and 4x CPU slowdown), categories performance,
 * accessibility and best practices, in Debian's Chromium (CHROME_PATH, else CHROMIUM_PATH,
 * else /usr/bin/chromium) headless. Each run is a cold load: Lighthouse clears the origin's
 * storage, caches and service worker first. Every figure is the median of its runs.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './stats.ts';

const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export interface LighthouseFigures {
  url: string;
  runs: number;
  /** Scores out of 100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that flagged a problem in at least one run (id: title), to say what stands in the way. */
  failing: string[];
  lighthouse: string;
}

export async function runLighthouse(url: string, runs = 5): Promise<LighthouseFigures> {
  const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
  for (let run = 0; run < runs; run++) {
    // A fresh browser for every run, so that no run inherits another's warm state.
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      results.push(result.lhr);
    } finally {
      chrome.kill();
    }
  }
  const score = (id: (typeof CATEGORIES)[number]) => median(results.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
  const metric = (id: string) => median(results.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
  // Accessibility and best practices: every scored audit that lost points. Performance: the
  // diagnostics and insights that flag a problem (their weight is 0; the metrics carry it).
  const failing = new Map<string, string>();
  for (const lhr of results) {
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || failing.has(ref.id)) continue;
        const flagged = id === 'performance' ? ref.group !== 'metrics' && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' : ref.weight > 0 && audit.score < 1;
        if (flagged) failing.set(ref.id, `${ref.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  return {
    url,
    runs,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failing: [...failing.values()].sort(),
    lighthouse: results[0]?.lighthouseVersion ?? '',
  };
}
