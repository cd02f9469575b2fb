// The site's configuration (config.json) as last read, kept so an offline start still knows
// where statements go; and the learner's own LRS settings, in their profile.
import { liveQuery } from 'dexie';
import type { DeploymentRow, LrsDestination } from './db';
import { accountOf } from './outbox-hook';
import { getDb, safeWrite } from './storage';

export function getDeployment(): Promise<DeploymentRow | undefined> {
  return getDb().deployment.get('deployment');
}

export function saveDeployment(row: Omit<DeploymentRow, 'id'>): Promise<boolean> {
  return safeWrite(() => getDb().deployment.put({ id: 'deployment', ...row }));
}

/** The site has no config.json: no LRS from the site. */
export function clearDeployment(): Promise<boolean> {
  return safeWrite(() => getDb().deployment.delete('deployment'));
}

/**
 * The LRS of the LMS that launched this session (cmi5: its endpoint and the session's token),
 * in memory only: it is the session's, and no other session may use its token.
 */
let lmsDestination: LrsDestination | undefined;

export function setLmsDestination(lrs: LrsDestination | undefined): void {
  lmsDestination = lrs;
}

/** Where statements go: the launching LMS's LRS, else the learner's own, else the site's; none when none is set. */
export async function getDestination(): Promise<{ lrs: LrsDestination; source: 'lms' | 'learner' | 'site' } | undefined> {
  if (lmsDestination) return { lrs: lmsDestination, source: 'lms' };
  const db = getDb();
  const [profile, deployment] = await Promise.all([db.profile.get('learner'), db.deployment.get('deployment')]);
  if (profile?.lrs) return { lrs: profile.lrs, source: 'learner' };
  if (deployment?.lrs) return { lrs: deployment.lrs, source: 'site' };
  return undefined;
}

/** The learner's xAPI account as the organisation knows it (undefined members: the defaults). */
export async function xapiAccount(): Promise<{ homePage?: string; name?: string }> {
  const db = getDb();
  const [profile, deployment] = await Promise.all([db.profile.get('learner'), db.deployment.get('deployment')]);
  return accountOf(profile, deployment);
}

/** Calls `listener` with the destination now and whenever it changes (any tab). */
export function watchDestination(listener: (destination: Awaited<ReturnType<typeof getDestination>>) => void): () => void {
  const subscription = liveQuery(getDestination).subscribe({ next: listener, error: () => undefined });
  return () => subscription.unsubscribe();
}
