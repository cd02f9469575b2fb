/**
 * Reads a completion record someone hands the app, trusting nothing: size, JSON, format and
 * version, the strict schema, the integrity digest, the course, then consistency (ids unique,
 * answers belong to their quiz, dates in order). The first problem found is reported, with
 * what and where, so the learner's message can name it. Pure: text in, record or problem out.
 */
import type { FactBase } from '@/content/course-types';
import { GENERATOR_VERSION } from '@/domain/attempt/stored-attempt';
import { rebuildQuiz } from '@/domain/quiz/generate-quiz';
import { isCorrect } from '@/domain/quiz/question';
import { lessonKey, passes, QUIZ_MODES, quizKindOf } from '@/domain/course-ids';
import { cardsFromAttempts } from '@/domain/review/history';
import { cardsFromLog } from '@/domain/review/schedule';
import { courseStatus, seal } from './build-record';
import { rowsFromRecord } from './merge-record';
import { QuestionTable, textRefs } from './record-questions';
import { recordReview, reviewRowsFromRecord } from './record-review';
import { canonicalJson, recordDigest } from './digest';
import {
  completionRecordSchema,
  completionRecordV1Schema,
  completionRecordV2Schema,
  MAX_RECORD_BYTES,
  RECORD_FORMAT,
  RECORD_VERSION,
  type CompletionRecord,
  type CompletionRecordV1,
  type CompletionRecordV2,
} from './record-schema';

export type RecordProblem =
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'not-a-record' }
  | { code: 'unsupported-version'; version: string }
  | { code: 'invalid'; path: string; reason: SchemaReason }
  | { code: 'digest-mismatch' }
  | { code: 'other-course'; courseId: string }
  | { code: 'inconsistent'; path: string; reason: InconsistencyReason };

/** Why a value breaks the schema, as a code the UI words in the learner's language. */
export type SchemaReason = 'type' | 'too-big' | 'too-small' | 'format' | 'unknown-key' | 'value' | 'unicode' | 'other';
export type InconsistencyReason =
  | 'lesson-twice'
  | 'section-twice'
  | 'dates-out-of-order'
  | 'attempt-twice'
  | 'question-twice'
  | 'current-out-of-range'
  | 'score-and-finish-disagree'
  | 'score-adds-up-wrong'
  | 'answer-outside-quiz'
  | 'answered-twice'
  | 'question-not-in-quiz'
  | 'unknown-text'
  | 'unknown-quiz'
  | 'status-disagrees'
  | 'card-twice'
  | 'review-log-twice'
  | 'cards-disagree-with-log';

/** Devices' clocks differ: a record exported "tomorrow" by up to a day is still accepted. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const SCHEMA_REASONS: Record<string, SchemaReason> = {
  invalid_type: 'type',
  too_big: 'too-big',
  too_small: 'too-small',
  invalid_format: 'format',
  unrecognized_keys: 'unknown-key',
  invalid_value: 'value',
  invalid_union: 'value',
};

export type ParseResult = { ok: true; record: CompletionRecord } | { ok: false; problem: RecordProblem };

const fail = (problem: RecordProblem): ParseResult => ({ ok: false, problem });

/** A JSON path a person can read: `quizAttempts[3].responses[0].answeredAt`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(root)';
}

/** Whether the quiz id, kind and mode agree with the course's quizzes (and the quiz exists, when known). */
function quizMatches(attempt: CompletionRecordV1['quizAttempts'][number], quizIds: ReadonlySet<string> | undefined): boolean {
  const kind = quizKindOf(attempt.quizId);
  return attempt.kind === kind && attempt.mode === QUIZ_MODES[kind] && (!quizIds || quizIds.has(attempt.quizId));
}

/** The stored questions are the attempt's, in its order: all of them unless rebuilt. */
function questionsInconsistent(attempt: CompletionRecord['quizAttempts'][number], questions: CompletionRecord['questions']): boolean {
  const ids = attempt.questions.map((at) => questions[at]?.id);
  if (!attempt.questionsRebuilt) return ids.join('\n') !== attempt.questionIds.join('\n');
  let at = 0;
  for (const id of ids) {
    at = id === undefined ? 0 : attempt.questionIds.indexOf(id, at) + 1;
    if (at === 0) return true;
  }
  return false;
}

