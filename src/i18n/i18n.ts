/**
 * i18next set-up. UI strings only (course text comes from the compiled course). Both
 * languages are bundled: they are small, and the app must switch language offline.
 *
 * One instance holds the strings (initialised synchronously when this module loads, so the
 * first render, in Node at build time or in the browser, has them). Pages never change its
 * language: each language gets a clone with its language fixed (`i18nFor`), sharing the
 * strings, so rendering a page depends only on the address and never on global state.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/content/course-types';
import enCommon from '../../locales/en/common.json';
import enCourse from '../../locales/en/course.json';
import enOffline from '../../locales/en/offline.json';
import enProgress from '../../locales/en/progress.json';
import enQuiz from '../../locales/en/quiz.json';
import enSettings from '../../locales/en/settings.json';
import frCommon from '../../locales/fr/common.json';
import frCourse from '../../locales/fr/course.json';
import frOffline from '../../locales/fr/offline.json';
import frProgress from '../../locales/fr/progress.json';
import frQuiz from '../../locales/fr/quiz.json';
import frSettings from '../../locales/fr/settings.json';

export const resources = {
  fr: { common: frCommon, course: frCourse, quiz: frQuiz, progress: frProgress, settings: frSettings, offline: frOffline },
  en: { common: enCommon, course: enCourse, quiz: enQuiz, progress: enProgress, settings: enSettings, offline: enOffline },
} as const;

export const defaultNS = 'common';

void i18next.use(initReactI18next).init({
  lng: 'fr',
  fallbackLng: false,
  resources,
  defaultNS,
  ns: ['common', 'course', 'quiz', 'progress', 'settings', 'offline'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const byLanguage = new Map<Lang, i18n>();

/** The i18next instance of one language (the same one every time): its language never changes. */
export function i18nFor(lang: Lang): i18n {
  let instance = byLanguage.get(lang);
  if (!instance) {
    instance = i18next.cloneInstance({ lng: lang, initAsync: false });
    byLanguage.set(lang, instance);
  }
  return instance;
}

export { i18next };
