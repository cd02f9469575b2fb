/**
 * Reads the site's `config.json` at start-up, network first: a fresh copy replaces the one kept
 * in IndexedDB; offline, the kept copy is used; a site without the file has no LRS. A file that
 * is there but broken is not used: the last good copy stays, and the problem is reported.
 */
import { clearDeployment, getDeployment, saveDeployment } from '@/db/deployment-repository';
import { clearBackoff } from '@/db/outbox-repository';

export type ConfigLoad = { source: 'network' | 'kept' | 'none' } | { source: 'broken'; problem: 'notJson' | 'invalid'; path: string; kept: boolean };

export async function loadDeploymentConfig(now = Date.now()): Promise<ConfigLoad> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    return { source: (await getDeployment()) ? 'kept' : 'none' };
  }
  const type = response.headers.get('Content-Type') ?? '';
  // Absent: a 404, or a host that answers unknown addresses with the app's HTML page.
  if (response.status === 404 || response.status === 410 || (response.ok && !/json/i.test(type) && /html/i.test(type))) {
    await clearDeployment();
    return { source: 'none' };
  }
  if (!response.ok) return { source: (await getDeployment()) ? 'kept' : 'none' };
  // The schema (zod) loads only for a site that has the file.
  const { parseDeploymentConfig } = await import('@/domain/lrs/deployment-config');
  const reading = parseDeploymentConfig(await response.text());
  const kept = await getDeployment();
  if (!reading.ok) return { source: 'broken', problem: reading.problem, path: reading.path, kept: kept !== undefined };
  const lrs = reading.config.lrs ? { endpoint: reading.config.lrs.endpoint, auth: reading.config.lrs.auth } : undefined;
  const changed = JSON.stringify(kept?.lrs ?? null) !== JSON.stringify(lrs ?? null);
  await saveDeployment({ ...(lrs ? { lrs } : {}), ...(reading.config.actor ? { actorHomePage: reading.config.actor.homePage } : {}), readAt: now });
  // New credentials from the site: try at once, forgetting a refusal of the old ones.
  if (changed) await clearBackoff();
  return { source: 'network' };
}
