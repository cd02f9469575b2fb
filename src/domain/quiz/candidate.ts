/** A question the fact base allows, before it is chosen: what it is about and how to build it. */
import type { LessonRef } from '@/content/course-types';
import type { Question, QuestionType } from './question';
import type { Random } from './random';

export interface Candidate {
  id: string;
  type: QuestionType;
  facts: string[];
  source: LessonRef;
  /** Every section the question relies on (`source` first): a lesson check holds it only if all are in that lesson. */
  sources: LessonRef[];
  /**
   * Builds the question, or null when the fact base cannot give it good distractors. For
   * options in a fixed order (years, dates, numbers), `position` asks for the key at that
   * index: distractors are then chosen on both sides of it, so the middle is not a cue.
   * Whether a question can be built never depends on `position`.
   */
  build: (random: Random, position?: number) => Omit<Question, 'id' | 'type' | 'facts' | 'source' | 'sources'> | null;
}
