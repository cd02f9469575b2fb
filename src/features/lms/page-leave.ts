/**
 * Tells a page being left for good from a page being reloaded, as far as a page can: a reload
 * the page asked for (`location.reload()`, seen by the Navigation API's navigate event) or a
 * reload key it saw (F5, Ctrl+R, ⌘R) is a reload; anything else that hides the page (the tab
 * closed, another address, the browser's own reload button, which fires no event the page can
 * see before `pagehide`) is a leave. `pagehide` runs the choice; `pageshow` from the
 * back/forward cache says the page came back. In a frame (an LMS that opens the course inside
 * its own page), a reload key reloads the whole tab, the LMS's page with it, and the course is
 * gone: there a reload key is a leave, and only a reload the course asked for keeps the session.
 */
import { isReloadKey } from '@/domain/lms/cmi5';

/** How long a reload key or reload request counts for (the browser reloads at once). */
const RELOAD_INTENT_MS = 5_000;

interface NavigateEventLike extends Event {
  navigationType?: string;
}

export interface PageLeaveHandlers {
  /** The page goes and will not come back by itself (must act synchronously). */
  onLeave: () => void;
  /** The page is reloading: the session goes on in the reloaded page. */
  onReload?: () => void;
  /** The page came back from the back/forward cache after a leave. */
  onReturn: () => void;
}

/** Where the page's events come from (the window and its Navigation API), and the clock: a test passes its own. */
export interface PageEvents {
  target: EventTarget;
  navigation?: EventTarget | undefined;
  now: () => number;
  /** The page runs in a frame of another page (reload keys reload that one). */
  framed?: boolean;
}

const inFrame = () => {
  try {
    return window.top !== window.self;
  } catch {
    // A cross-origin parent that refuses even this: framed.
    return true;
  }
};

const browserPage = (): PageEvents => ({ target: window, navigation: (window as { navigation?: EventTarget }).navigation, now: () => Date.now(), framed: inFrame() });

export function watchPageLeave(handlers: PageLeaveHandlers, page: PageEvents = browserPage()): () => void {
  let reloadIntentAt = -Infinity;
  const onKey = (event: Event) => {
    if (!page.framed && isReloadKey(event as KeyboardEvent)) reloadIntentAt = page.now();
  };
  const onNavigate = (event: Event) => {
    if ((event as NavigateEventLike).navigationType === 'reload') reloadIntentAt = page.now();
  };
  const onPageHide = () => {
    if (page.now() - reloadIntentAt < RELOAD_INTENT_MS) handlers.onReload?.();
    else handlers.onLeave();
  };
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) handlers.onReturn();
  };
  page.target.addEventListener('keydown', onKey, { capture: true });
  page.navigation?.addEventListener('navigate', onNavigate);
  page.target.addEventListener('pagehide', onPageHide);
  page.target.addEventListener('pageshow', onPageShow);
  return () => {
    page.target.removeEventListener('keydown', onKey, { capture: true });
    page.navigation?.removeEventListener('navigate', onNavigate);
    page.target.removeEventListener('pagehide', onPageHide);
    page.target.removeEventListener('pageshow', onPageShow);
  };
}
