/**
 * Progress rules: when a lesson counts as read, what state a quiz is in, how much of a unit
 * and of the course is done. Pure: rows in, summaries out.
 */

export interface LessonProgressLike {
  sectionsSeen: readonly string[];
  sectionCount: number;
  readAt?: number;
}

export interface AttemptLike {
  quizId: string;
  startedAt: number;
  finishedAt?: number;
  score?: { correct: number; total: number; ratio: number; passed: boolean };
  questionIds: readonly string[];
  responses: Readonly<Record<string, unknown>>;
}

export type LessonStatus = 'not-started' | 'in-progress' | 'read';
export type QuizStatus = { state: 'not-started' } | { state: 'in-progress'; answered: number; total: number } | { state: 'passed' | 'failed'; ratio: number; best: number };

/** A lesson is read once every one of its sections has been seen, not merely opened. */
export function lessonStatus(progress: LessonProgressLike | undefined): LessonStatus {
  if (!progress || progress.sectionsSeen.length === 0) return 'not-started';
  return progress.readAt !== undefined || progress.sectionsSeen.length >= progress.sectionCount ? 'read' : 'in-progress';
}

/** Adds newly seen sections; the lesson is read when all `allSectionIds` are seen. */
export function mergeSectionsSeen(seen: readonly string[], newlySeen: readonly string[], allSectionIds: readonly string[]): { sectionsSeen: string[]; complete: boolean } {
  const known = new Set(allSectionIds);
  const merged = [...new Set([...seen, ...newlySeen])].filter((id) => known.has(id));
  return { sectionsSeen: allSectionIds.filter((id) => merged.includes(id)), complete: allSectionIds.every((id) => merged.includes(id)) };
}

/** The state of a quiz from its attempts: the latest decides, the best score is kept. */
export function quizStatus(attempts: readonly AttemptLike[]): QuizStatus {
  if (attempts.length === 0) return { state: 'not-started' };
  const latest = [...attempts].sort((a, b) => b.startedAt - a.startedAt)[0];
  const finished = attempts.filter((a) => a.finishedAt !== undefined && a.score);
  const best = Math.max(0, ...finished.map((a) => a.score?.ratio ?? 0));
  if (latest && latest.finishedAt === undefined) {
    return { state: 'in-progress', answered: Object.keys(latest.responses).length, total: latest.questionIds.length };
  }
  const passed = finished.some((a) => a.score?.passed);
  const last = latest?.score?.ratio ?? 0;
  return { state: passed ? 'passed' : 'failed', ratio: last, best };
}

/** Share (0–1) of `lessonKeys` that are read. */
export function shareRead(lessonKeys: readonly string[], progress: ReadonlyMap<string, LessonProgressLike>): number {
  if (lessonKeys.length === 0) return 0;
  return lessonKeys.filter((key) => lessonStatus(progress.get(key)) === 'read').length / lessonKeys.length;
}