/** Spaced review (version 3): one card per fact, one log entry per fact and moment, cards that are what the log gives, sessions that hold together. */
function reviewInconsistency(record: CompletionRecord): { path: string; reason: InconsistencyReason } | null {
  const { cards, log, sessions } = record.review;
  const facts = new Set<string>();
  for (const [i, card] of cards.entries()) {
    if (facts.has(card.factId)) return { path: `review.cards[${i}].factId`, reason: 'card-twice' };
    facts.add(card.factId);
  }
  const logged = new Set<string>();
  for (const [i, entry] of log.entries()) {
    const key = `${entry.factId}@${entry.at}`;
    if (logged.has(key)) return { path: `review.log[${i}]`, reason: 'review-log-twice' };
    logged.add(key);
    if (entry.at > record.exportedAt) return { path: `review.log[${i}].at`, reason: 'dates-out-of-order' };
  }
  const rows = reviewRowsFromRecord(record);
  const byFact = (list: { factId: string }[]) => [...list].sort((a, b) => a.factId.localeCompare(b.factId));
  if (canonicalJson(byFact(cardsFromLog(rows.log))) !== canonicalJson(byFact(rows.cards))) return { path: 'review.cards', reason: 'cards-disagree-with-log' };
  const sessionIds = new Set<string>();
  for (const [i, session] of sessions.entries()) {
    const at = `review.sessions[${i}]`;
    if (sessionIds.has(session.id)) return { path: `${at}.id`, reason: 'attempt-twice' };
    sessionIds.add(session.id);
    const asked = session.items.map((item) => item.questionId);
    if (new Set(asked).size !== asked.length) return { path: `${at}.items`, reason: 'question-twice' };
    if (session.questions.map((ref) => record.questions[ref]?.id).join('\n') !== asked.join('\n')) return { path: `${at}.questions`, reason: 'question-not-in-quiz' };
    if (session.current > Math.max(0, asked.length - 1)) return { path: `${at}.current`, reason: 'current-out-of-range' };
    const end = session.finishedAt ?? session.updatedAt;
    if (session.startedAt > end || end > session.updatedAt || session.updatedAt > record.exportedAt) return { path: `${at}.updatedAt`, reason: 'dates-out-of-order' };
    const answered = new Set<string>();
    for (const [j, response] of session.responses.entries()) {
      if (!asked.includes(response.questionId)) return { path: `${at}.responses[${j}].questionId`, reason: 'answer-outside-quiz' };
      if (answered.has(response.questionId)) return { path: `${at}.responses[${j}].questionId`, reason: 'answered-twice' };
      if (response.answeredAt < session.startedAt || response.answeredAt > end) return { path: `${at}.responses[${j}].answeredAt`, reason: 'dates-out-of-order' };
      answered.add(response.questionId);
    }
  }
  return null;
}

