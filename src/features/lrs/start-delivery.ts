/**
 * Delivery to a Learning Record Store, started once per tab after the first page shows (a
 * chunk of its own, so the first page does not wait for it): reads the site's config.json,
 * then watches where statements go. Only when there is a destination (the learner's LRS, or
 * the site's) does it load what delivery needs (deliver.ts: the statement maker, the history,
 * the sender): the pages of a site without an LRS load none of it.
 */
import { watchDestination } from '@/db/deployment-repository';
import { setStatementMaker } from '@/db/outbox-hook';
import type { Lang } from '@/content/course-types';
import { loadDeploymentConfig } from './load-deployment-config';
import { useLrsStore } from './lrs-store';

let started = false;

export async function startDelivery(lang: Lang): Promise<void> {
  if (started) return;
  started = true;
  try {
    const config = await loadDeploymentConfig();
    useLrsStore.getState().setConfigProblem(config.source === 'broken' ? { problem: config.problem, path: config.path, kept: config.kept } : null);
    // The live query fires on every profile change (the last place, on each section read):
    // act only when the destination itself changes.
    let current: string | undefined;
    watchDestination((destination) => {
      const key = destination ? `${destination.lrs.endpoint} ${destination.lrs.auth}` : undefined;
      if (key === current) return;
      current = key;
      if (!destination) {
        setStatementMaker(null);
        return;
      }
      import('./deliver')
        .then(({ deliverTo }) => deliverTo(destination.lrs.endpoint, lang, () => current === key))
        .catch((error: unknown) => {
          // A chunk failed to load (offline on a first visit): the next page load tries again.
          console.error('Sentinelle: delivery to the LRS could not start', error);
          current = undefined;
        });
    });
  } catch (error) {
    // Storage or a chunk failed to load: the next page load tries again.
    console.error('Sentinelle: delivery to the LRS could not start', error);
    started = false;
  }
}
