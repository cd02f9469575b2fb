/**
 * Learner histories for record tests and the record benchmark: made by the real quiz
 * generator on the real course, from a seed, so every attempt is one the app could have
 * stored (real question ids and option ids, scores that add up, times in order).
 */
import type { Lang } from '../src/content/course-types.ts';
import { GENERATOR_VERSION, questionsAsShown, type LegacyAttempt } from '../src/domain/attempt/stored-attempt.ts';
import type { StoredAttempt, StoredLessonProgress, StoredProfile } from '../src/domain/record/build-record.ts';
import { isCorrect } from '../src/domain/quiz/question.ts';
import { finalAssessment, lessonCheck, unitQuiz, type QuizDefinition } from '../src/domain/quiz/quiz-definitions.ts';
import { createRandom, pick } from '../src/domain/quiz/random.ts';
import { scoreAnswers } from '../src/domain/quiz/scoring.ts';
import { compileRealCourse } from './course-files.ts';


export interface History {
  profile: StoredProfile;
  lessonProgress: StoredLessonProgress[];
  attempts: StoredAttempt[];
}

export interface HistoryShape {
  /** How many quiz attempts (each up to 20 questions). */
  attempts: number;
  /** Share of lessons opened, 0–1. */
  lessonsOpened: number;
  /** Chance that an answer is right. */
  skill: number;
  /** Chance that an attempt was left unfinished. */
  unfinished: number;
  /** Only these quizzes (default: every quiz of the course). */
  quizzes?: QuizDefinition[];
  /** Take the quizzes in the order given, one attempt each, instead of at random. */
  inOrder?: boolean;
  /** Every opened lesson read to the end. */
  readAll?: boolean;
}

/** The content version fixture attempts say their questions were made from. */
export const FIXTURE_CONTENT_VERSION = 'c'.repeat(64);

const NAMES = ['', 'Ada Lovelace', 'Élodie Lefèvre-Gâtineau', 'Łukasz Żółć', 'Søren O’Brien', 'Zoë « Zed » Ng'];

