/**
 * The browser entry. A prerendered page (dist/fr/….html) is hydrated: the router starts
 * with the page's modules and data already loaded, so the first render is the very markup
 * the build wrote. The empty shell (index.html: unknown addresses, `npm run dev`) is
 * rendered from scratch.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { contentVersion } from 'virtual:course';
import { openStorage } from '@/db/storage';
import { loadFacts } from '@/features/quiz/quiz-data';
import { appPathOf, PAGE_PARAM, windowHrefOf } from './package-history';
import { createAppRouter } from './router';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * Not top-level await: the page chunks this loads import the app chunk, which imports this
 * entry; while the entry's evaluation awaited them they would wait on it, forever.
 */
async function start(container: HTMLElement) {
  // Live queries start on the first render: the database (or its memory fallback) must be open.
  // Today's facts are loaded only if the database must first give older attempts their questions,
  // the scheduler only if older answers must first become review cards.
  const open = (name?: string) =>
    openStorage(
      async () => {
        // Only when the database must first give older attempts their questions: the generator
        // and the facts are not part of the first page.
        const [facts, { withRebuiltQuestions }] = await Promise.all([loadFacts(), import('@/domain/attempt/stored-attempt')]);
        return { facts, contentVersion, rebuild: withRebuiltQuestions };
      },
      async () => ({ replay: (await import('@/domain/review/history')).cardsFromAttempts }),
      name,
    );
  // An LMS package (`npm run package`) keeps the app's address in the launch document's query,
  // and each LMS learner's progress in a database of their own, opened once the LMS has said who.
  const storage = __LMS_PACKAGE__ ? launchFromLms(open) : open();
  if (__LMS_PACKAGE__) await storage;
  const router = __LMS_PACKAGE__ ? await createAppRouter(appPathOf(window.location).pathname, true) : await createAppRouter(window.location.pathname);
  const initialized = new Promise<void>((resolve) => {
    if (router.state.initialized) resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
  await Promise.all([initialized, storage]);

  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // Hydrated as a transition: React does it in slices and yields between them, so the page
  // (already painted and readable) never freezes for the length of a whole hydration.
  if (container.firstElementChild) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
}

/**
 * Connects to the LMS the package runs in and opens the learner's database; a launch (no page in
 * the address yet) opens where the LMS says: the place to resume, or the learner's language. A
 * reload keeps its own page.
 */
async function launchFromLms(open: (name?: string) => Promise<void>) {
  const { startLmsSession } = await import('@/features/lms/start-lms');
  const launch = await startLmsSession(open);
  if (launch.address && !new URLSearchParams(window.location.search).has(PAGE_PARAM)) {
    window.history.replaceState(window.history.state, '', windowHrefOf(window.location.pathname, window.location.search, launch.address));
  }
}

void start(root);
