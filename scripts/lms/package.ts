/**
 * `npm run package`: builds the app for LMS hosting (`vite build --mode lms` into dist-lms/:
 * relative addresses, no prerendered pages, no service worker) and writes three packages of it
 * into dist-packages/: sentinelle-cmi5.zip (cmi5.xml at the root), sentinelle-scorm2004.zip and
 * sentinelle-scorm12.zip (imsmanifest.xml and their version's schemas at the root).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest } from './manifests.ts';
import { packageInfo } from './package-info.ts';

export const APP_DIR = 'dist-lms';
export const PACKAGES_DIR = 'dist-packages';
export const PACKAGE_FILES = { cmi5: 'sentinelle-cmi5.zip', scorm2004: 'sentinelle-scorm2004.zip', scorm12: 'sentinelle-scorm12.zip' } as const;

/** Not shipped: the PWA's store screenshots (large, never shown by the app). */
const LEFT_OUT = /^screenshot-.*\.png$/;

function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!LEFT_OUT.test(name)) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

/** The schema files a SCORM package carries at its root (all.xsd is ours, for the tests). */
function schemaFiles(version: 'scorm2004' | 'scorm12'): Zippable {
  const dir = join('schemas', 'lms', version);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => /\.(xsd|dtd)$/.test(name) && name !== 'all.xsd')
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

const text = (value: string) => new TextEncoder().encode(value);

export async function writePackages(): Promise<Record<keyof typeof PACKAGE_FILES, string>> {
  await build({ mode: 'lms', logLevel: 'warn' });
  const files = listFiles(APP_DIR);
  const app: Zippable = Object.fromEntries(files.map((file) => [file, readFileSync(join(APP_DIR, file))]));
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  const info = packageInfo(files, version);
  mkdirSync(PACKAGES_DIR, { recursive: true });
  const contents: Record<keyof typeof PACKAGE_FILES, Zippable> = {
    cmi5: { ...app, 'cmi5.xml': text(cmi5CourseStructure(info)) },
    scorm2004: { ...app, ...schemaFiles('scorm2004'), 'imsmanifest.xml': text(scorm2004Manifest(info)) },
    scorm12: { ...app, ...schemaFiles('scorm12'), 'imsmanifest.xml': text(scorm12Manifest(info)) },
  };
  const written = {} as Record<keyof typeof PACKAGE_FILES, string>;
  for (const kind of Object.keys(PACKAGE_FILES) as (keyof typeof PACKAGE_FILES)[]) {
    const path = join(PACKAGES_DIR, PACKAGE_FILES[kind]);
    // A fixed date: the same build gives the same zip.
    writeFileSync(path, zipSync(contents[kind], { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
    written[kind] = path;
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await writePackages();
  for (const path of Object.values(written)) console.log(`${path}  ${(statSync(path).size / 1024).toFixed(0)} kB`);
}
