/**
 * Delivery to a Learning Record Store, started once per tab after the first page shows (a
 * chunk of its own, so the first page does not wait for it): reads the site's config.json,
 * registers how statements are made while an LRS is set (so progress writes queue them in
 * their own transaction), queues the history the outbox lacks when an LRS is newly set, and
 * starts the sender.
 */
import { contentVersion, courseId } from 'virtual:course';
import { watchDestination } from '@/db/deployment-repository';
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
  const config = await loadDeploymentConfig();
  useLrsStore.getState().setConfigProblem(config.source === 'broken' ? config.reason : null);
  const [fr, en] = await Promise.all([loadOutline('fr'), loadOutline('en')]);
  const maker = statementMaker({ courseId, contentVersion, build: __BUILD_ID__, outlines: { fr, en }, base: __XAPI_BASE__ });
  let current: string | null = null;
  watchDestination((destination) => {
    const key = destination ? `${destination.lrs.endpoint} ${destination.lrs.auth}` : null;
    if (key === current) return;
    const newlySet = destination !== undefined && current === null;
    current = key;
    setStatementMaker(destination ? maker : null);
    // Anything done before the maker was set (earlier visits without an LRS, this page's first
    // moments) is queued now; what the outbox holds or has sent is not queued again.
    if (newlySet) void queueHistory(lang).then(() => sendPending());
  });
  startOutboxSender();
}
