/**
 * What an LMS is told about the learner, made from the progress the device holds: completion
 * and success by the course's rules (every lesson read and every knowledge check taken; the final
 * assessment at its pass mark), the best final score, the share of the requirements met, and the
 * suspend data: a compact copy of that progress (sections seen, best quiz scores) the LMS keeps
 * for the next session, on this device or another. Pure: rows in, values out.
 */
import { lessonKey, PASS_MARKS, quizId } from '@/domain/course-ids';
import type { StoredAttempt } from '@/domain/attempt/stored-attempt';
import type { StoredLessonProgress } from '@/domain/record/build-record';

/** The course as the suspend data indexes it: lessons in order, each with its section ids. */
export interface LmsOutline {
  units: { id: string; lessons: { id: string; unitId: string; sections: { id: string }[] }[] }[];
}

/** Progress as the LMS keeps it: for each lesson, which sections were seen; for each quiz, the best score. */
export interface CompactProgress {
  /** Per lesson (course order): the indexes of its sections seen, as a bit mask. */
  sections: number[];
  /** Per quiz (lesson checks in lesson order, unit quizzes in unit order, then the final): best score in percent, or null if never finished. */
  best: (number | null)[];
}

export interface LmsStatus {
  completion: 'completed' | 'incomplete' | 'not attempted';
  success: 'passed' | 'failed' | 'unknown';
  /** The best final assessment score, 0..1 (absent until one is finished). */
  scaled?: number;
  /** Share of the completion requirements met (lessons read and checks taken), 0..1. */
  progressMeasure: number;
}

const lessonsOf = (outline: LmsOutline) => outline.units.flatMap((unit) => unit.lessons);

/** The quizzes in the order of the suspend data. */
export function quizOrder(outline: LmsOutline): string[] {
  return [
    ...lessonsOf(outline).map((lesson) => quizId({ kind: 'lesson-check', unitId: lesson.unitId, lessonId: lesson.id })),
    ...outline.units.map((unit) => quizId({ kind: 'unit-quiz', unitId: unit.id })),
    quizId({ kind: 'final-assessment' }),
  ];
}

/** The progress the device holds, compacted. */
export function compactProgress(outline: LmsOutline, lessonProgress: readonly StoredLessonProgress[], attempts: readonly StoredAttempt[]): CompactProgress {
  const rows = new Map(lessonProgress.map((row) => [row.key, row]));
  const sections = lessonsOf(outline).map((lesson) => {
    const seen = new Set(rows.get(lessonKey(lesson.unitId, lesson.id))?.sectionsSeen ?? []);
    return lesson.sections.reduce((mask, section, i) => (seen.has(section.id) ? mask | (1 << i) : mask), 0);
  });
  const best = quizOrder(outline).map((id) => {
    const scores = attempts.filter((attempt) => attempt.quizId === id && attempt.finishedAt !== undefined && attempt.score).map((attempt) => Math.round((attempt.score?.ratio ?? 0) * 100));
    return scores.length > 0 ? Math.max(...scores) : null;
  });
  return { sections, best };
}

/** Two copies of the progress together: every section seen in either, the better score of each quiz. */
export function mergeProgress(a: CompactProgress, b: CompactProgress): CompactProgress {
  const length = (x: readonly unknown[], y: readonly unknown[]) => Math.max(x.length, y.length);
  return {
    sections: Array.from({ length: length(a.sections, b.sections) }, (_, i) => (a.sections[i] ?? 0) | (b.sections[i] ?? 0)),
    best: Array.from({ length: length(a.best, b.best) }, (_, i) => {
      const [x, y] = [a.best[i] ?? null, b.best[i] ?? null];
      return x === null ? y : y === null ? x : Math.max(x, y);
    }),
  };
}

