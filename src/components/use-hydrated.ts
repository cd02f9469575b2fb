import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False at build time and during hydration, true afterwards: what only the browser knows
 * (the address's query and hash, the screen) waits for it, so the first render in the
 * browser is the markup the build wrote.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
