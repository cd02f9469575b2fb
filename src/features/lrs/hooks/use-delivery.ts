import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { getDeployment, getDestination } from '@/db/deployment-repository';
import { getOutboxStatus } from '@/db/outbox-repository';

/** The outbox and the sender's state, live (every tab's sends show at once). */
export function useOutboxStatus() {
  return useLiveQuery(getOutboxStatus, []);
}

/** Where statements go (learner's LRS, the site's, or none), live; undefined while reading. */
export function useDestination() {
  return useLiveQuery(async () => ({ destination: await getDestination(), deployment: await getDeployment() }), []);
}

const subscribe = (change: () => void) => {
  window.addEventListener('online', change);
  window.addEventListener('offline', change);
  return () => {
    window.removeEventListener('online', change);
    window.removeEventListener('offline', change);
  };
};

/** Online state; true on the server and the first render (then the browser's). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
}
