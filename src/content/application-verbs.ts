/**
 * Verbs that make a learning objective an application-level one (the learner chooses,
 * decides, compares, explains why …), one list per language. `npm run content:check`
 * requires every lesson to have at least one objective that starts with one of them.
 */
import type { Lang } from './course-types.ts';

export const APPLICATION_VERBS: Record<Lang, readonly string[]> = {
  fr: ['Choisir', 'Décider', 'Comparer', 'Distinguer', 'Expliquer pourquoi', 'Justifier', 'Déterminer', 'Recommander', 'Évaluer', 'Appliquer', 'Orienter'],
  en: ['Choose', 'Decide', 'Compare', 'Distinguish', 'Explain why', 'Justify', 'Determine', 'Recommend', 'Assess', 'Apply', 'Direct'],
};

/** Whether an objective starts with one of the language's application verbs (case and accents as written). */
export function isApplicationObjective(objective: string, lang: Lang): boolean {
  const text = objective.normalize('NFC').trimStart().toLowerCase();
  return APPLICATION_VERBS[lang].some((verb) => {
    const start = verb.normalize('NFC').toLowerCase();
    return text.startsWith(start) && !/\p{L}/u.test(text.charAt(start.length));
  });
}
