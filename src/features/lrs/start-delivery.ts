/**
 * Delivery to a Learning Record Store, started once per tab after the first page shows (a
 * chunk of its own, so the first page does not wait for it): reads the site's config.json,
 * registers how statements are made while an LRS is set (so progress writes queue them in
 * their own transaction), queues the history the outbox lacks when an LRS is newly set, and
 * starts the sender.
 */
import { contentVersion, courseId } from 'virtual:course';
import { watchDestination } from '@/db/deployment-repository';
import { getDelivery, noteHistoryQueued } from '@/db/outbox-repository';
import { setStatementMaker } from '@/db/outbox-hook';
import { statementMaker } from '@/domain/lrs/statements-for-change';
import { loadOutline } from '@/features/course-reader/course-data';
import type { Lang } from '@/content/course-types';
import { loadDeploymentConfig } from './load-deployment-config';
import { useLrsStore } from './lrs-store';
import { sendPending, startOutboxSender } from './outbox-sender';
import { queueHistory } from './queue-history';

let started = false;

export async function startDelivery(lang: Lang): Promise<void> {
  if (started) return;
  started = true;
  try {
    const config = await loadDeploymentConfig();
    useLrsStore.getState().setConfigProblem(config.source === 'broken' ? { problem: config.problem, path: config.path, kept: config.kept } : null);
    const [fr, en] = await Promise.all([loadOutline('fr'), loadOutline('en')]);
    const maker = statementMaker({ courseId, contentVersion, build: __BUILD_ID__, outlines: { fr, en }, base: __XAPI_BASE__ });
    // The live query fires on every profile change (the last place, on each section read):
    // act only when the destination itself changes.
    let current: string | undefined;
    watchDestination((destination) => {
      const key = destination ? `${destination.lrs.endpoint} ${destination.lrs.auth}` : undefined;
      if (key === current) return;
      current = key;
      setStatementMaker(destination ? maker : null);
      if (destination) void queueHistoryOnce(destination.lrs.endpoint, lang);
    });
    startOutboxSender();
  } catch (error) {
    // Storage or a chunk failed to load: the next page load tries again.
    console.error('Sentinelle: delivery to the LRS could not start', error);
    started = false;
  }
}

/**
 * Queues the history the outbox lacks, once per endpoint: when an LRS is newly set, and again
 * when a progress write could not make its statements. (A new account needs nothing: the
 * outbox knows each event, whichever account its statement named.)
 */
async function queueHistoryOnce(endpoint: string, lang: Lang): Promise<void> {
  const delivery = await getDelivery();
  if (delivery.queuedHistoryFor === endpoint && !delivery.historyPending) return;
  await queueHistory(lang);
  await noteHistoryQueued(endpoint);
  void sendPending();
}