function inconsistency(record: CompletionRecordV1 | CompletionRecordV2 | CompletionRecord, quizIds: ReadonlySet<string> | undefined): { path: string; reason: InconsistencyReason } | null {
  // Nothing happened after the file was exported (a future date would win every later merge).
  const exported = record.exportedAt;
  const lessonKeys = new Set<string>();
  for (const [i, lesson] of record.lessons.entries()) {
    const key = lessonKey(lesson.unitId, lesson.lessonId);
    const at = `lessons[${i}]`;
    if (lessonKeys.has(key)) return { path: at, reason: 'lesson-twice' };
    lessonKeys.add(key);
    const progress = lesson.progress;
    if ((lesson.status === 'not-started') !== (progress === undefined || progress.sectionsSeen.length === 0)) return { path: `${at}.status`, reason: 'status-disagrees' };
    if (!progress) continue;
    if (new Set(progress.sectionsSeen).size !== progress.sectionsSeen.length) return { path: `${at}.progress.sectionsSeen`, reason: 'section-twice' };
    const times = [progress.startedAt, progress.readAt ?? progress.startedAt, progress.updatedAt, exported];
    const wrong = times.findIndex((time, j) => j > 0 && time < (times[j - 1] ?? ''));
    if (wrong > 0) return { path: `${at}.progress.${['startedAt', 'readAt', 'updatedAt', 'updatedAt'][wrong]}`, reason: 'dates-out-of-order' };
  }
  if (record.version !== 1) {
    const texts = record.texts.length;
    const bad = record.questions.findIndex((question) => textRefs(question).some((ref) => ref >= texts));
    if (bad >= 0) return { path: `questions[${bad}]`, reason: 'unknown-text' };
  }
  const attemptIds = new Set<string>();
  for (const [i, attempt] of record.quizAttempts.entries()) {
    const at = `quizAttempts[${i}]`;
    if (attemptIds.has(attempt.id)) return { path: `${at}.id`, reason: 'attempt-twice' };
    attemptIds.add(attempt.id);
    if (!quizMatches(attempt, quizIds)) return { path: `${at}.quizId`, reason: 'unknown-quiz' };
    if (new Set(attempt.questionIds).size !== attempt.questionIds.length) return { path: `${at}.questionIds`, reason: 'question-twice' };
    if (record.version !== 1 && questionsInconsistent(attempt as CompletionRecord['quizAttempts'][number], record.questions)) return { path: `${at}.questions`, reason: 'question-not-in-quiz' };
    if (attempt.current > Math.max(0, attempt.questionIds.length - 1)) return { path: `${at}.current`, reason: 'current-out-of-range' };
    const end = attempt.finishedAt ?? attempt.updatedAt;
    if (attempt.startedAt > end || end > attempt.updatedAt || attempt.updatedAt > exported) return { path: `${at}.${attempt.finishedAt ? 'finishedAt' : 'updatedAt'}`, reason: 'dates-out-of-order' };
    const score = attempt.score;
    if ((attempt.finishedAt === undefined) !== (score === undefined)) return { path: `${at}.score`, reason: 'score-and-finish-disagree' };
    const answered = new Set<string>();
    for (const [j, response] of attempt.responses.entries()) {
      if (!attempt.questionIds.includes(response.questionId)) return { path: `${at}.responses[${j}].questionId`, reason: 'answer-outside-quiz' };
      if (answered.has(response.questionId)) return { path: `${at}.responses[${j}].questionId`, reason: 'answered-twice' };
      if (response.answeredAt < attempt.startedAt || response.answeredAt > end) return { path: `${at}.responses[${j}].answeredAt`, reason: 'dates-out-of-order' };
      answered.add(response.questionId);
    }
    if (score) {
      const graded = attempt.responses.every((r) => r.correct !== undefined) && attempt.responses.length === score.total;
      const adds =
        score.total > 0 &&
        score.total <= attempt.questionIds.length &&
        score.correct <= score.total &&
        Math.abs(score.ratio - score.correct / score.total) < 1e-9 &&
        score.passed === passes(attempt.kind, score.ratio) &&
        (!graded || attempt.responses.filter((r) => r.correct).length === score.correct);
      if (!adds) return { path: `${at}.score`, reason: 'score-adds-up-wrong' };
    }
  }
  // The summary says what the lessons and attempts say.
  const courseLessons = record.lessons.filter((lesson) => lesson.title !== undefined).map(({ unitId, lessonId }) => ({ unitId, lessonId }));
  if (canonicalJson(courseStatus(record.lessons, record.quizAttempts, courseLessons)) !== canonicalJson(record.status)) return { path: 'status', reason: 'status-disagrees' };
  return record.version === RECORD_VERSION ? reviewInconsistency(record) : null;
}

/** What a version-1 record lacks, to be read as version 2: the fact base and content version of today's course. */
export interface Rebuild {
  facts: FactBase;
  contentVersion: string;
}

/**
 * A version-1 record as version 2: each attempt gets the questions its seed gives with today's
 * generator and fact base, marked `questionsRebuilt` (or none, without a fact base), and the
 * record is sealed again. Answers keep the grade they were saved with.
 */
export function upgradeRecord(record: CompletionRecordV1, rebuild: Rebuild | undefined): CompletionRecord {
  return withReviewFromAnswers(questionsRebuilt(record, rebuild));
}

