/** How many questions a quiz has, said on its intro before it is drawn. */
import type { FactBase } from '@/content/course-types';
import { selectQuestions } from './generate-quiz';
import type { QuizDefinition } from './quiz-definitions';

/**
 * The planned count, or fewer where the scope has fewer independent items (a lesson check
 * never repeats a fact). The same for every seed (tested), so the intro can say it.
 */
export const quizLength = (facts: FactBase, definition: Pick<QuizDefinition, 'count' | 'scope'>) => selectQuestions(facts, { seed: 0, count: definition.count, scope: definition.scope }).length;
