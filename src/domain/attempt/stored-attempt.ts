/**
 * A quiz attempt as the device keeps it: self-describing. Each question is stored as it was
 * shown, in both languages (prompt, options, the key, explanation, facts, source), with the
 * content and generator versions that made it. Results, the record, the xAPI export and
 * restore read these; nothing rebuilds history from a seed and today's fact base, except once,
 * for attempts saved before questions were stored (marked `questionsRebuilt`).
 */
import type { FactBase, Lang } from '@/content/course-types';
import { PASS_MARKS, quizKindOf } from '@/domain/course-ids';
import { generateQuiz, rebuildQuiz, type QuizOptions } from '@/domain/quiz/generate-quiz';
import type { Question } from '@/domain/quiz/question';
import { scoreAnswers, type Score } from '@/domain/quiz/scoring';

/**
 * The version of the quiz generator (src/domain/quiz). Raise it whenever the same seed and
 * fact base would give other questions, options or keys, so a stored attempt says which
 * generator made what the learner saw.
 *
 * 2: item rules (issue 13): no acronym items, lists with their own wrong answers, facts named
 * `kind:id`, keys balanced in ordered options, sources for every item.
 * 3: the final spreads exposure across each unit's knowledge (exposure.ts), and a list item's
 * key stated in another item's text makes the two conflict (knowledge.ts).
 * 4: an item whose own draws all break a rule gets seed 0's draws too, and a lesson check still
 *    short takes seed 0's items (every check as long as its intro announces).
 */
export const GENERATOR_VERSION = 4;

/** A question as the learner saw it, in both languages (the generator's bilingual question). */
export type StoredQuestion = Question;

export interface StoredResponse {
  optionIds: string[];
  answeredAt: number;
  lang: Lang;
  /** Graded when given (every answer since record version 1). */
  correct?: boolean;
}

/** A quiz attempt as stored on the device: what was shown, what was answered, where it stands. */
export interface StoredAttempt {
  id: string;
  quizId: string;
  mode: 'practice' | 'exam';
  seed: number;
  /** The language the attempt was started in; each response keeps its own. */
  lang: Lang;
  questionIds: string[];
  /** The questions as shown, in order (ids are `questionIds`, or some of them when rebuilt). */
  questions: StoredQuestion[];
  /** SHA-256 of the course content the questions were made from. */
  contentVersion: string;
  generatorVersion: number;
  /** The questions were rebuilt from the seed by a later version, not saved when shown. */
  questionsRebuilt?: true;
  responses: Record<string, StoredResponse>;
  current: number;
  startedAt: number;
  finishedAt?: number;
  score?: Score;
  updatedAt: number;
}

/** An attempt as versions before stored questions kept it. */
export type LegacyAttempt = Omit<StoredAttempt, 'questions' | 'contentVersion' | 'generatorVersion' | 'questionsRebuilt'>;

/**
 * The questions of a new attempt, as they will be shown: the quiz generated in French and in
 * English with the same seed, joined question by question (the ids and option ids must match).
 */
export function questionsAsShown(facts: FactBase, options: QuizOptions): StoredQuestion[] {
  const fr = generateQuiz(facts, { ...options, lang: 'fr' });
  const en = generateQuiz(facts, { ...options, lang: 'en' });
  if (fr.length !== en.length) throw new Error('The French and English quizzes differ in length');
  return fr.map((f, i) => {
    const e = en[i];
    if (!e || e.id !== f.id || e.options.length !== f.options.length || e.answer.join() !== f.answer.join()) throw new Error(`Question ${f.id} differs between languages`);
    return {
      id: f.id,
      type: f.type,
      layout: f.layout,
      prompt: { fr: f.prompt, en: e.prompt },
      options: f.options.map((option, j) => {
        const other = e.options[j];
        if (other?.id !== option.id) throw new Error(`Question ${f.id}: option ${option.id} differs between languages`);
        return { id: option.id, text: { fr: option.text, en: other.text } };
      }),
      answer: [...f.answer],
      explanation: { fr: f.explanation, en: e.explanation },
      facts: [...f.facts],
      source: { ...f.source },
      ...(f.situation !== undefined && e.situation !== undefined ? { situation: { fr: f.situation, en: e.situation } } : {}),
      ...(f.rationales && e.rationales
        ? { rationales: Object.fromEntries(Object.entries(f.rationales).map(([id, reason]) => [id, { fr: reason, en: e.rationales?.[id] ?? '' }])) }
        : {}),
      ...(f.sources ? { sources: f.sources.map((ref) => ({ ...ref })) } : {}),
    };
  });
}

/**
 * Gives an attempt saved without its questions the questions its seed gives today, marked as
 * rebuilt (done once: by the database upgrade, or when a version-1 record is read). Ids the
 * fact base no longer has are left without a question.
 */
export function withRebuiltQuestions(attempt: LegacyAttempt, facts: FactBase, contentVersion: string): StoredAttempt {
  return { ...attempt, questions: rebuildQuiz(facts, attempt.seed, attempt.questionIds), contentVersion, generatorVersion: GENERATOR_VERSION, questionsRebuilt: true };
}

/** Scores an attempt on its stored questions, held to its quiz's pass mark. */
export function scoreStoredAttempt(attempt: Pick<StoredAttempt, 'quizId' | 'questions' | 'responses'>): Score {
  const responses = Object.fromEntries(Object.entries(attempt.responses).map(([id, response]) => [id, response.optionIds]));
  return scoreAnswers(attempt.questions, responses, PASS_MARKS[quizKindOf(attempt.quizId)]);
}
