/**
 * The router's history in an LMS package. An LMS serves the package under a deep path it
 * chooses (`…/pluginfile.php/12/mod_scorm/content/3/index.html`) and knows no other address:
 * every page of the app stays on the launch document, the app's address carried in its query
 * (`index.html?page=%2Ffr%2Fintroduction%2Fwhy-terrorism`). So a reload reopens the same page,
 * the LMS's launch parameters (cmi5's endpoint, fetch, actor…) stay in the address for the
 * whole session, and a section's `#anchor` is the document's own hash, as on the web site.
 * The base is the launch document's path, found when the app starts.
 */
import type { Location, To, UNSAFE_createRouter } from 'react-router';

type History = Parameters<typeof UNSAFE_createRouter>[0]['history'];

/** The query parameter that holds the app's address. */
export const PAGE_PARAM = 'page';

type Path = { pathname: string; search: string; hash: string };

const toPath = (to: To): Path => {
  const url = new URL(typeof to === 'string' ? to : `${to.pathname ?? '/'}${to.search ?? ''}${to.hash ?? ''}`, 'http://app.invalid/');
  return { pathname: url.pathname, search: url.search, hash: url.hash };
};

/** The app's address held by a window address (its path and query). */
export function appPathOf(windowUrl: { search: string; hash: string }): Path {
  const page = new URLSearchParams(windowUrl.search).get(PAGE_PARAM);
  const inner = toPath(page?.startsWith('/') ? page : '/');
  return { pathname: inner.pathname, search: inner.search, hash: windowUrl.hash };
}

/** The window address (relative to the origin) that shows the app's address `to`. */
export function windowHrefOf(launchPath: string, windowSearch: string, to: To): string {
  const path = toPath(to);
  const params = new URLSearchParams(windowSearch);
  params.delete(PAGE_PARAM);
  params.append(PAGE_PARAM, path.pathname + path.search);
  return `${launchPath}?${params.toString()}${path.hash}`;
}

let keys = 0;
const nextKey = () => `p${(keys++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A history for react-router's createRouter that keeps every address on the launch document. */
export function createPackageHistory(win: Window = window): History {
  const launchPath = win.location.pathname;
  const globalHistory = win.history;
  let action = 'POP' as History['action'];
  let listener: Parameters<History['listen']>[0] | null = null;
  const state = () => (globalHistory.state ?? {}) as { usr?: unknown; key?: string; idx?: number };
  let index = state().idx ?? 0;
  if (state().idx === undefined) globalHistory.replaceState({ ...state(), idx: index }, '');

  const current = (): Location => ({ ...appPathOf(win.location), state: state().usr ?? null, key: state().key ?? 'default' });
  const href = (to: To) => windowHrefOf(launchPath, win.location.search, to);
  const write = (kind: 'push' | 'replace', to: To, usr: unknown) => {
    action = kind === 'push' ? ('PUSH' as History['action']) : ('REPLACE' as History['action']);
    if (kind === 'push') index += 1;
    const entry = { usr: usr ?? null, key: nextKey(), idx: index };
    if (kind === 'push') globalHistory.pushState(entry, '', href(to));
    else globalHistory.replaceState(entry, '', href(to));
  };
  const onPop = () => {
    action = 'POP' as History['action'];
    const next = state().idx;
    const delta = next === undefined ? null : next - index;
    index = next ?? index;
    listener?.({ action, location: current(), delta });
  };

  return {
    get action() {
      return action;
    },
    get location() {
      return current();
    },
    createHref: href,
    createURL: (to) => new URL(`${toPath(to).pathname}${toPath(to).search}${toPath(to).hash}`, win.location.origin),
    encodeLocation: (to) => toPath(to),
    push: (to, usr) => write('push', to, usr),
    replace: (to, usr) => write('replace', to, usr),
    go: (delta) => globalHistory.go(delta),
    listen(fn) {
      if (listener) throw new Error('A history only accepts one listener');
      listener = fn;
      win.addEventListener('popstate', onPop);
      return () => {
        win.removeEventListener('popstate', onPop);
        listener = null;
      };
    },
  };
}