/**
 * A record from before spaced review (version 2) as version 3: its graded answers become the
 * cards of their facts, in the order given (wrong Again, right Good), as the database upgrade
 * does for a device's own answers; sealed again.
 */
export function withReviewFromAnswers(record: Omit<CompletionRecordV2, 'integrity'>): CompletionRecord {
  const { integrity: _old, ...rest } = record as Omit<CompletionRecordV2, 'integrity'> & { integrity?: unknown };
  const { attempts } = rowsFromRecord(rest);
  const { cards, logs } = cardsFromAttempts(attempts);
  return seal({ ...rest, version: RECORD_VERSION, review: recordReview({ cards, log: logs, sessions: [] }, new QuestionTable()) });
}

function questionsRebuilt(record: CompletionRecordV1, rebuild: Rebuild | undefined): Omit<CompletionRecordV2, 'integrity'> {
  const { integrity: _old, ...rest } = record;
  const contentVersion = rebuild?.contentVersion ?? record.course.contentVersion;
  const table = new QuestionTable();
  const quizAttempts = record.quizAttempts.map((attempt) => {
    const questions = rebuild ? rebuildQuiz(rebuild.facts, attempt.seed, attempt.questionIds) : [];
    // A v1 answer saved without its grade is graded on the rebuilt question, as v1 exports did.
    const byId = new Map(questions.map((q) => [q.id, q]));
    const responses = attempt.responses.map((r) => {
      const question = byId.get(r.questionId);
      return r.correct !== undefined || !question ? r : { ...r, correct: isCorrect(question, r.optionIds) };
    });
    return { ...attempt, responses, questions: questions.map((question) => table.ref(question)), contentVersion, generatorVersion: GENERATOR_VERSION, questionsRebuilt: true as const };
  });
  return { ...rest, version: 2, quizAttempts, questions: table.questions, texts: table.texts.texts };
}

/**
 * Checks a record file's text; `bytes` is its size on disk (the cap is checked before parsing).
 * `now` bounds the export date (a day of clock difference allowed); `quizIds`, the quizzes this
 * version of the course has; `rebuild`, what a version-1 record's questions are rebuilt from.
 */
export function parseRecord(text: string, bytes: number, expected: { courseId: string; now?: number; quizIds?: ReadonlySet<string>; rebuild?: Rebuild }): ParseResult {
  if (bytes > MAX_RECORD_BYTES || text.length > MAX_RECORD_BYTES) return fail({ code: 'too-large', bytes: Math.max(bytes, text.length), max: MAX_RECORD_BYTES });
  if (text.trim() === '') return fail({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== RECORD_FORMAT) return fail({ code: 'not-a-record' });
  const version = (data as { version?: unknown }).version;
  if (version !== RECORD_VERSION && version !== 1 && version !== 2) return fail({ code: 'unsupported-version', version: String(version).slice(0, 20) });

  const parsed = version === 1 ? completionRecordV1Schema.safeParse(data) : version === 2 ? completionRecordV2Schema.safeParse(data) : completionRecordSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({ code: 'invalid', path: formatPath(issue?.path ?? []), reason: SCHEMA_REASONS[issue?.code ?? ''] ?? 'other' });
  }
  const record = parsed.data;
  let digest: string;
  try {
    digest = recordDigest(record);
  } catch {
    return fail({ code: 'invalid', path: '(root)', reason: 'unicode' });
  }
  if (digest !== record.integrity.digest) return fail({ code: 'digest-mismatch' });
  if (record.course.id !== expected.courseId) return fail({ code: 'other-course', courseId: record.course.id.slice(0, 80) });
  if (expected.now !== undefined && Date.parse(record.exportedAt) > expected.now + CLOCK_SKEW_MS) return fail({ code: 'inconsistent', path: 'exportedAt', reason: 'dates-out-of-order' });
  const problem = inconsistency(record, expected.quizIds);
  if (problem) return fail({ code: 'inconsistent', ...problem });
  return { ok: true, record: record.version === 1 ? upgradeRecord(record, expected.rebuild) : record.version === 2 ? withReviewFromAnswers(record) : record };
}
