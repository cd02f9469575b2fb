/** A question the fact base allows, before it is chosen: what it is about and how to build it. */
import type { LessonRef } from '@/content/course-types';
import type { Question, QuestionType } from './question';
import type { Random } from './random';

export interface Candidate {
  id: string;
  type: QuestionType;
  facts: string[];
  source: LessonRef;
  /** Builds the question, or null when the fact base cannot give it good distractors. */
  build: (random: Random) => Omit<Question, 'id' | 'type' | 'facts' | 'source'> | null;
}
