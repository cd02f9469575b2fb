/**
 * Builds the completion record from what is stored on this device, and states the completion
 * rules: the course is completed when every lesson is read and every lesson's knowledge check
 * taken; it is passed when a final assessment reaches the pass mark. Pure: rows in, record out.
 */
import type { FactBase, Lang, LocalizedText } from '@/content/course-types';
import { lessonStatus } from '@/domain/progress/progress';
import { rebuildQuiz } from '@/domain/quiz/generate-quiz';
import { isCorrect, type Question } from '@/domain/quiz/question';
import { finalAssessment, lessonCheck, unitQuiz, type QuizDefinition } from '@/domain/quiz/quiz-definitions';
import { PASS_MARK } from '@/domain/quiz/scoring';
import { recordDigest } from './digest';
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

/** A quiz attempt as stored on the device: enough to rebuild its questions and resume it. */
export interface StoredAttempt {
  id: string;
  quizId: string;
  mode: 'practice' | 'exam';
  seed: number;
  /** The language the attempt was started in; each response keeps its own. */
  lang: Lang;
  questionIds: string[];
  /** `correct` is saved with each answer since record version 1; older answers are re-graded. */
  responses: Record<string, { optionIds: string[]; answeredAt: number; lang: Lang; correct?: boolean }>;
  current: number;
  startedAt: number;
  finishedAt?: number;
  score?: { correct: number; total: number; ratio: number; passed: boolean };
  updatedAt: number;
}

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
  /** To mark each answer right or wrong; without it, answers carry no `correct`. */
  facts?: FactBase;
  profile: StoredProfile;
  lessonProgress: readonly StoredLessonProgress[];
  attempts: readonly StoredAttempt[];
  now: number;
}

/** An answer gap longer than this is a pause, not work: it counts for this long. */
export const IDLE_CAP_MS = 5 * 60 * 1000;

export const iso = (ms: number) => new Date(ms).toISOString();
/** Replaces lone UTF-16 surrogates (invalid text, which canonical JSON refuses) with U+FFFD. */
export const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const optionalIso = (ms: number | undefined) => (ms === undefined ? undefined : iso(ms));
const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** What a quiz id (quiz-definitions.ts) names: `lesson:unit/lesson`, `unit:unit` or `final`. */
export function quizRef(quizId: string): { kind: QuizDefinition['kind']; unitId?: string; lessonId?: string } {
  if (quizId === finalAssessment.id) return { kind: 'final-assessment' };
  if (quizId.startsWith('unit:')) return { kind: 'unit-quiz', unitId: quizId.slice('unit:'.length) };
  const [unitId = '', lessonId = ''] = quizId.slice('lesson:'.length).split('/');
  return { kind: 'lesson-check', unitId, lessonId };
}

export const quizKind = (quizId: string) => quizRef(quizId).kind;

/** Active time of an attempt: gaps between its start, answers and end, each capped. */
export function activeDuration(attempt: Pick<StoredAttempt, 'startedAt' | 'finishedAt' | 'responses'>): number {
  const times = [attempt.startedAt, ...Object.values(attempt.responses).map((r) => r.answeredAt), ...(attempt.finishedAt !== undefined ? [attempt.finishedAt] : [])].sort((a, b) => a - b);
  let total = 0;
  for (let i = 1; i < times.length; i += 1) total += Math.min(IDLE_CAP_MS, Math.max(0, (times[i] ?? 0) - (times[i - 1] ?? 0)));
  return total;
}

/** An attempt's questions as it showed them (rebuilt from its seed), by id; cached per seed and ids. */
export function questionsOf(attempt: Pick<StoredAttempt, 'seed' | 'questionIds'>, facts: FactBase | undefined, cache: Map<string, Map<string, Question>>): Map<string, Question> {
  if (!facts) return new Map();
  const key = `${attempt.seed}:${attempt.questionIds.join(',')}`;
  let questions = cache.get(key);
  if (!questions) {
    questions = new Map(rebuildQuiz(facts, attempt.seed, attempt.questionIds).map((q) => [q.id, q]));
    cache.set(key, questions);
  }
  return questions;
}

