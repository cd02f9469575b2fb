/**
 * The learner's whole record (lessons, quiz attempts with their questions as shown, spaced
 * review) kept in a State API document of the registration, so a launch on another device gets
 * the quiz attempts back, not only the lessons read. The document is the completion record of
 * the record page (version 3, checked by the same parser on the way in, merged by the same
 * rules); one that does not read is left as it is, never overwritten.
 */
import type { Lang } from '@/content/course-types';
import { importRecordRows, readRecordSources, type ImportSummary } from '@/db/record-repository';
import { buildRecord, courseQuizIds, type OutlineLike } from '@/domain/record/build-record';
import { rowsFromRecord } from '@/domain/record/merge-record';
import { parseRecord } from '@/domain/record/parse-record';
import { reviewRowsFromRecord } from '@/domain/record/record-review';

/** The State API document that keeps the learner's record for the registration. */
export const RECORD_STATE_ID = 'https://w3id.org/xapi/sentinelle/state/record';

/** The course the record is of (the package's). */
export interface RecordCourse {
  courseId: string;
  contentVersion: string;
}

export type RecordRestore = { kind: 'none' } | { kind: 'merged'; summary: ImportSummary } | { kind: 'unreadable'; code: string } | { kind: 'storage'; code: string };

/** Merges the record a State API document holds (null: none) into this device's. */
export async function restoreRecord(document: unknown, course: RecordCourse, outlines: Record<Lang, OutlineLike>, lang: Lang, now: number): Promise<RecordRestore> {
  if (document === null || document === undefined) return { kind: 'none' };
  const text = JSON.stringify(document);
  const parsed = parseRecord(text, text.length, { courseId: course.courseId, now, quizIds: courseQuizIds(outlines.fr) });
  if (!parsed.ok) return { kind: 'unreadable', code: parsed.problem.code };
  const outcome = await importRecordRows({ ...rowsFromRecord(parsed.record), review: reviewRowsFromRecord(parsed.record) }, lang, now);
  return outcome.ok ? { kind: 'merged', summary: outcome.summary } : { kind: 'storage', code: outcome.problem };
}

/** This device's record now, as the document to keep. */
export async function recordDocument(course: RecordCourse, outlines: Record<Lang, OutlineLike>, lang: Lang, now: number): Promise<unknown> {
  const sources = await readRecordSources(lang, now);
  return buildRecord({ ...course, build: __BUILD_ID__, outlines, ...sources, now });
}
