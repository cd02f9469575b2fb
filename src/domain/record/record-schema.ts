/**
 * The completion record: what a learner has done in the course, in one JSON file they keep,
 * give to a training manager, or import on another device. Version 2: each attempt carries
 * its questions as shown (both languages, the key, facts and sources) and the content and
 * generator versions that made them. Version 3 adds spaced review: the card of each fact (its
 * FSRS memory state and due date), the log of every answer that moved a card, and the review
 * sessions with their questions as shown. Versions 1 (no questions) and 2 (no review) are still
 * read: see parse-record.ts.
 *
 * These zod schemas are the single definition: `schemas/completion-record.v3.schema.json`
 * (and the v1 and v2 files, kept) are generated from them (`npm run schema`) and a test keeps them
 * equal. Strict everywhere: an unknown key, a wrong type or an oversized value rejects the file.
 */
import { z } from 'zod';
import { QUIZ_KINDS } from '@/domain/course-ids';
import { QUESTION_TYPES } from '@/domain/quiz/question';

// No code generation: the app's Content-Security-Policy forbids eval, which zod otherwise probes.
z.config({ jitless: true });

export const RECORD_FORMAT = 'sentinelle-completion-record';
export const RECORD_VERSION = 3;
/** The versions this app reads (older ones are converted on read). */
export const READABLE_VERSIONS = [1, 2, 3] as const;
/** A record of 10,000 answers is about 2 MB; anything past this is not a record of ours. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

const LIMITS = { lessons: 1000, attempts: 20_000, questions: 200, options: 20, facts: 20, texts: 200_000, id: 200, text: 2000, sections: 200, cards: 20_000, reviewLog: 400_000 } as const;

/** Ids are plain tokens (`capabilities`, `lesson:unit/lesson`, a UUID): nothing like `__proto__`. */
const id = z.string().min(1).max(LIMITS.id).regex(/^[A-Za-z0-9][A-Za-z0-9._:/#,+-]*$/);
/** Question ids name their type and fact: `event-year:nato-summit-2002`. */
const questionId = z.string().min(1).max(LIMITS.id).regex(/^[a-z][a-z-]*:[A-Za-z0-9._:/#,+-]+$/);
const lang = z.enum(['fr', 'en']);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
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

export const attemptEntryV1Schema = z.strictObject({
  id,
  quizId: id,
  kind: z.enum(QUIZ_KINDS),
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

/** Index of a text in the record's `texts` (each French/English text is written once). */
const textRef = z.int().min(0).max(LIMITS.texts - 1);

/** A question as the learner saw it; its texts, in both languages, are in the record's `texts`. */
export const questionSchema = z.strictObject({
  id: questionId,
  type: z.enum(QUESTION_TYPES),
  layout: z.enum(['shuffled', 'ascending', 'true-false', 'ordering']),
  prompt: textRef,
  options: z.array(z.strictObject({ id, text: textRef })).max(LIMITS.options),
  /** The key: the right option ids (every option id in order, for an ordering question). */
  answer: z.array(id).max(LIMITS.options),
  explanation: textRef,
  /** Ids of the facts (events, bodies, figures …) the question is made from. */
  facts: z.array(id).max(LIMITS.facts),
  /** The lesson section that teaches it. */
  source: z.strictObject({ unitId: id, lessonId: id, sectionId: id.optional() }),
  /** Scenario items: the situation alone (the prompt holds it, then the question). */
  situation: textRef.optional(),
  /** Scenario items: why each wrong option does not fit, by option id. */
  rationales: z.record(id, textRef).optional(),
  /** Every lesson section the item rests on (scenario items). */
  sources: z.array(z.strictObject({ unitId: id, lessonId: id, sectionId: id.optional() })).max(LIMITS.facts).optional(),
});

/** Index of a question in the record's `questions` (each distinct question is written once). */
const questionRef = z.int().min(0).max(LIMITS.attempts * LIMITS.questions);

export const attemptEntrySchema = attemptEntryV1Schema.extend({
  /** The questions as shown, in order (indexes into the record's `questions`): one per `questionIds` entry, or some of them when `questionsRebuilt`. */
  questions: z.array(questionRef).max(LIMITS.questions),
  /** SHA-256 of the course content the questions were made from. */
  contentVersion: sha256,
  /** The quiz generator's version (GENERATOR_VERSION) that made them. */
  generatorVersion: z.int().min(1).max(1_000_000),
  /** Present when the questions were rebuilt from the seed by a later version, not saved when shown. */
  questionsRebuilt: z.literal(true).optional(),
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

export const completionRecordV1Schema = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(1),
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
    contentVersion: sha256,
    title: localized,
  }),
  status: statusSchema,
  units: z.array(unitSummarySchema).max(LIMITS.lessons),
  lessons: z.array(lessonEntrySchema).max(LIMITS.lessons),
  quizAttempts: z.array(attemptEntryV1Schema).max(LIMITS.attempts),
  integrity: integritySchema,
});

export const completionRecordV2Schema = completionRecordV1Schema.extend({
  version: z.literal(2),
  quizAttempts: z.array(attemptEntrySchema).max(LIMITS.attempts),
  /** Every distinct question the attempts showed, once. */
  questions: z.array(questionSchema).max(LIMITS.attempts * LIMITS.questions),
  /** Every text the questions show (prompt, option, explanation), once, in French and English. */
  texts: z.array(localized).max(LIMITS.texts),
});

const days = z.number().min(0).max(1_000_000);

/** One fact's FSRS memory state (ts-fsrs), as the device scheduled it. */
export const reviewCardSchema = z.strictObject({
  /** The fact's id, as generated questions name it (`prague-summit`). */
  factId: id,
  due: instant,
  stability: days,
  difficulty: z.number().min(0).max(100),
  elapsedDays: days,
  scheduledDays: days,
  learningSteps: z.int().min(0).max(1000),
  reps: z.int().min(0).max(LIMITS.reviewLog),
  lapses: z.int().min(0).max(LIMITS.reviewLog),
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.literal([0, 1, 2, 3]),
  lastReview: instant.optional(),
  /** The question type last used to ask about the fact. */
  lastType: z.enum(QUESTION_TYPES).optional(),
  createdAt: instant,
});

/** One answer that moved a card: when, how it was rated (1 Again, 2 Hard, 3 Good), where it was given, the due date it set. */
export const reviewLogEntrySchema = z.strictObject({
  factId: id,
  at: instant,
  rating: z.literal([1, 2, 3]),
  source: z.enum(['quiz', 'review']),
  questionId,
  questionType: z.enum(QUESTION_TYPES),
  due: instant,
  /** Time from the question on screen to the answer confirmed, when measured. */
  responseMs: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/** A review session: the facts asked, its questions as shown, each answer with the due date it set. */
export const reviewSessionSchema = z.strictObject({
  id,
  seed: z.int().min(0).max(2 ** 32),
  lang,
  items: z.array(z.strictObject({ factId: id, questionId })).max(LIMITS.questions),
  /** Indexes into the record's `questions`, one per item. */
  questions: z.array(questionRef).max(LIMITS.questions),
  contentVersion: sha256,
  generatorVersion: z.int().min(1).max(1_000_000),
  responses: z.array(z.strictObject({ questionId, optionIds: z.array(id).max(LIMITS.options), answeredAt: instant, lang, correct: z.boolean(), due: instant })).max(LIMITS.questions),
  current: z.int().min(0).max(LIMITS.questions),
  startedAt: instant,
  finishedAt: instant.optional(),
  updatedAt: instant,
});

export const reviewSchema = z.strictObject({
  /** One card per fact answered at least once. */
  cards: z.array(reviewCardSchema).max(LIMITS.cards),
  /** Every answer that moved a card, oldest first: the cards are what this log gives (checked on import). */
  log: z.array(reviewLogEntrySchema).max(LIMITS.reviewLog),
  sessions: z.array(reviewSessionSchema).max(LIMITS.attempts),
});

export const completionRecordSchema = completionRecordV2Schema.extend({
  version: z.literal(RECORD_VERSION),
  review: reviewSchema,
});

export type CompletionRecord = z.infer<typeof completionRecordSchema>;
export type CompletionRecordV2 = z.infer<typeof completionRecordV2Schema>;
export type RecordReview = z.infer<typeof reviewSchema>;
export type RecordLesson = z.infer<typeof lessonEntrySchema>;
export type RecordAttempt = z.infer<typeof attemptEntrySchema>;
export type RecordQuestion = z.infer<typeof questionSchema>;
export type CompletionRecordV1 = z.infer<typeof completionRecordV1Schema>;
export type RecordStatus = z.infer<typeof statusSchema>;
export type RecordUnit = z.infer<typeof unitSummarySchema>;
export type UnsignedRecord = Omit<CompletionRecord, 'integrity'>;

const DESCRIPTION =
  'One learner\u2019s progress in a Sentinelle course: lessons, quiz attempts with every answer, completion and pass status. `integrity.digest` is the SHA-256 of the RFC 8785 canonical JSON of the record without its `integrity` member: it detects corruption and accidental edits; it does not prove who made the file.';

/** The JSON Schema (draft 2020-12) of a record version, as committed in `schemas/`. */
export function recordJsonSchema(version: (typeof READABLE_VERSIONS)[number] = RECORD_VERSION): Record<string, unknown> {
  const questions = `${DESCRIPTION} Each quiz attempt carries its questions as the learner saw them, in French and English, with the key, the facts and the lesson section they come from; each distinct question is written once, in \`questions\`, and each text once, in \`texts\`, both referred to by index.`;
  const review = `${questions} \`review\` holds spaced review: one FSRS card per fact (memory state and due date), the log of every answer that moved a card (the cards are what the log gives), and the review sessions with their questions as shown.`;
  return {
    $id: `https://sentinelle.invalid/schemas/completion-record.v${version}.schema.json`,
    title: `Sentinelle completion record, version ${version}`,
    description: version === 1 ? DESCRIPTION : version === 2 ? questions : review,
    ...z.toJSONSchema(version === 1 ? completionRecordV1Schema : version === 2 ? completionRecordV2Schema : completionRecordSchema, { target: 'draft-2020-12' }),
  };
}
