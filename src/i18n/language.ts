import type { Lang } from '@/content/course-types';
import { readLanguagePreference } from '@/db/language-preference';

/** The language of a first visit: the remembered choice, else the browser's, else French. */
export function preferredLanguage(browserLanguages: readonly string[] = navigator.languages): Lang {
  const saved = readLanguagePreference();
  if (saved) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

export const otherLanguage = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');
