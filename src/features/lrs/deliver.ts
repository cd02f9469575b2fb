/**
 * What delivery to an LRS needs once a destination is set (the learner's, or the site's
 * config.json): how statements are made (the course outlines in both languages), the history
 * the outbox lacks, and the sender. A chunk of its own, loaded by start-delivery.ts only when
 * there is somewhere to deliver to: a site without an LRS never loads it.
 */
import { contentVersion, courseId } from 'virtual:course';
import { getDelivery, noteHistoryQueued } from '@/db/outbox-repository';
import { setStatementMaker } from '@/db/outbox-hook';
import { statementMaker, type StatementMaker } from '@/domain/lrs/statements-for-change';
import { loadOutline } from '@/features/course-reader/course-data';
import type { Lang } from '@/content/course-types';
import { sendPending, startOutboxSender } from './outbox-sender';
import { queueHistory } from './queue-history';

let maker: Promise<StatementMaker> | undefined;
let senderStarted = false;

/**
 * Starts delivering to `endpoint`: statements are made from now on, the history the outbox
 * lacks is queued, the sender runs. `stillCurrent` says whether that destination is still the
 * one set once the outlines have loaded (it may have changed meanwhile).
 */
export async function deliverTo(endpoint: string, lang: Lang, stillCurrent: () => boolean): Promise<void> {
  maker ??= Promise.all([loadOutline('fr'), loadOutline('en')]).then(([fr, en]) => statementMaker({ courseId, contentVersion, build: __BUILD_ID__, outlines: { fr, en }, base: __XAPI_BASE__ }));
  const made = await maker;
  if (!stillCurrent()) return;
  setStatementMaker(made);
  if (!senderStarted) {
    senderStarted = true;
    startOutboxSender();
  }
  await queueHistoryOnce(endpoint, lang);
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
