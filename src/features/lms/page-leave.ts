/**
 * Tells a page being left for good from a page being reloaded, as far as a page can: a reload
 * the page asked for (`location.reload()`, seen by the Navigation API's navigate event) or a
 * reload key it saw (F5, Ctrl+R, ⌘R) is a reload; anything else that hides the page (the tab
 * closed, another address, the browser's own reload button, which fires no event the page can
 * see before `pagehide`) is a leave. `pagehide` runs the choice; `pageshow` from the
 * back/forward cache says the page came back.
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

export function watchPageLeave(handlers: PageLeaveHandlers, now: () => number = () => Date.now()): () => void {
  let reloadIntentAt = -Infinity;
  const onKey = (event: KeyboardEvent) => {
    if (isReloadKey(event)) reloadIntentAt = now();
  };
  const onNavigate = (event: NavigateEventLike) => {
    if (event.navigationType === 'reload') reloadIntentAt = now();
  };
  const onPageHide = () => {
    if (now() - reloadIntentAt < RELOAD_INTENT_MS) handlers.onReload?.();
    else handlers.onLeave();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) handlers.onReturn();
  };
  const navigation = (window as { navigation?: EventTarget }).navigation;
  window.addEventListener('keydown', onKey, { capture: true });
  navigation?.addEventListener('navigate', onNavigate);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('keydown', onKey, { capture: true });
    navigation?.removeEventListener('navigate', onNavigate);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
  };
}
