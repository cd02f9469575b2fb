/**
 * What a build weighs, read from the built files alone (shared by `npm run bench` and the
 * budget test, `npm run test:budget`):
 *  - initial: what index.html loads before anything else (its module script, every
 *    `modulepreload` link, its stylesheets), JS and CSS apart; lazy chunks are not counted;
 *  - precache: every file listed in the service worker's precache manifest (dist/sw.js);
 *  - the largest route chunk (a lazily loaded page, with the chunks it imports that the
 *    initial load does not already hold), when the build wrote Vite's manifest;
 *  - the prerendered pages: every `.html` file but the shell `index.html`, and the largest.
 * Each figure is given raw, gzip (node:zlib, default level 6) and brotli (node:zlib,
 * default quality 11), compressed file by file as a static host would send them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Size {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface RouteChunk extends Size {
  /** The page module, e.g. `src/features/quiz/quiz-page.tsx`. */
  source: string;
  /** Its chunk file, e.g. `assets/quiz-page-XXXX.js`. */
  file: string;
}

export interface BuildBytes {
  initialJs: Size & { paths: string[] };
  initialCss: Size & { paths: string[] };
  precache: Size;
  /** Only when the build wrote `.vite/manifest.json` (build.manifest). */
  largestRoute?: RouteChunk;
  /** The prerendered pages (scripts/vite-plugin-prerender.ts), and the largest of them. */
  pages: Size & { largest?: Size & { path: string } };
}

const cache = new Map<string, { raw: number; gzip: number; brotli: number }>();

/** The sizes of files of a built folder, given by root-relative paths. */
export function sizeOf(dir: string, paths: string[]): Size {
  const size: Size = { files: paths.length, raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const file = join(dir, path);
    let one = cache.get(file);
    if (!one) {
      const bytes = readFileSync(file);
      one = { raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length };
      cache.set(file, one);
    }
    size.raw += one.raw;
    size.gzip += one.gzip;
    size.brotli += one.brotli;
  }
  return size;
}

/** Root-relative paths (`assets/x.js`) of the tags of index.html that load before anything runs. */
export function initialPaths(indexHtml: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of indexHtml.matchAll(/<(script|link)\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const local = (url: string | undefined) => (url && !/^[a-z]+:|^\/\//i.test(url) ? url.replace(/^\//, '') : undefined);
    if (tag.startsWith('<script')) {
      const src = local(attr('src'));
      if (src) js.push(src);
    } else if (attr('rel') === 'modulepreload') {
      const href = local(attr('href'));
      if (href) js.push(href);
    } else if (attr('rel') === 'stylesheet') {
      const href = local(attr('href'));
      if (href) css.push(href);
    }
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

/** The URLs of the service worker's precache manifest, as workbox's generateSW writes it. */
export function precachePaths(swJs: string): string[] {
  return [...new Set([...swJs.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => (match[1] ?? '').replace(/^\//, '')))];
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The lazily loaded page modules (`src/features/…/*-page.tsx`, `course-home.tsx`) and what each adds. */
function largestRoute(dir: string, initial: Set<string>): RouteChunk | undefined {
  const manifestFile = join(dir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  let largest: RouteChunk | undefined;
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || !/^src\/features\/.+\/(.+-page|course-home)\.tsx$/.test(chunk.src ?? '')) continue;
    // The page's chunk and every chunk it imports statically, minus what the first load holds.
    const files = new Set<string>();
    const visit = (id: string) => {
      const entry = manifest[id];
      if (!entry || files.has(entry.file)) return;
      files.add(entry.file);
      for (const css of entry.css ?? []) files.add(css);
      for (const imported of entry.imports ?? []) visit(imported);
    };
    visit(key);
    const added = [...files].filter((file) => !initial.has(file));
    const size = sizeOf(dir, added);
    if (!largest || size.gzip > largest.gzip) largest = { ...size, source: chunk.src ?? key, file: chunk.file };
  }
  return largest;
}

/** Every HTML file of a built folder but the app shell, as root-relative paths. */
export function pagePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => path !== 'index.html' && !path.startsWith('.vite/'))
    .sort();
}

function measurePages(dir: string): BuildBytes['pages'] {
  const paths = pagePaths(dir);
  let largest: (Size & { path: string }) | undefined;
  for (const path of paths) {
    const size = sizeOf(dir, [path]);
    if (!largest || size.gzip > largest.gzip) largest = { ...size, path };
  }
  return { ...sizeOf(dir, paths), ...(largest ? { largest } : {}) };
}

/** What index.html loads first (no service worker needed: works for any Vite build). */
export function measureInitial(dir: string): Pick<BuildBytes, 'initialJs' | 'initialCss'> {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${dir} holds no built app (no index.html): run npm run build first`);
  const initial = initialPaths(readFileSync(indexFile, 'utf8'));
  return { initialJs: { ...sizeOf(dir, initial.js), paths: initial.js }, initialCss: { ...sizeOf(dir, initial.css), paths: initial.css } };
}

export function measureBuild(dir: string): BuildBytes {
  const { initialJs, initialCss } = measureInitial(dir);
  const swFile = join(dir, 'sw.js');
  if (!existsSync(swFile)) throw new Error(`${dir} has no service worker (sw.js): run npm run build first`);
  const precache = precachePaths(readFileSync(swFile, 'utf8'));
  if (precache.length === 0) throw new Error(`no precache manifest found in ${swFile}`);
  return {
    initialJs,
    initialCss,
    precache: sizeOf(dir, precache),
    largestRoute: largestRoute(dir, new Set([...initialJs.paths, ...initialCss.paths])),
    pages: measurePages(dir),
  };
}

/** Kilobytes of 1,000 bytes, as Vite's build report prints them (and as the budgets count). */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
