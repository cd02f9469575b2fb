import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download cannot run here. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Port of `vite preview` for the tests (E2E_PORT lets two checkouts test side by side). */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The built app (npm run build first), as learners get it.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // The test LRS of tests/e2e/lrs.spec.ts (started by that spec) must be reachable under the CSP.
    env: { SENTINELLE_CONNECT_SRC: `http://127.0.0.1:${PORT + 20}` },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /screenshots\.spec/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testIgnore: /screenshots\.spec|a11y\.spec|update\.spec|lrs\.spec|scorm\.spec|cmi5\.spec/ },
    { name: 'screenshots', testMatch: /screenshots\.spec/ },
  ],
});
