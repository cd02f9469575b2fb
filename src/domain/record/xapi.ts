/**
 * The record as xAPI 1.0.3 statements, for a training manager's Learning Record Store:
 * `experienced` for each lesson read, `answered` for each answer, `passed`/`failed` for each
 * finished quiz, `completed` and `passed`/`failed` for the course. An answer in a spaced-review
 * session is an `answered` too, in the course's review activity, marked by the review context
 * extension (`<base>/extensions/spaced-review`: the fact reviewed and the due date the answer set). The actor is an account
 * (home page + the learner's anonymous id); activity ids are https IRIs under one base.
 *
 * Statement ids are name-based UUIDs (v5, in the learner's namespace) of what happened: the
 * learner, the verb, the activity, when, the result (and the language and the activities it
 * sits in). Not the content version, names or descriptions: re-exporting the same history after
 * a content update gives the same ids, so an LRS recognises statements it already holds; a
 * result that changed gives a new id, never a conflicting statement under an old one. Questions
 * are described from the attempt's stored questions, as shown, never rebuilt. Only what is
 * fixed once it happened goes in: a lesson's reading time keeps growing after it is read, so
 * `experienced` carries no duration; a finished quiz's does not, so it has one.
 */
import { v5 as uuidV5 } from 'uuid';
import type { Lang, LocalizedText } from '@/content/course-types';
import { lessonKey, parseQuizId, passMarkPercent, type QuizKind } from '@/domain/course-ids';
import { canonicalJson, sha256Hex } from './digest';
import { bilingualLessonTexts } from './build-record';
import { unpackQuestion } from './record-questions';
import type { RecordAttempt, UnsignedRecord } from './record-schema';

/** Where activity ids live unless the build sets `SENTINELLE_XAPI_BASE` (see README). */
export const DEFAULT_XAPI_BASE = 'https://sentinelle.invalid/xapi';

const LANGUAGE_TAGS: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };
type LanguageMap = Record<string, string>;
const languageMap = (text: LocalizedText): LanguageMap => ({ [LANGUAGE_TAGS.fr]: text.fr, [LANGUAGE_TAGS.en]: text.en });

const VERBS = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced', 'fr-FR': 'a consulté' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered', 'fr-FR': 'a répondu à' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', 'fr-FR': 'a terminé' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed', 'fr-FR': 'a réussi' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed', 'fr-FR': 'a échoué à' } },
} as const;

const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

const QUIZ_DESCRIPTIONS: Record<QuizKind, LocalizedText> = {
  'lesson-check': { fr: 'Cinq questions sur les faits de la leçon, avec correction immédiate.', en: 'Five questions on the facts of the lesson, with immediate feedback.' },
  'unit-quiz': { fr: 'Dix questions sur les faits de l\u2019unité, avec correction immédiate.', en: 'Ten questions on the facts of the unit, with immediate feedback.' },
  'final-assessment': {
    fr: `Vingt questions sur tout le cours, corrigées à la fin\u202f; réussie à ${passMarkPercent('final-assessment')}\u202f%.`,
    en: `Twenty questions across the course, marked at the end; passed at ${passMarkPercent('final-assessment')}%.`,
  },
};

const REVIEW_NAME: LocalizedText = { fr: 'Révision espacée', en: 'Spaced review' };
const REVIEW_DESCRIPTION: LocalizedText = {
  fr: 'Des questions sur les faits dus à la révision, chacun posé sous une autre forme que la dernière fois.',
  en: 'Questions on the facts due for review, each asked in another form than the last time.',
};

/** The context extension that marks a review answer, under the activity base. */
export const reviewExtension = (base: string) => `${base.replace(/\/+$/, '')}/extensions/spaced-review`;

const QUIZ_NAMES: Record<RecordAttempt['kind'], LocalizedText> = {
  'lesson-check': { fr: 'Vérification des connaissances', en: 'Knowledge check' },
  'unit-quiz': { fr: 'Quiz de l\u2019unité', en: 'Unit quiz' },
  'final-assessment': { fr: 'Évaluation finale', en: 'Final assessment' },
};

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice' | 'true-false' | 'sequencing';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
  };
}

