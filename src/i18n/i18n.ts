/**
 * i18next set-up. UI strings only (course text comes from the compiled course). Both
 * languages are bundled: they are small, and the app must switch language offline.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
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

export async function initI18n(lng: 'fr' | 'en') {
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    resources,
    defaultNS,
    ns: ['common', 'course', 'quiz', 'progress', 'settings', 'offline'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export { i18next };
