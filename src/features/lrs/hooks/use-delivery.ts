import { useLiveQuery } from 'dexie-react-hooks';
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
