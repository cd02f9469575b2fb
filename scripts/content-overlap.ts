/**
 * `npm run content:overlap`: every run of 16 or more words a French lesson shares with a
 * source, and the share of French lesson words inside shared runs of 6 or more. Official
 * titles and lists of names that must stay verbatim are listed, with a reason, in
 * `courses/<id>/verbatim.yaml`. Exits 1 when a long run outside that list exists or the
 * share is above 20 %.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYaml } from '../src/content/yaml-source.ts';
import { courseManifestSchema } from '../src/content/course-schemas.ts';
import { indexSources, isAllowedRun, lessonProse, measureOverlap, overlapWords } from '../src/content/text-overlap.ts';
import { COURSE_ID, COURSES_DIR, readCourseFiles } from './course-files.ts';

export const OVERLAP_RULES = { minRun: 16, minShare: 6, maxShare: 0.2 };
export const SOURCES_DIR = process.env.SENTINELLE_SOURCES ?? '/work/shared/sources';

export const verbatimFileSchema = z.array(z.object({ text: z.string().min(1), reason: z.string().min(1) }).strict());

export interface OverlapResult {
  lines: string[];
  ok: boolean;
  share: number;
  longRuns: number;
}

/** Measures every French lesson of a course folder against the source files it names. */
export function checkOverlap(courseDir: string, sourcesDir: string): OverlapResult {
  const files = readCourseFiles(courseDir);
  const manifest = parseYaml('course.yaml', files['course.yaml'] ?? '', courseManifestSchema);
  if (!manifest.ok) return { lines: manifest.errors.map((e) => `course.yaml:${e.line ?? 0}: ${e.message}`), ok: false, share: 1, longRuns: 0 };
  const verbatimPath = 'verbatim.yaml';
  const verbatim = files[verbatimPath] === undefined ? { ok: true as const, value: [] } : parseYaml(verbatimPath, files[verbatimPath], verbatimFileSchema);
  if (!verbatim.ok) return { lines: verbatim.errors.map((e) => `${verbatimPath}:${e.line ?? 0}: ${e.message}`), ok: false, share: 1, longRuns: 0 };
  const allowed = verbatim.value.map((entry) => entry.text);
  const sources = manifest.value.sources.map((source) => overlapWords(readFileSync(join(sourcesDir, source.file), 'utf8')));
  const index = indexSources(sources, OVERLAP_RULES.minShare);
  const lines: string[] = [];
  let total = 0;
  let shared = 0;
  let outside = 0;
  for (const path of Object.keys(files).filter((p) => p.startsWith('fr/') && p.endsWith('.md')).sort()) {
    const report = measureOverlap(overlapWords(lessonProse(files[path] ?? '')), sources, OVERLAP_RULES, index);
    total += report.totalWords;
    shared += report.sharedWords;
    const runs = report.longRuns.filter((run) => !isAllowedRun(run, allowed));
    outside += runs.length;
    const pct = report.totalWords === 0 ? 0 : (100 * report.sharedWords) / report.totalWords;
    lines.push(`${path}: ${pct.toFixed(1)} % of ${report.totalWords} words in shared runs of ${OVERLAP_RULES.minShare}+`);
    for (const run of runs) lines.push(`  ${run.length} words shared with a source: "${run.text}"`);
  }
  const share = total === 0 ? 0 : shared / total;
  lines.push(
    `\nFrench lessons: ${(100 * share).toFixed(1)} % of ${total} words in shared runs of ${OVERLAP_RULES.minShare}+ (at most ${100 * OVERLAP_RULES.maxShare} %); ` +
      `${outside} run(s) of ${OVERLAP_RULES.minRun}+ words outside ${verbatimPath} (${allowed.length} allowed passage(s))`,
  );
  return { lines, ok: outside === 0 && share <= OVERLAP_RULES.maxShare, share, longRuns: outside };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = checkOverlap(join(COURSES_DIR, COURSE_ID), SOURCES_DIR);
  for (const line of result.lines) console.log(line);
  if (!result.ok) process.exit(1);
}
