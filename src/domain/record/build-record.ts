/**
 * Builds the completion record from what is stored on this device, and states the completion
 * rules: the course is completed when every lesson is read and every lesson's knowledge check
 * taken; it is passed when a final assessment reaches the pass mark. Pure: rows in, record out.
 */
import type { Lang, LocalizedText } from '@/content/course-types';
import type { StoredAttempt } from '@/domain/attempt/stored-attempt';
import { lessonKey, parseLessonKey, parseQuizId, PASS_MARKS, quizId, quizKindOf, quizUnitId } from '@/domain/course-ids';
import { lessonStatus } from '@/domain/progress/progress';
import { isCorrect } from '@/domain/quiz/question';
import { recordDigest } from './digest';
import { QuestionTable } from './record-questions';
import { EMPTY_REVIEW, recordReview, type StoredReview } from './record-review';
import { RECORD_FORMAT, RECORD_VERSION, type CompletionRecord, type RecordAttempt, type RecordLesson, type RecordStatus, type RecordUnit, type UnsignedRecord } from './record-schema';

/** The course outline fields the record needs, in one language. */
export interface OutlineLike {
  title: string;
  units: { id: string; title: string; lessons: { id: string; unitId: string; title: string }[] }[];
}

/** A lesson's progress as stored on the device (one IndexedDB row). */
export interface StoredLessonProgress {
  /** `unitId/lessonId`: the same in both languages, so progress follows a language switch. */
  key: string;
  unitId: string;
  lessonId: string;
  sectionsSeen: string[];
  sectionCount: number;
  lastSectionId?: string;
  lastLang: Lang;
  timeSpentMs: number;
  startedAt: number;
  /** When every section had been seen. */
  readAt?: number;
  updatedAt: number;
}

export type { StoredAttempt } from '@/domain/attempt/stored-attempt';

export interface StoredProfile {
  learnerId: string;
  displayName: string;
  createdAt: number;
  updatedAt: number;
}

export interface RecordInput {
  courseId: string;
  contentVersion: string;
  build: string;
  outlines: Record<Lang, OutlineLike>;
  profile: StoredProfile;
  lessonProgress: readonly StoredLessonProgress[];
  attempts: readonly StoredAttempt[];
  /** Spaced review: cards, log and sessions (none when absent). */
  review?: StoredReview;
  now: number;
}

/** An answer gap longer than this is a pause, not work: it counts for this long. */
export const IDLE_CAP_MS = 5 * 60 * 1000;

export const iso = (ms: number) => new Date(ms).toISOString();
/** Replaces lone UTF-16 surrogates (invalid text, which canonical JSON refuses) with U+FFFD. */
export const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const optionalIso = (ms: number | undefined) => (ms === undefined ? undefined : iso(ms));
const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** Active time of an attempt: gaps between its start, answers and end, each capped. */
export function activeDuration(attempt: Pick<StoredAttempt, 'startedAt' | 'finishedAt' | 'responses'>): number {
  const times = [attempt.startedAt, ...Object.values(attempt.responses).map((r) => r.answeredAt), ...(attempt.finishedAt !== undefined ? [attempt.finishedAt] : [])].sort((a, b) => a - b);
  let total = 0;
  for (let i = 1; i < times.length; i += 1) total += Math.min(IDLE_CAP_MS, Math.max(0, (times[i] ?? 0) - (times[i - 1] ?? 0)));
  return total;
}

/** The record's attempts, oldest first, each with its questions as shown and each answer marked right or wrong. */
export function recordAttempts(attempts: readonly StoredAttempt[], table = new QuestionTable()): RecordAttempt[] {
  return [...attempts]
    .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id))
    .map((attempt) => {
      const questions = new Map(attempt.questions.map((q) => [q.id, q]));
      const responses = attempt.questionIds.flatMap((questionId) => {
        // Own properties only: an id such as `constructor` must not find Object.prototype's.
        const response = Object.hasOwn(attempt.responses, questionId) ? attempt.responses[questionId] : undefined;
        if (!response) return [];
        // Answers graded when given carry `correct`; older ones are graded on the stored question.
        const question = questions.get(questionId);
        const correct = response.correct ?? (question ? isCorrect(question, response.optionIds) : undefined);
        return [withoutUndefined({ questionId, optionIds: [...response.optionIds], answeredAt: iso(response.answeredAt), lang: response.lang, correct })];
      });
      return withoutUndefined({
        id: attempt.id,
        quizId: attempt.quizId,
        kind: quizKindOf(attempt.quizId),
        mode: attempt.mode,
        seed: attempt.seed,
        lang: attempt.lang,
        questionIds: [...attempt.questionIds],
        questions: attempt.questions.map((question) => table.ref(question)),
        contentVersion: attempt.contentVersion,
        generatorVersion: attempt.generatorVersion,
        questionsRebuilt: attempt.questionsRebuilt,
        current: attempt.current,
        responses,
        startedAt: iso(attempt.startedAt),
        finishedAt: optionalIso(attempt.finishedAt),
        score: attempt.score && { ...attempt.score },
        durationMs: activeDuration(attempt),
        updatedAt: iso(attempt.updatedAt),
      });
    });
}

