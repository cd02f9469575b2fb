/**
 * The completion record: what a learner has done in the course, in one JSON file they keep,
 * give to a training manager, or import on another device. Version 1.
 *
 * This zod schema is the single definition: `schemas/completion-record.v1.schema.json` is
 * generated from it (`npm run schema`) and a test keeps the two equal. Strict everywhere:
 * an unknown key, a wrong type or an oversized value rejects the whole file.
 */
import { z } from 'zod';

// No code generation: the app's Content-Security-Policy forbids eval, which zod otherwise probes.
z.config({ jitless: true });

export const RECORD_FORMAT = 'sentinelle-completion-record';
export const RECORD_VERSION = 1;
/** A record of 10,000 answers is about 2 MB; anything past this is not a record of ours. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

const LIMITS = { lessons: 1000, attempts: 20_000, questions: 200, options: 20, id: 200, text: 2000, sections: 200 } as const;

/** Ids are plain tokens (`capabilities`, `lesson:unit/lesson`, a UUID): nothing like `__proto__`. */
const id = z.string().min(1).max(LIMITS.id).regex(/^[A-Za-z0-9][A-Za-z0-9._:/#,+-]*$/);
/** Question ids name their type and fact: `event-year:nato-summit-2002`. */
const questionId = z.string().min(1).max(LIMITS.id).regex(/^[a-z][a-z-]*:[A-Za-z0-9._:/#,+-]+$/);
const lang = z.enum(['fr', 'en']);
/** UTC, with milliseconds: `2026-11-23T10:15:00.000Z`. */
const instant = z.iso.datetime({ precision: 3 });
const localized = z.strictObject({ fr: z.string().max(LIMITS.text), en: z.string().max(LIMITS.text) });
const ratio = z.number().min(0).max(1);

export const scoreSchema = z.strictObject({
  correct: z.int().min(0).max(LIMITS.questions),
  total: z.int().min(0).max(LIMITS.questions),
  ratio,
  passed: z.boolean(),
});

export const lessonProgressSchema = z.strictObject({
  sectionsSeen: z.array(id).max(LIMITS.sections),
  sectionCount: z.int().min(0).max(LIMITS.sections),
  lastSectionId: id.optional(),
  lastLang: lang,
  /** Time the lesson was on screen, in milliseconds. */
  timeSpentMs: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  startedAt: instant,
  /** When every section had been seen. */
  readAt: instant.optional(),
  updatedAt: instant,
});

export const lessonEntrySchema = z.strictObject({
  unitId: id,
  lessonId: id,
  /** Absent for a lesson this version of the course no longer has. */
  title: localized.optional(),
  status: z.enum(['not-started', 'in-progress', 'read']),
  progress: lessonProgressSchema.optional(),
});

export const responseSchema = z.strictObject({
  questionId,
  optionIds: z.array(id).max(LIMITS.options),
  answeredAt: instant,
  lang,
  /** Whether the answer was right; absent when this version of the course cannot rebuild the question. */
  correct: z.boolean().optional(),
});

export const attemptEntrySchema = z.strictObject({
  id,
  quizId: id,
  kind: z.enum(['lesson-check', 'unit-quiz', 'final-assessment']),
  mode: z.enum(['practice', 'exam']),
  seed: z.int().min(0).max(2 ** 32),
  /** The language the attempt was started in; each response keeps its own. */
  lang,
  questionIds: z.array(questionId).max(LIMITS.questions),
  /** Index of the question on screen. */
  current: z.int().min(0).max(LIMITS.questions),
  responses: z.array(responseSchema).max(LIMITS.questions),
  startedAt: instant,
  finishedAt: instant.optional(),
  score: scoreSchema.optional(),
  /** Active time: gaps between start, answers and finish, each counted up to five minutes. */
  durationMs: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  updatedAt: instant,
});

export const unitSummarySchema = z.strictObject({
  unitId: id,
  title: localized,
  lessonCount: z.int().min(0),
  lessonsRead: z.int().min(0),
  checksTaken: z.int().min(0),
  /** Mean, over the lessons whose check was taken, of each lesson's best check score, 0–1. */
  bestChecksAverage: ratio.optional(),
  /** Best finished unit quiz score, 0–1. */
  bestUnitQuiz: ratio.optional(),
  /** Reading time plus active quiz time in this unit, in milliseconds. */
  timeSpentMs: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export const statusSchema = z.strictObject({
  /** `completed`: every lesson read and every lesson's knowledge check taken. */
  completion: z.enum(['not-started', 'in-progress', 'completed']),
  completedAt: instant.optional(),
  /** `passed`: a final assessment reached the pass mark. */
  success: z.enum(['not-attempted', 'passed', 'failed']),
  passedAt: instant.optional(),
  /** The best final assessment. */
  finalScore: scoreSchema.optional(),
  finalScoreAt: instant.optional(),
  passMark: ratio,
  lessonsRead: z.int().min(0),
  lessonCount: z.int().min(0),
  checksTaken: z.int().min(0),
  timeSpentMs: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export const integritySchema = z.strictObject({
  algorithm: z.literal('SHA-256'),
  canonicalization: z.literal('RFC 8785'),
  /** Lowercase hex SHA-256 of the canonical JSON of the record without `integrity`. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

export const completionRecordSchema = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  exportedAt: instant,
  app: z.strictObject({ name: z.literal('Sentinelle'), build: z.string().max(LIMITS.id) }),
  learner: z.strictObject({
    /** Anonymous, random; the app never sends it anywhere. */
    id: z.uuid(),
    displayName: z.string().max(120),
    createdAt: instant,
    updatedAt: instant,
  }),
  course: z.strictObject({
    id,
    /** SHA-256 of the course source files this record was made with. */
    contentVersion: z.string().regex(/^[0-9a-f]{64}$/),
    title: localized,
  }),
  status: statusSchema,
  units: z.array(unitSummarySchema).max(LIMITS.lessons),
  lessons: z.array(lessonEntrySchema).max(LIMITS.lessons),
  quizAttempts: z.array(attemptEntrySchema).max(LIMITS.attempts),
  integrity: integritySchema,
});

export type CompletionRecord = z.infer<typeof completionRecordSchema>;
export type RecordLesson = z.infer<typeof lessonEntrySchema>;
export type RecordAttempt = z.infer<typeof attemptEntrySchema>;
export type RecordStatus = z.infer<typeof statusSchema>;
export type RecordUnit = z.infer<typeof unitSummarySchema>;
export type UnsignedRecord = Omit<CompletionRecord, 'integrity'>;

/** The JSON Schema (draft 2020-12) of the record, as committed in `schemas/`. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://sentinelle.invalid/schemas/completion-record.v1.schema.json',
    title: 'Sentinelle completion record, version 1',
    description:
      'One learner\u2019s progress in a Sentinelle course: lessons, quiz attempts with every answer, completion and pass status. `integrity.digest` is the SHA-256 of the RFC 8785 canonical JSON of the record without its `integrity` member: it detects corruption and accidental edits; it does not prove who made the file.',
    ...z.toJSONSchema(completionRecordSchema, { target: 'draft-2020-12' }),
  };
}