/** The record's attempts, oldest first, each answer marked right or wrong where the course allows. */
export function recordAttempts(attempts: readonly StoredAttempt[], facts?: FactBase, questionCache = new Map<string, Map<string, Question>>()): RecordAttempt[] {
  return [...attempts]
    .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id))
    .map((attempt) => {
      // Answers graded when given carry `correct`; only older ones need their quiz rebuilt.
      const graded = Object.values(attempt.responses).every((response) => response.correct !== undefined);
      const questions = graded ? new Map<string, Question>() : questionsOf(attempt, facts, questionCache);
      const responses = attempt.questionIds.flatMap((questionId) => {
        // Own properties only: an id such as `constructor` must not find Object.prototype's.
        const response = Object.hasOwn(attempt.responses, questionId) ? attempt.responses[questionId] : undefined;
        if (!response) return [];
        const question = questions.get(questionId);
        const correct = response.correct ?? (question ? isCorrect(question, response.optionIds) : undefined);
        return [withoutUndefined({ questionId, optionIds: [...response.optionIds], answeredAt: iso(response.answeredAt), lang: response.lang, correct })];
      });
      return withoutUndefined({
        id: attempt.id,
        quizId: attempt.quizId,
        kind: quizKind(attempt.quizId),
        mode: attempt.mode,
        seed: attempt.seed,
        lang: attempt.lang,
        questionIds: [...attempt.questionIds],
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

const finished = (attempts: readonly RecordAttempt[], quizId: string) => attempts.filter((a) => a.quizId === quizId && a.finishedAt !== undefined && a.score);
const earliest = (times: readonly (string | undefined)[]) => times.filter((t): t is string => t !== undefined).sort()[0];
const latest = (times: readonly (string | undefined)[]) => times.filter((t): t is string => t !== undefined).sort().at(-1);

/** Completion and pass status, from the record's lessons and attempts (the rules shown to the learner). */
export function courseStatus(lessons: readonly RecordLesson[], attempts: readonly RecordAttempt[], courseLessons: readonly { unitId: string; lessonId: string }[]): RecordStatus {
  const byKey = new Map(lessons.map((lesson) => [`${lesson.unitId}/${lesson.lessonId}`, lesson]));
  const inCourse = courseLessons.map((ref) => byKey.get(`${ref.unitId}/${ref.lessonId}`));
  const lessonsRead = inCourse.filter((lesson) => lesson?.status === 'read').length;
  const checks = courseLessons.map((ref) => finished(attempts, lessonCheck(ref.unitId, ref.lessonId).id));
  const checksTaken = checks.filter((list) => list.length > 0).length;
  const started = lessons.some((lesson) => lesson.status !== 'not-started') || attempts.length > 0;
  const complete = courseLessons.length > 0 && lessonsRead === courseLessons.length && checksTaken === courseLessons.length;
  // Completed at the moment the last requirement was met: each lesson read, each check first taken.
  const completedAt = complete
    ? latest(inCourse.flatMap((lesson, i) => [lesson?.progress?.readAt ?? lesson?.progress?.updatedAt, earliest((checks[i] ?? []).map((a) => a.finishedAt))]))
    : undefined;

  const finals = finished(attempts, finalAssessment.id);
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
    passMark: PASS_MARK,
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
    const ownAttempts = attempts.filter((a) => quizRef(a.quizId).unitId === unit.id);
    const unitScores = finished(attempts, unitQuiz(unit.id).id).map((a) => a.score?.ratio ?? 0);
    const checkBests = unit.lessons.flatMap((lesson) => {
      const scores = finished(attempts, lessonCheck(unit.id, lesson.id).id).map((a) => a.score?.ratio ?? 0);
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
  for (const unit of outlines.fr.units) for (const lesson of unit.lessons) texts.set(`${lesson.unitId}/${lesson.id}`, { fr: text(lesson), en: text(lesson) });
  for (const unit of outlines.en.units) {
    for (const lesson of unit.lessons) {
      const both = texts.get(`${lesson.unitId}/${lesson.id}`);
      if (both) both.en = text(lesson);
    }
  }
  return texts;
}

/** Every lesson of the course in order, then any stored lesson this version no longer has. */
export function recordLessons(outlines: Record<Lang, OutlineLike>, rows: readonly StoredLessonProgress[]): RecordLesson[] {
  const byKey = new Map(rows.map((row) => [`${row.unitId}/${row.lessonId}`, row]));
  const titles = bilingualLessonTexts(outlines, (lesson) => lesson.title);
  const entry = (unitId: string, lessonId: string, title: LocalizedText | undefined): RecordLesson => {
    const row = byKey.get(`${unitId}/${lessonId}`);
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
    const [unitId = '', lessonId = ''] = key.split('/');
    return entry(unitId, lessonId, title);
  });
  const orphans = rows.filter((row) => !titles.has(`${row.unitId}/${row.lessonId}`)).map((row) => entry(row.unitId, row.lessonId, undefined));
  return [...known, ...orphans];
}

/** Every quiz of the course: each lesson's check, each unit's quiz, the final assessment. */
export function courseQuizIds(outline: OutlineLike): Set<string> {
  return new Set([finalAssessment.id, ...outline.units.flatMap((unit) => [unitQuiz(unit.id).id, ...unit.lessons.map((lesson) => lessonCheck(unit.id, lesson.id).id)])]);
}

export function courseLessonRefs(outline: OutlineLike): { unitId: string; lessonId: string }[] {
  return outline.units.flatMap((unit) => unit.lessons.map((lesson) => ({ unitId: unit.id, lessonId: lesson.id })));
}

/** Adds the integrity digest to a record. */
export function seal(record: UnsignedRecord): CompletionRecord {
  return { ...record, integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', digest: recordDigest(record) } };
}

export function buildRecord(input: RecordInput): CompletionRecord {
  const lessons = recordLessons(input.outlines, input.lessonProgress);
  const quizAttempts = recordAttempts(input.attempts, input.facts);
  return seal({
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
  });
}
