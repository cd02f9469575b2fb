/**
 * The build-time entry: renders any address of the app to HTML in Node, from the same route
 * table and components the browser hydrates. Used by scripts/vite-plugin-prerender.ts only;
 * nothing here runs in the browser. Pages render without storage: what only the browser
 * knows (progress, online state) renders as the placeholder the first browser render shows.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { LANGS, type Lang } from '@/content/course-types';
import { homePath, lessonPath, pagePath, quizPath } from '@/domain/course-ids';
import { loadOutline } from '@/features/course-reader/course-data';
import { loadFacts, quizExists } from '@/features/quiz/quiz-data';
import { appRoutes } from './router';

export interface RenderedPage {
  lang: Lang;
  status: number;
  /** The page's markup, for `<div id="root">`. React writes the page's `<title>` and `<meta>` first. */
  html: string;
}

/** The address of the not-found page of each language (any unknown address renders it). */
export const notFoundAddress = (lang: Lang) => `/${lang}/404`;

/** Every address to prerender, both languages: the pages, every quiz's intro, the not-found page. */
export async function prerenderAddresses(): Promise<string[]> {
  const facts = await loadFacts();
  const addresses: string[] = [];
  for (const lang of LANGS) {
    const outline = await loadOutline(lang);
    addresses.push(homePath(lang), ...(['chronology', 'glossary', 'review', 'record', 'certificate', 'settings'] as const).map((page) => pagePath(lang, page)), quizPath(lang, { kind: 'final-assessment' }));
    for (const unit of outline.units) {
      if (quizExists(facts, unit.id)) addresses.push(quizPath(lang, { kind: 'unit-quiz', unitId: unit.id }));
      for (const lesson of unit.lessons) {
        addresses.push(lessonPath(lang, unit.id, lesson.id));
        if (quizExists(facts, unit.id, lesson.id)) addresses.push(quizPath(lang, { kind: 'lesson-check', unitId: unit.id, lessonId: lesson.id }));
      }
    }
    addresses.push(notFoundAddress(lang));
  }
  return addresses;
}

const handler = createStaticHandler(appRoutes);

export async function render(address: string): Promise<RenderedPage> {
  const context = await handler.query(new Request(new URL(address, 'http://localhost/')));
  if (context instanceof Response) throw new Error(`${address} answers ${context.status} (a redirect cannot be prerendered)`);
  const lang = address.split('/')[1];
  if (lang !== 'fr' && lang !== 'en') throw new Error(`${address} is not under /fr or /en`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      {/* hydrate={false}: no inline script with the loaders' data (the CSP forbids it). */}
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  return { lang, status: context.statusCode, html };
}
