/**
 * `npm run bench:offline`: what offline use costs. Builds the app, serves it with
 * `vite preview`, and prints the service worker's precache (files and bytes, raw and gzip)
 * and the time to reload a lesson offline until it is usable (median, p95), in Chromium.
 */
import { execSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const PORT = 4180;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const sw = readFileSync('dist/sw.js', 'utf8');
const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
let raw = 0;
let gzip = 0;
for (const url of urls) {
  const file = join('dist', url);
  raw += statSync(file).size;
  gzip += gzipSync(readFileSync(file)).length;
}
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`precache: ${urls.length} files, ${kib(raw)} (${kib(gzip)} gzip): the app, both languages, every lesson, quiz facts, icons`);

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath, args });
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const lesson = `http://localhost:${PORT}/en/capabilities/dat-programme`;
  await page.goto(lesson);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await context.setOffline(true);
  const times: number[] = [];
  for (let run = 0; run < 15; run++) {
    const start = Date.now();
    await page.reload({ waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.lesson-section').first().waitFor();
    times.push(Date.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(`offline reload of a lesson until its text shows: median ${at(0.5)} ms, p95 ${at(0.95)} ms (${times.length} reloads, served by the service worker)`);
  console.log(`Chromium ${browser.version()}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
