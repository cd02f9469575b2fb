/**
 * How an imported record joins what this device already has. For each lesson and each quiz
 * attempt the newer state wins, but nothing earned is lost: a read lesson stays read, seen
 * sections add up, an answer is never replaced, a finished attempt stays finished, a passed
 * result stays passed. Pure: rows in, rows out.
 */
import type { Lang } from '@/content/course-types';
import { lessonKey } from '@/domain/course-ids';
import type { StoredAttempt, StoredLessonProgress, StoredProfile } from './build-record';
import { unpackQuestion } from './record-questions';
import type { CompletionRecord } from './record-schema';

const ms = (instant: string) => Date.parse(instant);
const optionalMs = (instant: string | undefined) => (instant === undefined ? undefined : ms(instant));
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** The stored rows a record describes (summaries such as `status` and `units` are left out: they are recomputed). */
export function rowsFromRecord(record: Pick<CompletionRecord, 'questions' | 'texts' | 'lessons' | 'quizAttempts' | 'learner'>): { profile: StoredProfile; lessonProgress: StoredLessonProgress[]; attempts: StoredAttempt[] } {
  const questions: (StoredAttempt['questions'][number] | undefined)[] = [];
  const questionAt = (at: number) => (questions[at] ??= record.questions[at] && unpackQuestion(record.questions[at], record.texts));
  const lessonProgress = record.lessons.flatMap((lesson) => {
    const p = lesson.progress;
    if (!p) return [];
    return [
      defined({
        key: lessonKey(lesson.unitId, lesson.lessonId),
        unitId: lesson.unitId,
        lessonId: lesson.lessonId,
        sectionsSeen: [...p.sectionsSeen],
        sectionCount: p.sectionCount,
        lastSectionId: p.lastSectionId,
        lastLang: p.lastLang,
        timeSpentMs: p.timeSpentMs,
        startedAt: ms(p.startedAt),
        readAt: optionalMs(p.readAt),
        updatedAt: ms(p.updatedAt),
      }),
    ];
  });
  const attempts = record.quizAttempts.map((a) =>
    defined({
      id: a.id,
      quizId: a.quizId,
      mode: a.mode,
      seed: a.seed,
      lang: a.lang,
      questionIds: [...a.questionIds],
      questions: a.questions.flatMap((at) => questionAt(at) ?? []),
      contentVersion: a.contentVersion,
      generatorVersion: a.generatorVersion,
      questionsRebuilt: a.questionsRebuilt,
      // Built key by key: a hostile question id such as `__proto__` stays plain data.
      responses: Object.fromEntries(a.responses.map((r) => [r.questionId, defined({ optionIds: [...r.optionIds], answeredAt: ms(r.answeredAt), lang: r.lang as Lang, correct: r.correct })])),
      current: a.current,
      startedAt: ms(a.startedAt),
      finishedAt: optionalMs(a.finishedAt),
      score: a.score && { ...a.score },
      updatedAt: ms(a.updatedAt),
    }),
  );
  const learner = record.learner;
  return { profile: { learnerId: learner.id, displayName: learner.displayName, createdAt: ms(learner.createdAt), updatedAt: ms(learner.updatedAt) }, lessonProgress, attempts };
}

const minDefined = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** One lesson: sections seen add up, the earliest read time stays, the newer place wins. */
export function mergeLessonProgress(local: StoredLessonProgress | undefined, incoming: StoredLessonProgress): StoredLessonProgress {
  if (!local) return incoming;
  const newer = incoming.updatedAt > local.updatedAt ? incoming : local;
  const order = newer.sectionsSeen.concat(local.sectionsSeen, incoming.sectionsSeen);
  return defined({
    ...newer,
    sectionsSeen: [...new Set(order)],
    sectionCount: Math.max(local.sectionCount, incoming.sectionCount),
    timeSpentMs: Math.max(local.timeSpentMs, incoming.timeSpentMs),
    startedAt: Math.min(local.startedAt, incoming.startedAt),
    readAt: minDefined(local.readAt, incoming.readAt),
    updatedAt: Math.max(local.updatedAt, incoming.updatedAt),
  });
}

const better = (a: StoredAttempt, b: StoredAttempt) => {
  if (a.score?.passed !== b.score?.passed) return a.score?.passed ? a : b;
  return (a.score?.ratio ?? 0) >= (b.score?.ratio ?? 0) ? a : b;
};

/** The questions as shown win over questions rebuilt later from the seed, whichever side has them. */
const shownQuestions = (a: StoredAttempt, b: StoredAttempt) => {
  const source = a.questionsRebuilt && !b.questionsRebuilt ? b : a;
  return defined({ questions: source.questions, contentVersion: source.contentVersion, generatorVersion: source.generatorVersion, questionsRebuilt: source.questionsRebuilt });
};

/** One attempt (same id on both sides): finished beats unfinished, passed beats failed, answers add up, the questions as shown stay. */
export function mergeAttempt(local: StoredAttempt | undefined, incoming: StoredAttempt): StoredAttempt {
  if (!local) return incoming;
  const updatedAt = Math.max(local.updatedAt, incoming.updatedAt);
  if (local.finishedAt !== undefined || incoming.finishedAt !== undefined) {
    const winner = local.finishedAt === undefined ? incoming : incoming.finishedAt === undefined ? local : better(local, incoming);
    return withQuestions({ ...winner, updatedAt }, shownQuestions(winner, winner === local ? incoming : local));
  }
  const newer = incoming.updatedAt > local.updatedAt ? incoming : local;
  const older = newer === local ? incoming : local;
  // An answer is never replaced: the first one given (on either device) stays.
  const responses = new Map(Object.entries(newer.responses));
  for (const [questionId, response] of Object.entries(older.responses)) {
    const kept = responses.get(questionId);
    if (newer.questionIds.includes(questionId) && (!kept || response.answeredAt < kept.answeredAt)) responses.set(questionId, response);
  }
  return withQuestions({ ...newer, responses: Object.fromEntries(responses), updatedAt }, shownQuestions(newer, older));
}

function withQuestions(attempt: StoredAttempt, questions: ReturnType<typeof shownQuestions>): StoredAttempt {
  const { questionsRebuilt: _rebuilt, ...rest } = attempt;
  return { ...rest, ...questions };
}

/** The profile: the older identity stays (a fresh device adopts the record's), the newer name wins. */
export function mergeProfile(local: StoredProfile | undefined, incoming: StoredProfile): StoredProfile {
  if (!local) return incoming;
  const identity = incoming.createdAt < local.createdAt ? incoming : local;
  const named = incoming.updatedAt > local.updatedAt && incoming.displayName !== '' ? incoming : local.displayName === '' ? incoming : local;
  return { learnerId: identity.learnerId, createdAt: identity.createdAt, displayName: named.displayName, updatedAt: Math.max(local.updatedAt, incoming.updatedAt) };
}