/** The attempt fields the status and summaries read (a version-1 record's attempts have them too). */
type SummaryAttempt = Pick<RecordAttempt, 'quizId' | 'finishedAt' | 'score' | 'durationMs'>;

const finished = <A extends SummaryAttempt>(attempts: readonly A[], id: string) => attempts.filter((a) => a.quizId === id && a.finishedAt !== undefined && a.score);
const earliest = (times: readonly (string | undefined)[]) => times.filter((t): t is string => t !== undefined).sort()[0];
const latest = (times: readonly (string | undefined)[]) => times.filter((t): t is string => t !== undefined).sort().at(-1);

/** Completion and pass status, from the record's lessons and attempts (the rules shown to the learner). */
export function courseStatus(lessons: readonly RecordLesson[], attempts: readonly SummaryAttempt[], courseLessons: readonly { unitId: string; lessonId: string }[]): RecordStatus {
  const byKey = new Map(lessons.map((lesson) => [lessonKey(lesson.unitId, lesson.lessonId), lesson]));
  const inCourse = courseLessons.map((ref) => byKey.get(lessonKey(ref.unitId, ref.lessonId)));
  const lessonsRead = inCourse.filter((lesson) => lesson?.status === 'read').length;
  const checks = courseLessons.map((ref) => finished(attempts, quizId({ kind: 'lesson-check', ...ref })));
  const checksTaken = checks.filter((list) => list.length > 0).length;
  const started = lessons.some((lesson) => lesson.status !== 'not-started') || attempts.length > 0;
  const complete = courseLessons.length > 0 && lessonsRead === courseLessons.length && checksTaken === courseLessons.length;
  // Completed at the moment the last requirement was met: each lesson read, each check first taken.
  const completedAt = complete
    ? latest(inCourse.flatMap((lesson, i) => [lesson?.progress?.readAt ?? lesson?.progress?.updatedAt, earliest((checks[i] ?? []).map((a) => a.finishedAt))]))
    : undefined;

  const finals = finished(attempts, quizId({ kind: 'final-assessment' }));
  const passing = finals.filter((a) => a.score?.passed);
  const best = [...finals].sort((a, b) => (b.score?.ratio ?? 0) - (a.score?.ratio ?? 0) || (a.finishedAt ?? '').localeCompare(b.finishedAt ?? ''))[0];
  const timeSpentMs = lessons.reduce((sum, lesson) => sum + (lesson.progress?.timeSpentMs ?? 0), 0) + attempts.reduce((sum, a) => sum + a.durationMs, 0);
  return withoutUndefined({
    completion: complete ? 'completed' : started ? 'in-progress' : 'not-started',
    completedAt,
    success: passing.length > 0 ? 'passed' : finals.length > 0 ? 'failed' : 'not-attempted',
    passedAt: earliest(passing.map((a) => a.finishedAt)),
    finalScore: best?.score && { ...best.score },
    finalScoreAt: best?.finishedAt,
    passMark: PASS_MARKS['final-assessment'],
    lessonsRead,
    lessonCount: courseLessons.length,
    checksTaken,
    timeSpentMs,
  });
}

/** Per unit: lessons read, checks taken, best unit quiz, time spent. */
export function unitSummaries(outlines: Record<Lang, OutlineLike>, lessons: readonly RecordLesson[], attempts: readonly RecordAttempt[]): RecordUnit[] {
  return outlines.fr.units.map((unit) => {
    const en = outlines.en.units.find((other) => other.id === unit.id);
    const own = lessons.filter((lesson) => lesson.unitId === unit.id);
    const ownAttempts = attempts.filter((a) => quizUnitId(parseQuizId(a.quizId)) === unit.id);
    const unitScores = finished(attempts, quizId({ kind: 'unit-quiz', unitId: unit.id })).map((a) => a.score?.ratio ?? 0);
    const checkBests = unit.lessons.flatMap((lesson) => {
      const scores = finished(attempts, quizId({ kind: 'lesson-check', unitId: unit.id, lessonId: lesson.id })).map((a) => a.score?.ratio ?? 0);
      return scores.length > 0 ? [Math.max(...scores)] : [];
    });
    return withoutUndefined({
      unitId: unit.id,
      title: { fr: unit.title, en: en?.title ?? unit.title },
      lessonCount: unit.lessons.length,
      lessonsRead: unit.lessons.filter((lesson) => own.some((l) => l.lessonId === lesson.id && l.status === 'read')).length,
      checksTaken: checkBests.length,
      bestChecksAverage: checkBests.length > 0 ? checkBests.reduce((sum, best) => sum + best, 0) / checkBests.length : undefined,
      bestUnitQuiz: unitScores.length > 0 ? Math.max(...unitScores) : undefined,
      timeSpentMs: own.reduce((sum, lesson) => sum + (lesson.progress?.timeSpentMs ?? 0), 0) + ownAttempts.reduce((sum, a) => sum + a.durationMs, 0),
    });
  });
}

