/**
 * The names a learner's data is filed under, built and parsed here and nowhere else: quiz
 * kinds, quiz ids, pass marks, the `unit/lesson` key, the app's paths, and the learner's last
 * place (stored as data, not as an address). Stored rows, exported records and xAPI ids use
 * these strings: changing one without a migration strands every learner's history.
 */
import { isLang, type Lang } from '@/content/course-types';

export const QUIZ_KINDS = ['lesson-check', 'unit-quiz', 'final-assessment'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** A quiz of the course, as data. */
export type QuizRef = { kind: 'final-assessment' } | { kind: 'unit-quiz'; unitId: string } | { kind: 'lesson-check'; unitId: string; lessonId: string };

/** The share of right answers each kind of quiz is passed at: the mark shown is the mark applied. */
export const PASS_MARKS: Readonly<Record<QuizKind, number>> = { 'lesson-check': 0.8, 'unit-quiz': 0.8, 'final-assessment': 0.8 };
export const QUESTION_COUNTS: Readonly<Record<QuizKind, number>> = { 'lesson-check': 5, 'unit-quiz': 10, 'final-assessment': 20 };
/** Practice gives feedback after each answer; the exam only at the end. */
export const QUIZ_MODES: Readonly<Record<QuizKind, 'practice' | 'exam'>> = { 'lesson-check': 'practice', 'unit-quiz': 'practice', 'final-assessment': 'exam' };

/** The pass mark as a whole percentage, as the learner reads it: 0.8 → 80. */
export const passMarkPercent = (kind: QuizKind) => Math.round(PASS_MARKS[kind] * 100);

/** Whether a score passes: the one test every grade goes through. */
export const passes = (kind: QuizKind, ratio: number) => ratio >= PASS_MARKS[kind] - 1e-9;

// ── the unit/lesson key ────────────────────────────────────────────────────────────────────

/** `unitId/lessonId`: the same in both languages, so progress follows a language switch. */
export const lessonKey = (unitId: string, lessonId: string) => `${unitId}/${lessonId}`;

export function parseLessonKey(key: string): { unitId: string; lessonId: string } | null {
  const parts = key.split('/');
  return parts.length === 2 && parts[0] && parts[1] ? { unitId: parts[0], lessonId: parts[1] } : null;
}

// ── quiz ids ───────────────────────────────────────────────────────────────────────────────

const FINAL_ID = 'final';
const UNIT_PREFIX = 'unit:';
const LESSON_PREFIX = 'lesson:';

/** `final`, `unit:<unit>` or `lesson:<unit>/<lesson>`. */
export function quizId(ref: QuizRef): string {
  if (ref.kind === 'final-assessment') return FINAL_ID;
  if (ref.kind === 'unit-quiz') return `${UNIT_PREFIX}${ref.unitId}`;
  return `${LESSON_PREFIX}${lessonKey(ref.unitId, ref.lessonId)}`;
}

/** What a quiz id names, or null for a string that is not one. */
export function parseQuizId(id: string): QuizRef | null {
  if (id === FINAL_ID) return { kind: 'final-assessment' };
  if (id.startsWith(UNIT_PREFIX)) {
    const unitId = id.slice(UNIT_PREFIX.length);
    return unitId && !unitId.includes('/') ? { kind: 'unit-quiz', unitId } : null;
  }
  if (id.startsWith(LESSON_PREFIX)) {
    const key = parseLessonKey(id.slice(LESSON_PREFIX.length));
    return key && { kind: 'lesson-check', ...key };
  }
  return null;
}

/** The kind of a quiz id; an unknown id counts as a lesson check (it names no final). */
export const quizKindOf = (id: string): QuizKind => parseQuizId(id)?.kind ?? 'lesson-check';

/** The unit a quiz belongs to (none for the final assessment). */
export const quizUnitId = (ref: QuizRef | null): string | undefined => (ref && ref.kind !== 'final-assessment' ? ref.unitId : undefined);

// ── paths ──────────────────────────────────────────────────────────────────────────────────

/** The router's patterns under `/:lang`, in the order they must be matched. */
export const ROUTE_PATTERNS = {
  finalAssessment: 'assessment',
  unitQuiz: ':unitId/quiz',
  lessonCheck: ':unitId/:lessonId/check',
  lesson: ':unitId/:lessonId',
} as const;

export type Page = 'chronology' | 'glossary' | 'review' | 'settings' | 'record' | 'certificate';

export const homePath = (lang: Lang) => `/${lang}`;
export const pagePath = (lang: Lang, page: Page) => `/${lang}/${page}`;

export function lessonPath(lang: Lang, unitId: string, lessonId: string, sectionId?: string): string {
  return `/${lang}/${unitId}/${lessonId}${sectionId ? `#${sectionId}` : ''}`;
}

export function quizPath(lang: Lang, ref: QuizRef): string {
  if (ref.kind === 'final-assessment') return `/${lang}/assessment`;
  if (ref.kind === 'unit-quiz') return `/${lang}/${ref.unitId}/quiz`;
  return `/${lang}/${ref.unitId}/${ref.lessonId}/check`;
}

/** The quiz a matched quiz route names, from its parameters (see ROUTE_PATTERNS). */
export function quizRefFromParams(params: { unitId?: string; lessonId?: string }): QuizRef {
  if (params.unitId && params.lessonId) return { kind: 'lesson-check', unitId: params.unitId, lessonId: params.lessonId };
  if (params.unitId) return { kind: 'unit-quiz', unitId: params.unitId };
  return { kind: 'final-assessment' };
}

/** The same address in another language: `/fr/x/y?s#h` → `/en/x/y?s#h`. */
export function inLanguage(pathname: string, lang: Lang): string {
  const rest = pathname.split('/').slice(2).join('/');
  return `/${lang}${rest ? `/${rest}` : ''}`;
}

/** The language an address starts with, if any. */
export function langOfPath(pathname: string): Lang | undefined {
  const segment = pathname.split('/')[1];
  return isLang(segment) ? segment : undefined;
}

// ── the last place ─────────────────────────────────────────────────────────────────────────

/** Where the learner was, for "Continue": a lesson section or a quiz question, in a language. */
export type Place =
  | { kind: 'lesson'; unitId: string; lessonId: string; sectionId?: string; lang: Lang; at: number }
  | { kind: 'quiz'; quiz: QuizRef; /** Index of the question on screen. */ question?: number; lang: Lang; at: number };

export function placePath(place: Place): string {
  return place.kind === 'lesson' ? lessonPath(place.lang, place.unitId, place.lessonId, place.sectionId) : quizPath(place.lang, place.quiz);
}

/** Reads an address the app made (`/en/unit/lesson#section`, a quiz address) back as a place. */
export function placeFromPath(path: string, at: number): Place | null {
  const [pathname = '', hash = ''] = path.split('#');
  const [, lang, first, second, third, ...more] = pathname.split('/');
  if (!isLang(lang) || !first || more.length > 0) return null;
  if (first === 'assessment' && !second) return { kind: 'quiz', quiz: { kind: 'final-assessment' }, lang, at };
  if (second === 'quiz' && !third) return { kind: 'quiz', quiz: { kind: 'unit-quiz', unitId: first }, lang, at };
  if (second && third === 'check') return { kind: 'quiz', quiz: { kind: 'lesson-check', unitId: first, lessonId: second }, lang, at };
  if (second && !third) return { kind: 'lesson', unitId: first, lessonId: second, ...(hash ? { sectionId: hash } : {}), lang, at };
  return null;
}
