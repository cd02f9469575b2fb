/**
 * Sends the outbox whenever the app runs and the device is online: at start, when statements
 * are queued, when the connection returns, and when a backoff ends. One tab sends at a time
 * (Web Locks); the others leave it to that tab and look again shortly. Nothing here ever
 * interrupts a lesson or a quiz: the drain yields to the page between batches.
 */
import { getDestination } from '@/db/deployment-repository';
import * as outbox from '@/db/outbox-repository';
import { drain, type DrainResult } from './drain';
import { lrsTransport } from './lrs-client';

const LOCK = 'sentinelle-outbox-sender';
const clock = { now: () => Date.now(), random: () => Math.random() };

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;
/** Asked for while a run was going: run once more when it ends. */
const rerun = { wanted: false, forced: false };

function schedule(at: number | undefined) {
  if (at === undefined) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void sendPending(), Math.max(0, at - Date.now()));
}

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

async function withLock(work: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return work();
  const held = await locks.request(LOCK, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await work();
    return true;
  });
  // Another tab is sending; what this tab queued after its last look is sent on the next one.
  if (!held) schedule(Date.now() + 3_000);
}

async function runOnce(force: boolean): Promise<DrainResult | undefined> {
  const destination = await getDestination();
  if (!destination) return undefined;
  if (!force && typeof navigator !== 'undefined' && navigator.onLine === false) return undefined;
  const delivery = await outbox.getDelivery();
  // Refused credentials or a wrong address: wait for new settings (or config.json) or "Send now".
  if (!force && (delivery.problem?.kind === 'auth' || delivery.problem?.kind === 'endpoint')) return undefined;
  let last: DrainResult | undefined;
  await withLock(async () => {
    const transport = lrsTransport(destination.lrs);
    for (let first = true; ; first = false) {
      last = await drain(outbox, transport, clock, { force: force && first, maxBatches: 4 });
      if (last.stopped) return schedule(last.retryAt);
      if (!last.more) return;
      await yieldToPage();
    }
  });
  return last;
}

/** Sends what waits; `force` ignores the backoff and a refused credential ("Send now"). */
export function sendPending(force = false): Promise<void> {
  if (running) {
    rerun.wanted = true;
    rerun.forced ||= force;
    return running;
  }
  running = (async () => {
    let forced = force;
    for (;;) {
      try {
        await runOnce(forced);
      } catch {
        // Storage closed or failing: the storage banner says so; try again later.
        schedule(Date.now() + 30_000);
      }
      if (!rerun.wanted) return;
      forced = rerun.forced;
      rerun.wanted = false;
      rerun.forced = false;
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

let stop: (() => void) | undefined;

/** Starts sending for this tab (once); returns how to stop. */
export function startOutboxSender(): () => void {
  if (stop) return stop;
  const onOnline = () => void sendPending();
  window.addEventListener('online', onOnline);
  const unwatch = outbox.watchPending(() => void sendPending());
  void sendPending();
  stop = () => {
    window.removeEventListener('online', onOnline);
    unwatch();
    if (timer) clearTimeout(timer);
    stop = undefined;
  };
  return stop;
}