/** One text of every lesson in both languages, keyed `unitId/lessonId`, in course order. */
export function bilingualLessonTexts<L extends { id: string; unitId: string }>(outlines: Record<Lang, { units: { lessons: L[] }[] }>, text: (lesson: L) => string): Map<string, LocalizedText> {
  const texts = new Map<string, LocalizedText>();
  for (const unit of outlines.fr.units) for (const lesson of unit.lessons) texts.set(lessonKey(lesson.unitId, lesson.id), { fr: text(lesson), en: text(lesson) });
  for (const unit of outlines.en.units) {
    for (const lesson of unit.lessons) {
      const both = texts.get(lessonKey(lesson.unitId, lesson.id));
      if (both) both.en = text(lesson);
    }
  }
  return texts;
}

/** Every lesson of the course in order, then any stored lesson this version no longer has. */
export function recordLessons(outlines: Record<Lang, OutlineLike>, rows: readonly StoredLessonProgress[]): RecordLesson[] {
  const byKey = new Map(rows.map((row) => [lessonKey(row.unitId, row.lessonId), row]));
  const titles = bilingualLessonTexts(outlines, (lesson) => lesson.title);
  const entry = (unitId: string, lessonId: string, title: LocalizedText | undefined): RecordLesson => {
    const row = byKey.get(lessonKey(unitId, lessonId));
    return withoutUndefined({
      unitId,
      lessonId,
      title,
      status: lessonStatus(row),
      progress: row
        ? withoutUndefined({
            sectionsSeen: [...row.sectionsSeen],
            sectionCount: row.sectionCount,
            lastSectionId: row.lastSectionId,
            lastLang: row.lastLang,
            timeSpentMs: Math.round(row.timeSpentMs),
            startedAt: iso(row.startedAt),
            readAt: optionalIso(row.readAt),
            updatedAt: iso(row.updatedAt),
          })
        : undefined,
    });
  };
  const known = [...titles.entries()].map(([key, title]) => {
    const { unitId, lessonId } = parseLessonKey(key) ?? { unitId: '', lessonId: '' };
    return entry(unitId, lessonId, title);
  });
  const orphans = rows.filter((row) => !titles.has(lessonKey(row.unitId, row.lessonId))).map((row) => entry(row.unitId, row.lessonId, undefined));
  return [...known, ...orphans];
}

/** Every quiz of the course: each lesson's check, each unit's quiz, the final assessment. */
export function courseQuizIds(outline: OutlineLike): Set<string> {
  return new Set([quizId({ kind: 'final-assessment' }), ...outline.units.flatMap((unit) => [quizId({ kind: 'unit-quiz', unitId: unit.id }), ...unit.lessons.map((lesson) => quizId({ kind: 'lesson-check', unitId: unit.id, lessonId: lesson.id }))])]);
}

export function courseLessonRefs(outline: OutlineLike): { unitId: string; lessonId: string }[] {
  return outline.units.flatMap((unit) => unit.lessons.map((lesson) => ({ unitId: unit.id, lessonId: lesson.id })));
}

/** Adds the integrity digest to a record. */
export function seal(record: UnsignedRecord): CompletionRecord {
  return { ...record, integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', digest: recordDigest(record) } };
}

export function buildRecord(input: RecordInput): CompletionRecord {
  return seal(buildRecordContent(input));
}

/** The record without its digest (what xAPI statements are made from). */
export function buildRecordContent(input: RecordInput): UnsignedRecord {
  const lessons = recordLessons(input.outlines, input.lessonProgress);
  const table = new QuestionTable();
  const quizAttempts = recordAttempts(input.attempts, table);
  const review = recordReview(input.review ?? EMPTY_REVIEW, table);
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    exportedAt: iso(input.now),
    app: { name: 'Sentinelle', build: input.build },
    learner: { id: input.profile.learnerId, displayName: wellFormed(input.profile.displayName).slice(0, 120), createdAt: iso(input.profile.createdAt), updatedAt: iso(input.profile.updatedAt) },
    course: { id: input.courseId, contentVersion: input.contentVersion, title: { fr: input.outlines.fr.title, en: input.outlines.en.title } },
    status: courseStatus(lessons, quizAttempts, courseLessonRefs(input.outlines.fr)),
    units: unitSummaries(input.outlines, lessons, quizAttempts),
    lessons,
    quizAttempts,
    questions: table.questions,
    texts: table.texts.texts,
    review,
  };
}
