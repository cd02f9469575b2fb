/** The route table: `/` picks a language, everything else lives under `/fr/…` or `/en/…`. */
import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router';
import { isLang } from '@/content/course-types';
import { saveLanguagePreference } from '@/db/language-preference';
import { LANGUAGE_ROUTE_ID, loadLesson, loadOutline, type LanguageRouteData, type LessonRouteData } from '@/features/course-reader/course-data';
import { i18next } from '@/i18n/i18n';
import { preferredLanguage } from '@/i18n/language';
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
  return { lang, outline: await loadOutline(lang) };
}

async function lessonLoader({ params }: LoaderFunctionArgs): Promise<LessonRouteData> {
  const { lang, unitId = '', lessonId = '' } = params;
  if (!isLang(lang)) notFound();
  const lesson = await loadLesson(lang, unitId, lessonId);
  if (!lesson) notFound();
  return { lesson };
}

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', loader: () => redirect(`/${preferredLanguage()}`) },
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
            {
              path: ':unitId/:lessonId',
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
