/** The route table: `/` picks a language, everything else lives under `/fr/…` or `/en/…`. */
import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router';
import { contentVersion } from 'virtual:course';
import { homePath, ROUTE_PATTERNS } from '@/domain/course-ids';
import { isLang } from '@/content/course-types';
import { saveLanguagePreference } from '@/db/language-preference';
import { openStorage } from '@/db/storage';
import { LANGUAGE_ROUTE_ID, loadLesson, loadOutline, type LanguageRouteData, type LessonRouteData } from '@/features/course-reader/course-data';
import { i18next } from '@/i18n/i18n';
import { preferredLanguage } from '@/i18n/language';
import { loadFacts, quizExists } from '@/features/quiz/quiz-data';
import type { QuizRouteData } from '@/features/quiz/quiz-page';
import { recordLoader } from '@/features/record/record-data';
import { LanguageLayout } from './layouts/language-layout';
import { RouteError } from './route-error';

function notFound(): never {
  throw new Response('Not found', { status: 404 });
}

async function languageLoader({ params }: LoaderFunctionArgs): Promise<LanguageRouteData> {
  const lang = params.lang;
  if (!isLang(lang)) notFound();
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  saveLanguagePreference(lang);
  // Today's facts are loaded only if the database must first give older attempts their questions.
  const [outline] = await Promise.all([loadOutline(lang), openStorage(async () => ({ facts: await loadFacts(), contentVersion }))]);
  return { lang, outline };
}

async function quizLoader({ params }: LoaderFunctionArgs): Promise<QuizRouteData> {
  const facts = await loadFacts();
  if (!quizExists(facts, params.unitId, params.lessonId)) notFound();
  return { facts };
}

async function lessonLoader({ params }: LoaderFunctionArgs): Promise<LessonRouteData> {
  const { lang, unitId = '', lessonId = '' } = params;
  if (!isLang(lang)) notFound();
  const lesson = await loadLesson(lang, unitId, lessonId);
  if (!lesson) notFound();
  return { lesson };
}

const quizPage = async () => ({ Component: (await import('@/features/quiz/quiz-page')).QuizPage });

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', loader: () => redirect(homePath(preferredLanguage())) },
    {
      id: LANGUAGE_ROUTE_ID,
      path: '/:lang',
      loader: languageLoader,
      element: <LanguageLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <div className="boot" aria-busy="true" />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('@/features/course-reader/course-home')).CourseHome }) },
            { path: 'chronology', lazy: async () => ({ Component: (await import('@/features/chronology/chronology-page')).ChronologyPage }) },
            { path: 'glossary', lazy: async () => ({ Component: (await import('@/features/glossary/glossary-page')).GlossaryPage }) },
            { path: 'settings', lazy: async () => ({ Component: (await import('@/features/settings/settings-page')).SettingsPage }) },
            { path: 'record', loader: recordLoader, lazy: async () => ({ Component: (await import('@/features/record/record-page')).RecordPage }) },
            { path: 'certificate', loader: recordLoader, lazy: async () => ({ Component: (await import('@/features/record/certificate-page')).CertificatePage }) },
            { path: ROUTE_PATTERNS.finalAssessment, loader: quizLoader, lazy: quizPage },
            { path: ROUTE_PATTERNS.unitQuiz, loader: quizLoader, lazy: quizPage },
            { path: ROUTE_PATTERNS.lessonCheck, loader: quizLoader, lazy: quizPage },
            {
              path: ROUTE_PATTERNS.lesson,
              loader: lessonLoader,
              lazy: async () => ({ Component: (await import('@/features/course-reader/lesson-page')).LessonPage }),
            },
            { path: '*', loader: () => notFound() },
          ],
        },
      ],
    },
  ]);
}