/** Completion, success, score and progress by the course's rules (those of the completion record). */
export function lmsStatus(outline: LmsOutline, progress: CompactProgress): LmsStatus {
  const lessons = lessonsOf(outline);
  const full = (lesson: (typeof lessons)[number]) => (1 << lesson.sections.length) - 1;
  const read = lessons.filter((lesson, i) => ((progress.sections[i] ?? 0) & full(lesson)) === full(lesson)).length;
  const checksTaken = lessons.filter((_, i) => (progress.best[i] ?? null) !== null).length;
  const started = progress.sections.some((mask) => mask !== 0) || progress.best.some((score) => score !== null);
  const final = progress.best[quizOrder(outline).length - 1] ?? null;
  const complete = lessons.length > 0 && read === lessons.length && checksTaken === lessons.length;
  return {
    completion: complete ? 'completed' : started ? 'incomplete' : 'not attempted',
    success: final === null ? 'unknown' : final / 100 >= PASS_MARKS['final-assessment'] - 1e-9 ? 'passed' : 'failed',
    ...(final !== null ? { scaled: final / 100 } : {}),
    progressMeasure: lessons.length === 0 ? 0 : (read + checksTaken) / (2 * lessons.length),
  };
}

// ── suspend data ───────────────────────────────────────────────────────────────────────────

const FORMAT = 's1';

/** A short fingerprint of the course's structure: suspend data of another structure is not read. */
export function outlineFingerprint(outline: LmsOutline): string {
  let hash = 0x811c9dc5;
  for (const lesson of lessonsOf(outline)) {
    for (const char of `${lesson.unitId}/${lesson.id}:${lesson.sections.map((section) => section.id).join(',')};`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(36);
}

/**
 * The suspend data: `s1|<fingerprint>|<section masks>|<best scores>`, numbers in base 36,
 * masks and scores separated by dots (an empty score: never finished). About 4 characters a
 * lesson and 2 a quiz, far within SCORM 1.2's 4,096 characters (tested at the worst case).
 */
export function encodeSuspendData(outline: LmsOutline, progress: CompactProgress): string {
  const masks = progress.sections.map((mask) => (mask === 0 ? '' : mask.toString(36))).join('.');
  const best = progress.best.map((score) => (score === null ? '' : score.toString(36))).join('.');
  return [FORMAT, outlineFingerprint(outline), masks, best].join('|');
}

/** Reads suspend data back, or null when it is not this course's (another structure, another format, damaged). */
export function decodeSuspendData(outline: LmsOutline, text: string): CompactProgress | null {
  const [format, fingerprint, masks, best, ...rest] = text.split('|');
  if (format !== FORMAT || fingerprint !== outlineFingerprint(outline) || masks === undefined || best === undefined || rest.length > 0) return null;
  const lessons = lessonsOf(outline);
  const quizzes = quizOrder(outline);
  const numbers = (list: string, count: number, max: (i: number) => number): number[] | null => {
    const parts = list.split('.');
    if (parts.length !== count) return null;
    const values = parts.map((part) => (part === '' ? 0 : /^[0-9a-z]{1,8}$/.test(part) ? parseInt(part, 36) : NaN));
    return values.every((value, i) => Number.isInteger(value) && value >= 0 && value <= max(i)) ? values : null;
  };
  const sections = numbers(masks, lessons.length, (i) => (1 << (lessons[i]?.sections.length ?? 0)) - 1);
  const scores = numbers(best, quizzes.length, () => 100);
  if (!sections || !scores) return null;
  const blank = best.split('.').map((part) => part === '');
  return { sections, best: scores.map((score, i) => (blank[i] ? null : score)) };
}

/** The section ids of a lesson (course order) that a mask names. */
export function sectionsOfMask(outline: LmsOutline, index: number, mask: number): { unitId: string; lessonId: string; sectionIds: string[]; seen: string[] } | null {
  const lesson = lessonsOf(outline)[index];
  if (!lesson) return null;
  const sectionIds = lesson.sections.map((section) => section.id);
  return { unitId: lesson.unitId, lessonId: lesson.id, sectionIds, seen: sectionIds.filter((_, i) => (mask & (1 << i)) !== 0) };
}
