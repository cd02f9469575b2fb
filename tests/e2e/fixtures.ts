/**
 * The `test` every spec uses: it fails any test during which the page reported a
 * Content-Security-Policy violation (`securitypolicyviolation`), in any of its pages.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** Starts recording CSP violations in every page of `context`. */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

export const test = base.extend<{ cspGuard: undefined }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations = await watchCsp(context);
      await use(undefined);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the service worker controls the page (reloading once if it took over later), so it opens offline. */
export async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** First visit: waits until the service worker has precached the course and controls the page. */
export async function installOffline(page: Page) {
  await page.goto('/en');
  // The first visit says so once the course is stored for offline use.
  await expect(page.getByRole('status').filter({ hasText: 'available offline' })).toBeVisible({ timeout: 15_000 });
  await controlledByServiceWorker(page);
}
