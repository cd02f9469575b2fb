/** What a generated question is, in both languages at once, and in one. */
import type { Lang, LessonRef, LocalizedText } from '@/content/course-types';
import { deriveSeed } from './random';

export const QUESTION_TYPES = [
  'event-year',
  'event-date',
  'date-event',
  'which-first',
  'chronological-order',
  'acronym',
  'purpose',
  'purpose-reverse',
  'location',
  'figure',
  'set-member',
  'true-false',
  'scenario',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** How options are laid out: shuffled (position balanced), fixed ascending, fixed true/false, or to order. */
export type OptionLayout = 'shuffled' | 'ascending' | 'true-false' | 'ordering';

export interface Option {
  id: string;
  text: LocalizedText;
}

export interface Question {
  id: string;
  type: QuestionType;
  layout: OptionLayout;
  prompt: LocalizedText;
  options: Option[];
  /** The correct option ids; for ordering questions, every option id in the right order. */
  answer: string[];
  explanation: LocalizedText;
  facts: string[];
  source: LessonRef;
  /** Scenario items: the situation alone (the prompt holds it, then the question). */
  situation?: LocalizedText;
  /** Scenario items: why each wrong option does not fit, by option id. */
  rationales?: Record<string, LocalizedText>;
  /** Every section the item rests on (`source` is the first). Absent only from questions stored before it existed. */
  sources?: LessonRef[];
}

export interface LocalizedQuestion {
  id: string;
  type: QuestionType;
  layout: OptionLayout;
  lang: Lang;
  prompt: string;
  options: { id: string; text: string }[];
  answer: string[];
  explanation: string;
  facts: string[];
  source: LessonRef;
  situation?: string;
  rationales?: Record<string, string>;
  sources?: LessonRef[];
}

export function localizeQuestion(question: Question, lang: Lang): LocalizedQuestion {
  return {
    id: question.id,
    type: question.type,
    layout: question.layout,
    lang,
    prompt: question.prompt[lang],
    options: question.options.map((option) => ({ id: option.id, text: option.text[lang] })),
    answer: question.answer,
    explanation: question.explanation[lang],
    facts: question.facts,
    source: question.source,
    ...(question.situation ? { situation: question.situation[lang] } : {}),
    ...(question.rationales ? { rationales: Object.fromEntries(Object.entries(question.rationales).map(([id, reason]) => [id, reason[lang]])) } : {}),
    ...(question.sources ? { sources: question.sources } : {}),
  };
}

/** Whether `response` (option ids, in order for ordering questions) answers `question` correctly. */
export function isCorrect(question: Pick<Question, 'answer' | 'layout'>, response: readonly string[]): boolean {
  if (question.layout === 'ordering') return response.length === question.answer.length && response.every((id, i) => id === question.answer[i]);
  return response.length === question.answer.length && question.answer.every((id) => response.includes(id));
}

/**
 * The key a question goes by in the page (element ids, radio names): a hash of its id, since
 * the id itself can tell the answer ("true-false:…:false", or the entity a purpose item is on).
 */
export const domKey = (id: string) => `q${deriveSeed(0, id).toString(36)}`;
