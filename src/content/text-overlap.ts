/**
 * How much of a lesson is copied from a source: the runs of words a lesson shares with a
 * source text, after normalising case, punctuation, apostrophes and (no-break) spaces.
 * Pure: the caller reads the files. Used by `npm run content:overlap` and its test.
 */

/** Lower-case words, letters and digits only: "l’OTAN," and "L'OTAN" both give ["l", "otan"]. */
export function overlapWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** A lesson's Markdown as plain prose: no front-matter keys, source headings, heading ids or markup. */
export function lessonProse(markdown: string): string {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(markdown);
  const front = match?.[1] ?? '';
  const body = match ? markdown.slice(match[0].length) : markdown;
  // Front matter: title, summary and objectives are the author's prose; `source:` lists the
  // source's own headings verbatim, so it is left out.
  const frontProse = front
    .split('\n')
    .filter((line) => !/^\s*(source:|document:|sections:|- ")/.test(line) || /^\s*- [^"]/.test(line))
    .map((line) => line.replace(/^\s*(title|summary|objectives):\s*/, '').replace(/^\s*-\s+/, ''))
    .join('\n');
  const cleanBody = body
    .replace(/\{#[a-z0-9-]+\}/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*#]/g, ' ');
  return `${frontProse}\n${cleanBody}`;
}

export interface SharedRun {
  /** Index of the run's first word in the lesson's word list. */
  start: number;
  length: number;
  /** The run's words, joined by spaces (normalised). */
  text: string;
}

export interface OverlapReport {
  totalWords: number;
  /** Lesson words that lie inside a run of at least `minShare` words shared with a source. */
  sharedWords: number;
  /** Of those, the words that are not part of an allowed verbatim passage (an official name …). */
  copiedWords: number;
  /** Every maximal run of at least `minRun` words shared with a source. */
  longRuns: SharedRun[];
  /** The long runs with at least `minRun` words outside the allowed passages. */
  copiedRuns: SharedRun[];
}

export interface OverlapOptions {
  /** Runs this long or longer are reported one by one (16 in the course audit). */
  minRun: number;
  /** Runs this long or longer count towards the shared share (6 in the course audit). */
  minShare: number;
}

/** An index of every `n`-word sequence of the sources, with where each occurs. */
export function indexSources(sources: string[][], n: number): Map<string, [number, number][]> {
  const index = new Map<string, [number, number][]>();
  sources.forEach((words, s) => {
    for (let i = 0; i + n <= words.length; i++) {
      const key = words.slice(i, i + n).join(' ');
      const list = index.get(key);
      if (list) list.push([s, i]);
      else index.set(key, [[s, i]]);
    }
  });
  return index;
}

/** Marks the lesson words that belong to an occurrence of one of the allowed passages. */
export function allowedMask(lesson: string[], allowed: string[]): Uint8Array {
  const mask = new Uint8Array(lesson.length);
  for (const passage of allowed.map(overlapWords).filter((words) => words.length > 0)) {
    for (let i = 0; i + passage.length <= lesson.length; i++) {
      if (passage.every((word, k) => lesson[i + k] === word)) mask.fill(1, i, i + passage.length);
    }
  }
  return mask;
}

/**
 * Finds the words of `lesson` that it shares, in runs, with any of `sources`. Words of an
 * allowed passage (official names and titles that must stay verbatim) still count as
 * shared, but not as copied.
 */
export function measureOverlap(lesson: string[], sources: string[][], options: OverlapOptions, index = indexSources(sources, options.minShare), allowed: string[] = []): OverlapReport {
  const n = options.minShare;
  const covered = new Uint8Array(lesson.length);
  const longRuns: SharedRun[] = [];
  for (let i = 0; i + n <= lesson.length; i++) {
    const hits = index.get(lesson.slice(i, i + n).join(' '));
    if (!hits) continue;
    for (const [s, p] of hits) {
      const source = sources[s] ?? [];
      // Only maximal runs: skip a match that merely continues the one starting a word earlier.
      if (i > 0 && p > 0 && lesson[i - 1] === source[p - 1]) continue;
      let length = n;
      while (i + length < lesson.length && p + length < source.length && lesson[i + length] === source[p + length]) length++;
      covered.fill(1, i, i + length);
      if (length >= options.minRun && !longRuns.some((run) => run.start <= i && run.start + run.length >= i + length)) {
        longRuns.push({ start: i, length, text: lesson.slice(i, i + length).join(' ') });
      }
    }
  }
  const mask = allowedMask(lesson, allowed);
  let copiedWords = 0;
  covered.forEach((value, i) => {
    if (value === 1 && mask[i] === 0) copiedWords++;
  });
  const outside = (run: SharedRun) => mask.subarray(run.start, run.start + run.length).reduce((n, value) => n + (value === 0 ? 1 : 0), 0);
  return {
    totalWords: lesson.length,
    sharedWords: covered.reduce((sum, value) => sum + value, 0),
    copiedWords,
    longRuns,
    copiedRuns: longRuns.filter((run) => outside(run) >= options.minRun),
  };
}
