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
import { indexSources, lessonProse, measureOverlap, overlapWords } from '../src/content/text-overlap.ts';
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
  let copied = 0;
  let outside = 0;
  for (const path of Object.keys(files).filter((p) => p.startsWith('fr/') && p.endsWith('.md')).sort()) {
    const report = measureOverlap(overlapWords(lessonProse(files[path] ?? '')), sources, OVERLAP_RULES, index, allowed);
    total += report.totalWords;
    shared += report.sharedWords;
    copied += report.copiedWords;
    outside += report.copiedRuns.length;
    const pct = (n: number) => (report.totalWords === 0 ? 0 : (100 * n) / report.totalWords).toFixed(1);
    lines.push(`${path}: ${pct(report.copiedWords)} % of ${report.totalWords} words copied (${pct(report.sharedWords)} % in shared runs of ${OVERLAP_RULES.minShare}+, allowed names included)`);
    for (const run of report.copiedRuns) lines.push(`  ${run.length} words shared with a source: "${run.text}"`);
  }
  const share = total === 0 ? 0 : copied / total;
  const rawShare = total === 0 ? 0 : shared / total;
  lines.push(
    `\nFrench lessons: ${(100 * share).toFixed(1)} % of ${total} words in shared runs of ${OVERLAP_RULES.minShare}+ outside ${verbatimPath} (at most ${100 * OVERLAP_RULES.maxShare} %); ` +
      `${(100 * rawShare).toFixed(1)} % counting the allowed names too; ` +
      `${outside} run(s) of ${OVERLAP_RULES.minRun}+ copied words (${allowed.length} allowed passage(s))`,
  );
  return { lines, ok: outside === 0 && share <= OVERLAP_RULES.maxShare, share, longRuns: outside };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = checkOverlap(join(COURSES_DIR, COURSE_ID), SOURCES_DIR);
  for (const line of result.lines) console.log(line);
  if (!result.ok) process.exit(1);
}
