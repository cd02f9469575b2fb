// Keeps the learner's chosen language in localStorage, so that the first screen of the
// next visit opens in it before anything else loads. Failure (storage blocked) is silent.
import type { Lang } from '@/content/course-types';
import { isLang } from '@/content/course-types';

/** Do not rename: changing this key forgets every learner's language choice. */
const LANGUAGE_KEY = 'sentinelle.language';

export function readLanguagePreference(): Lang | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveLanguagePreference(lang: Lang): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage unavailable (private mode, blocked): the choice lasts for this visit only.
  }
}
