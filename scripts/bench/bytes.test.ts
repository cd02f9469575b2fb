import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialPaths, measureBuild, precachePaths } from './bytes';

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="/assets/app-b.js">
<link rel="modulepreload" crossorigin href="/assets/index-a.js">
<link rel="stylesheet" crossorigin href="/assets/app-c.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
<link rel="manifest" href="/manifest.webmanifest">
<script src="https://example.org/x.js"></script>
</head><body></body></html>`;

describe('byte measures', () => {
  it('counts what index.html loads first: its module script, modulepreloads and stylesheets, once each', () => {
    expect(initialPaths(INDEX)).toEqual({ js: ['assets/index-a.js', 'assets/app-b.js'], css: ['assets/app-c.css'] });
  });

  it('reads the precache manifest of a workbox service worker, each URL once', () => {
    const sw = 'define(["./workbox-1"],(function(e){e.precacheAndRoute([{url:"a.png",revision:"1"},{url:"assets/x.js",revision:null},{url:"a.png",revision:"1"}],{})}));';
    expect(precachePaths(sw)).toEqual(['a.png', 'assets/x.js']);
  });

  it('sums raw and compressed sizes file by file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bytes-'));
    mkdirSync(join(dir, 'assets'));
    const js = 'export const a = 1;\n'.repeat(200);
    for (const name of ['index-a.js', 'app-b.js']) writeFileSync(join(dir, 'assets', name), js);
    writeFileSync(join(dir, 'assets', 'app-c.css'), 'body{margin:0}');
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'sw.js'), '[{url:"index.html",revision:"1"},{url:"assets/index-a.js",revision:null}]');
    mkdirSync(join(dir, 'fr', 'unit'), { recursive: true });
    writeFileSync(join(dir, 'fr.html'), '<p>home</p>');
    writeFileSync(join(dir, 'fr', 'unit', 'lesson.html'), '<p>a longer lesson</p>'.repeat(50));
    const bytes = measureBuild(dir);
    expect(bytes.initialJs).toMatchObject({ files: 2, raw: 2 * js.length, gzip: 2 * gzipSync(js).length });
    expect(bytes.precache).toMatchObject({ files: 2, raw: INDEX.length + js.length });
    expect(bytes.largestRoute).toBeUndefined();
    // Prerendered pages: every HTML file but the shell.
    expect(bytes.pages).toMatchObject({ files: 2, raw: '<p>home</p>'.length + 50 * '<p>a longer lesson</p>'.length });
    expect(bytes.pages.largest?.path).toBe('fr/unit/lesson.html');
  });
});