/** A learner history from a seed; time runs forward from `start`. */
export function learnerHistory(seed: number, shape: HistoryShape, start = Date.UTC(2026, 0, 5, 8)): History {
  const course = compileRealCourse();
  const random = createRandom(seed);
  let now = start;
  const tick = (max: number) => (now += 1 + Math.floor(random() * max));
  const lang = (): Lang => (random() < 0.5 ? 'fr' : 'en');
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const profile: StoredProfile = {
    learnerId: `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`,
    displayName: NAMES[Math.floor(random() * NAMES.length)] ?? '',
    createdAt: now,
    updatedAt: tick(60_000),
  };

  const lessons = course.outlines.fr.units.flatMap((unit) => unit.lessons);
  const lessonProgress = pick(lessons, Math.round(lessons.length * shape.lessonsOpened), random).map((lesson) => {
    const sectionIds = lesson.sections.map((section) => section.id);
    const seen = shape.readAll || random() < 0.7 ? sectionIds : pick(sectionIds, 1 + Math.floor(random() * (sectionIds.length - 1)), random);
    const startedAt = tick(600_000);
    const updatedAt = tick(900_000);
    const row: StoredLessonProgress = {
      key: `${lesson.unitId}/${lesson.id}`,
      unitId: lesson.unitId,
      lessonId: lesson.id,
      sectionsSeen: sectionIds.filter((id) => seen.includes(id)),
      sectionCount: sectionIds.length,
      lastSectionId: seen.at(-1) ?? sectionIds[0] ?? 'intro',
      lastLang: lang(),
      timeSpentMs: Math.floor(random() * 900_000),
      startedAt,
      updatedAt,
    };
    if (seen.length === sectionIds.length) row.readAt = updatedAt;
    return row;
  });

  const quizzes: QuizDefinition[] = shape.quizzes ?? [finalAssessment, ...course.outlines.fr.units.flatMap((unit) => [unitQuiz(unit.id), ...unit.lessons.map((lesson) => lessonCheck(unit.id, lesson.id))])];
  const attempts = Array.from({ length: shape.attempts }, (_, i): StoredAttempt => {
    const quiz = (shape.inOrder ? quizzes[i % quizzes.length] : quizzes[Math.floor(random() * quizzes.length)]) ?? finalAssessment;
    const quizSeed = Math.floor(random() * 2 ** 31);
    const questions = questionsAsShown(course.facts, { seed: quizSeed, count: quiz.count, scope: quiz.scope });
    const questionIds = questions.map((question) => question.id);
    const attemptLang = lang();
    const startedAt = tick(3_600_000);
    const finished = random() >= shape.unfinished;
    const answered = finished ? questions : questions.slice(0, Math.floor(random() * questions.length));
    const responses = Object.fromEntries(
      answered.map((question) => {
        const right = random() < shape.skill;
        const wrong = question.options.filter((option) => !question.answer.includes(option.id)).map((option) => option.id);
        const optionIds = right || wrong.length === 0 ? [...question.answer] : question.layout === 'ordering' ? [...question.answer].reverse() : [wrong[Math.floor(random() * wrong.length)] ?? ''];
        return [question.id, { optionIds, answeredAt: tick(90_000), lang: random() < 0.9 ? attemptLang : lang(), correct: isCorrect(question, optionIds) }];
      }),
    );
    const score = scoreAnswers(questions, Object.fromEntries(Object.entries(responses).map(([id, r]) => [id, r.optionIds])), quiz.passMark);
    const finishedAt = finished ? tick(10_000) : undefined;
    return {
      id: `${quiz.id}#${i}-${hex(6)}`,
      quizId: quiz.id,
      mode: quiz.mode,
      seed: quizSeed,
      lang: attemptLang,
      questionIds,
      questions,
      contentVersion: FIXTURE_CONTENT_VERSION,
      generatorVersion: GENERATOR_VERSION,
      responses,
      current: finished ? questionIds.length - 1 : Math.min(answered.length, Math.max(0, questionIds.length - 1)),
      startedAt,
      ...(finishedAt !== undefined ? { finishedAt, score } : {}),
      updatedAt: finishedAt ?? now,
    };
  });
  return { profile, lessonProgress, attempts };
}

/** A history with at least `answers` answers (finished final assessments of 20 questions). */
export function historyWithAnswers(answers: number, seed = 1): History {
  return learnerHistory(seed, { attempts: Math.ceil(answers / finalAssessment.count), lessonsOpened: 1, skill: 0.8, unfinished: 0, quizzes: [finalAssessment] });
}

/** A learner who has read every lesson, taken every check and unit quiz, then the final. */
export function completedCourseHistory(seed = 2, skill = 0.9): History {
  const outline = compileRealCourse().outlines.fr;
  const quizzes = [...outline.units.flatMap((unit) => unit.lessons.map((lesson) => lessonCheck(unit.id, lesson.id))), ...outline.units.map((unit) => unitQuiz(unit.id)), finalAssessment];
  return learnerHistory(seed, { attempts: quizzes.length, lessonsOpened: 1, skill, unfinished: 0, quizzes, inOrder: true, readAll: true });
}

/** The same history as stored before answers were graded when given: no `correct`. */
export function ungraded(history: History): History {
  return {
    ...history,
    attempts: history.attempts.map((attempt) => ({
      ...attempt,
      responses: Object.fromEntries(Object.entries(attempt.responses).map(([id, { correct: _graded, ...response }]) => [id, response])),
    })),
  };
}

/** The attempts as versions before stored questions kept them: no questions, no versions. */
export function withoutQuestions(history: History): Omit<History, 'attempts'> & { attempts: LegacyAttempt[] } {
  return {
    ...history,
    attempts: history.attempts.map(({ questions: _q, contentVersion: _c, generatorVersion: _g, questionsRebuilt: _r, ...attempt }) => attempt),
  };
}
