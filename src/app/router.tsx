/**
 * The route table: `/` picks a language, everything else lives under `/fr/…` or `/en/…`.
 * The same table renders every page at build time (entry-server.tsx) and runs in the
 * browser (main.tsx), so loaders only read data: no storage, no DOM, no global language.
 */
import { createBrowserRouter, matchRoutes, redirect, UNSAFE_createRouter, UNSAFE_mapRouteProperties, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isLang } from '@/content/course-types';
import { homePath, ROUTE_PATTERNS } from '@/domain/course-ids';
import { LANGUAGE_ROUTE_ID, loadLesson, loadOutline, type LanguageRouteData, type LessonRouteData } from '@/features/course-reader/course-data';
import { preferredLanguage } from '@/i18n/language';
import { loadFacts, quizExists } from '@/features/quiz/quiz-data';
import type { QuizRouteData } from '@/features/quiz/quiz-page';
import type { ReviewRouteData } from '@/features/review/review-page';
import { recordLoader } from '@/features/record/record-data';
import { LanguageLayout } from './layouts/language-layout';
import { createPackageHistory } from './package-history';
import { RouteError } from './route-error';

function notFound(): never {
  throw new Response('Not found', { status: 404 });
}

async function languageLoader({ params }: LoaderFunctionArgs): Promise<LanguageRouteData> {
  const lang = params.lang;
  if (!isLang(lang)) notFound();
  return { lang, outline: await loadOutline(lang) };
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

async function reviewLoader(): Promise<ReviewRouteData> {
  return { facts: await loadFacts() };
}

const quizPage = async () => ({ Component: (await import('@/features/quiz/quiz-page')).QuizPage });

export const appRoutes: RouteObject[] = [
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
          { path: 'review', loader: reviewLoader, lazy: async () => ({ Component: (await import('@/features/review/review-page')).ReviewPage }) },
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
          { path: '*', loader: () => notFound(), element: null },
        ],
      },
    ],
  },
];

/**
 * The browser's router. The lazy page modules of the first address are resolved first:
 * hydrating a prerendered page needs its components at once, or react-router would render
 * a fallback and the page twice. In an LMS package (`inPackage`) every address stays on the
 * launch document (package-history.ts).
 */
export async function createAppRouter(pathname: string, inPackage = false) {
  const routes = appRoutes.map(function resolved(route): RouteObject {
    return { ...route, children: route.children?.map(resolved) } as RouteObject;
  });
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const route = match.route;
    if (typeof route.lazy === 'function') {
      const loaded = await route.lazy();
      Object.assign(route, loaded);
      delete route.lazy;
    }
  }
  // The constant drops the package's history from the web site's bundle.
  if (__LMS_PACKAGE__ && inPackage) return UNSAFE_createRouter({ routes, history: createPackageHistory(), mapRouteProperties: UNSAFE_mapRouteProperties }).initialize();
  return createBrowserRouter(routes);
}