export interface Statement {
  id: string;
  actor: { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
  };
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities: { parent?: Activity[]; grouping?: Activity[] };
    /** For a quiz attempt's statements: the content version (SHA-256 of the course sources) its questions were made from. */
    revision?: string;
    /** A review answer: `<base>/extensions/spaced-review` → the fact and the next due date. */
    extensions?: Record<string, { fact: string; due: string }>;
  };
  timestamp: string;
}

/** ISO 8601 duration, to the hundredth of a second as xAPI keeps it: `PT1H2M3.45S`. */
export function isoDuration(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}

export interface XapiOptions {
  /** An https IRI; activity ids are built under it. */
  base?: string;
  /** Descriptions of the course and its lessons, in both languages. */
  descriptions?: { course: LocalizedText; lessons: ReadonlyMap<string, LocalizedText> };
  /**
   * The learner's account as the organisation knows it: its home page (the site's config.json)
   * and name (the learner's organisation identifier). By default, the origin of `base` and the
   * anonymous learner id.
   */
  account?: { homePage?: string; name?: string };
}

export function recordStatements(record: UnsignedRecord, options: XapiOptions = {}): Statement[] {
  const base = (options.base ?? DEFAULT_XAPI_BASE).replace(/\/+$/, '');
  const enc = encodeURIComponent;
  const courseIri = `${base}/courses/${enc(record.course.id)}`;
  const learner = record.learner.id;
  const nameId = (name: string) => uuidV5(name, learner);
  const actor: Statement['actor'] = {
    objectType: 'Agent',
    ...(record.learner.displayName.trim() ? { name: record.learner.displayName.trim() } : {}),
    account: { homePage: options.account?.homePage ?? new URL(base).origin, name: options.account?.name?.trim() || learner },
  };

  const describe = (text: LocalizedText | undefined) => (text ? { description: languageMap(text) } : {});
  const course: Activity = { objectType: 'Activity', id: courseIri, definition: { type: ACTIVITY_TYPES.course, name: languageMap(record.course.title), ...describe(options.descriptions?.course) } };
  const units = new Map(
    record.units.map((unit) => [unit.unitId, { objectType: 'Activity', id: `${courseIri}/units/${enc(unit.unitId)}`, definition: { type: ACTIVITY_TYPES.module, name: languageMap(unit.title) } } satisfies Activity]),
  );
  const unitTitles = new Map(record.units.map((unit) => [unit.unitId, unit.title]));
  const unitActivity = (unitId: string): Activity => units.get(unitId) ?? { objectType: 'Activity', id: `${courseIri}/units/${enc(unitId)}` };
  const lessonTitles = new Map(record.lessons.map((lesson) => [lessonKey(lesson.unitId, lesson.lessonId), lesson.title]));
  const lessonActivity = (unitId: string, lessonId: string): Activity => {
    const title = lessonTitles.get(lessonKey(unitId, lessonId));
    return {
      objectType: 'Activity',
      id: `${courseIri}/units/${enc(unitId)}/lessons/${enc(lessonId)}`,
      definition: { type: ACTIVITY_TYPES.lesson, ...(title ? { name: languageMap(title) } : {}), ...describe(options.descriptions?.lessons.get(lessonKey(unitId, lessonId))) },
    };
  };
  // An attempt's quiz id was checked on import; one that names no quiz counts as the final's.
  const refOf = (attempt: RecordAttempt) => parseQuizId(attempt.quizId) ?? { kind: 'final-assessment' as const };
  const quizActivity = (attempt: RecordAttempt): Activity => {
    const ref = refOf(attempt);
    const id =
      ref.kind === 'final-assessment'
        ? `${courseIri}/assessment`
        : ref.kind === 'unit-quiz'
          ? `${courseIri}/units/${enc(ref.unitId)}/quiz`
          : `${courseIri}/units/${enc(ref.unitId)}/lessons/${enc(ref.lessonId)}/check`;
    const about = ref.kind === 'lesson-check' ? lessonTitles.get(lessonKey(ref.unitId, ref.lessonId)) : ref.kind === 'unit-quiz' ? unitTitles.get(ref.unitId) : undefined;
    const name = QUIZ_NAMES[attempt.kind];
    const described = about ? { fr: `${name.fr} · ${about.fr}`, en: `${name.en} · ${about.en}` } : name;
    return { objectType: 'Activity', id, definition: { type: ACTIVITY_TYPES.assessment, name: languageMap(described), description: languageMap(QUIZ_DESCRIPTIONS[attempt.kind]) } };
  };
  const quizParent = (attempt: RecordAttempt): Activity => {
    const ref = refOf(attempt);
    if (ref.kind === 'final-assessment') return course;
    return ref.kind === 'unit-quiz' ? unitActivity(ref.unitId) : lessonActivity(ref.unitId, ref.lessonId);
  };

  const registration = nameId(`registration:${record.course.id}`);
  const context = (lang: Lang, object: Activity, parent: Activity | undefined, revision: string | undefined, extensions?: Statement['context']['extensions']): Statement['context'] => ({
    registration,
    platform: 'Sentinelle',
    language: LANGUAGE_TAGS[lang],
    contextActivities: { ...(parent && parent !== course ? { parent: [parent] } : {}), ...(object === course ? {} : { grouping: [course] }) },
    ...(revision ? { revision } : {}),
    ...(extensions ? { extensions } : {}),
  });
  // What makes two statements the same for an LRS (xAPI's statement comparison): everything but
  // activity definitions and verb displays. None of it follows the course content: the revision
  // is the attempt's own content version, stored with it; lessons and the course carry none.
  const ids = (activities: Activity[] | undefined) => activities?.map((activity) => activity.id) ?? null;
  const statementId = (statement: Omit<Statement, 'id'>) =>
    nameId(
      canonicalJson({
        // The account, not the display name: renaming oneself is not a new statement.
        actor: statement.actor.account,
        verb: statement.verb.id,
        object: statement.object.id,
        result: statement.result ?? null,
        context: { ...statement.context, contextActivities: { parent: ids(statement.context.contextActivities.parent), grouping: ids(statement.context.contextActivities.grouping) } },
        timestamp: statement.timestamp,
      }),
    );

  // Questions as the learner saw them, from the attempt's stored questions: the definition
  // (prompt, choices, right answer) is exact. Options vary with the seed, so the id names the
  // variant: a hash of what was shown. One activity per distinct question of this record.
  const questionsOf = new Map<readonly number[], Map<string, number>>();
  const activities = new Map<number, Activity>();
  /** A question of an attempt or a review session (`shown`: its questions, by index into the record's). */
  const questionActivity = (shown: { questions: readonly number[] }, questionId: string): Activity => {
    let byId = questionsOf.get(shown.questions);
    if (!byId) questionsOf.set(shown.questions, (byId = new Map(shown.questions.map((at) => [record.questions[at]?.id ?? '', at]))));
    const at = byId.get(questionId);
    const packed = at === undefined ? undefined : record.questions[at];
    if (at === undefined || !packed) return { objectType: 'Activity', id: `${courseIri}/questions/${enc(questionId)}`, definition: { type: ACTIVITY_TYPES.interaction } };
    const known = activities.get(at);
    if (known) return known;
    const question = unpackQuestion(packed, record.texts);
    const options_ = [...question.options].sort((a, b) => a.id.localeCompare(b.id));
    const variant = sha256Hex(canonicalJson({ prompt: question.prompt, options: options_, answer: question.answer })).slice(0, 16);
    const interactionType = question.layout === 'true-false' ? 'true-false' : question.layout === 'ordering' ? 'sequencing' : 'choice';
    const activity: Activity = {
      objectType: 'Activity',
      id: `${courseIri}/questions/${enc(questionId)}/${variant}`,
      definition: {
        type: ACTIVITY_TYPES.interaction,
        name: languageMap(question.prompt),
        description: languageMap(question.explanation),
        interactionType,
        correctResponsesPattern: [question.answer.join('[,]')],
        ...(interactionType === 'true-false' ? {} : { choices: options_.map((option) => ({ id: option.id, description: languageMap(option.text) })) }),
      },
    };
    activities.set(at, activity);
    return activity;
  };

  const statements: Statement[] = [];
  const push = (verb: keyof typeof VERBS, object: Activity, timestamp: string, lang: Lang, parent: Activity | undefined, result?: Statement['result'], revision?: string, extensions?: Statement['context']['extensions']) => {
    const statement = { actor, verb: VERBS[verb], object, ...(result ? { result } : {}), context: context(lang, object, parent, revision, extensions), timestamp };
    statements.push({ id: statementId(statement), ...statement });
  };

  for (const lesson of record.lessons) {
    const progress = lesson.progress;
    if (lesson.status !== 'read' || !progress) continue;
    push('experienced', lessonActivity(lesson.unitId, lesson.lessonId), progress.readAt ?? progress.updatedAt, progress.lastLang, unitActivity(lesson.unitId), { completion: true });
  }

  for (const attempt of record.quizAttempts) {
    const quiz = quizActivity(attempt);
    for (const response of attempt.responses) {
      push('answered', questionActivity(attempt, response.questionId), response.answeredAt, response.lang, quiz, {
        response: response.optionIds.join('[,]'),
        ...(response.correct !== undefined ? { success: response.correct } : {}),
      }, attempt.contentVersion);
    }
    if (attempt.finishedAt !== undefined && attempt.score) {
      const { correct, total, ratio, passed } = attempt.score;
      push(passed ? 'passed' : 'failed', quiz, attempt.finishedAt, attempt.lang, quizParent(attempt), {
        score: { scaled: ratio, raw: correct, min: 0, max: total },
        success: passed,
        completion: true,
        duration: isoDuration(attempt.durationMs),
      }, attempt.contentVersion);
    }
  }

  // Review answers: each in the course's review activity, marked by the review extension.
  const review: Activity = { objectType: 'Activity', id: `${courseIri}/review`, definition: { type: ACTIVITY_TYPES.assessment, name: languageMap(REVIEW_NAME), description: languageMap(REVIEW_DESCRIPTION) } };
  const marked = reviewExtension(base);
  for (const session of record.review.sessions) {
    const factOf = new Map(session.items.map((item) => [item.questionId, item.factId]));
    for (const response of session.responses) {
      push('answered', questionActivity(session, response.questionId), response.answeredAt, response.lang, review, { response: response.optionIds.join('[,]'), success: response.correct }, session.contentVersion, {
        [marked]: { fact: factOf.get(response.questionId) ?? '', due: response.due },
      });
    }
  }

  const status = record.status;
  const lastLang = (record.lessons.map((lesson) => lesson.progress).filter((p) => p !== undefined).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1)?.lastLang ?? 'fr') as Lang;
  if (status.completion === 'completed' && status.completedAt) {
    push('completed', course, status.completedAt, lastLang, undefined, { completion: true });
  }
  const finals = record.quizAttempts.filter((a) => a.kind === 'final-assessment' && a.finishedAt !== undefined && a.score);
  const decisive = status.success === 'passed' ? finals.filter((a) => a.score?.passed).sort((a, b) => (a.finishedAt ?? '').localeCompare(b.finishedAt ?? ''))[0] : finals.sort((a, b) => (b.finishedAt ?? '').localeCompare(a.finishedAt ?? ''))[0];
  if (decisive?.score && decisive.finishedAt) {
    const { correct, total, ratio, passed } = decisive.score;
    push(passed ? 'passed' : 'failed', course, decisive.finishedAt, decisive.lang, undefined, { score: { scaled: ratio, raw: correct, min: 0, max: total }, success: passed });
  }
  return statements.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

/** Course and lesson descriptions from the outlines of both languages. */
export function outlineDescriptions(outlines: Record<Lang, { description: string; units: { lessons: { id: string; unitId: string; summary: string }[] }[] }>): NonNullable<XapiOptions['descriptions']> {
  return { course: { fr: outlines.fr.description, en: outlines.en.description }, lessons: bilingualLessonTexts(outlines, (lesson) => lesson.summary) };
}
