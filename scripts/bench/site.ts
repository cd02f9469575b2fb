/**
 * Builds the app for the benchmarks, and serves it as docs/hosting.md asks a static host to
 * (scripts/static-server.ts). Builds go to dist-bench/ and ports are 4190+, so `dist/` and
 * the Playwright ports (4173-4175) stay free for the tests.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export { serveStatic, type StaticServer } from '../static-server.ts';

export const BENCH_DIR = 'dist-bench';
export const APP_DIR = join(BENCH_DIR, 'app');

/** Production build of the app (vite.config.ts), with Vite's manifest for route chunk sizes. */
export async function buildApp(outDir = APP_DIR): Promise<string> {
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, manifest: true } });
  return outDir;
}

/** True when this module is the script node/tsx was asked to run (not imported by another). */
export function isMain(importMetaUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && fileURLToPath(importMetaUrl) === resolve(script);
}

/** Debian's Chromium, launched as every benchmark here and the tests launch it. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
