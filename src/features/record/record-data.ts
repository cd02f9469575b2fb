/** What the record pages load first: the course outline in both languages, and the fact base (to read a version-1 record). */
import type { CourseOutline, FactBase, Lang } from '@/content/course-types';
import { loadOutline } from '@/features/course-reader/course-data';
import { loadFacts } from '@/features/quiz/quiz-data';

export interface RecordRouteData {
  outlines: Record<Lang, CourseOutline>;
  facts: FactBase;
}

export async function recordLoader(): Promise<RecordRouteData> {
  const [fr, en, facts] = await Promise.all([loadOutline('fr'), loadOutline('en'), loadFacts()]);
  return { outlines: { fr, en }, facts };
}
