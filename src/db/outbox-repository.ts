// The outbox: xAPI statements waiting for the Learning Record Store, written in the same
// transaction as the progress change that causes them (so a closed tab, a crash or a reload
// loses none), and the sender's state, shared by every tab. Sent statements keep only their id
// and time, so the same statement is never queued twice.
import { liveQuery, type EntityTable } from 'dexie';
import { eventKey } from '@/domain/lrs/delivery';
import type { Statement } from '@/domain/record/xapi';
import type { DeliveryRow, OutboxRow } from './db';
import { getDb, safeWrite } from './storage';

const initialDelivery = (): DeliveryRow => ({ id: 'lrs', failures: 0, notBefore: 0 });
const withoutProblem = ({ problem: _problem, ...row }: DeliveryRow): DeliveryRow => row;

/**
 * Queues statements not seen before. Call it inside a read-write transaction that includes
 * `outbox`, the one that writes the change the statements describe.
 */
export async function queueInTransaction(outbox: EntityTable<OutboxRow, 'id'>, statements: readonly Statement[], now: number): Promise<number> {
  if (statements.length === 0) return 0;
  // One statement per id and per event: a statement of an event already queued (under another
  // account or language) is not queued again.
  const byKey = new Map<string, Statement>();
  for (const statement of statements) if (!byKey.has(eventKey(statement))) byKey.set(eventKey(statement), statement);
  const unique = [...new Map([...byKey.values()].map((statement) => [statement.id, statement])).values()];
  const knownIds = new Set((await outbox.bulkGet(unique.map((statement) => statement.id))).filter((row) => row !== undefined).map((row) => row.id));
  const knownKeys = new Set((await outbox.where('key').anyOf(unique.map(eventKey)).keys()).map(String));
  const fresh = unique
    .filter((statement) => !knownIds.has(statement.id) && !knownKeys.has(eventKey(statement)))
    // Oldest first within one write too (fractions of a millisecond keep the order stable).
    .map((statement, i): OutboxRow => ({ id: statement.id, key: eventKey(statement), state: 'pending', statement, queuedAt: now + i / 1000 }));
  if (fresh.length > 0) await outbox.bulkAdd(fresh);
  return fresh.length;
}

/** Queues statements in a transaction of their own (an imported record, a newly set LRS). */
export async function queueStatements(statements: readonly Statement[], now: number): Promise<number> {
  const db = getDb();
  let added = 0;
  await safeWrite(() =>
    db.transaction('rw', db.outbox, async () => {
      added = await queueInTransaction(db.outbox, statements, now);
    }),
  );
  return added;
}

/** The oldest pending statements. */
export function nextBatch(limit: number): Promise<OutboxRow[]> {
  return getDb().outbox.where('[state+queuedAt]').between(['pending', -Infinity], ['pending', Infinity]).limit(limit).toArray();
}

export function getDelivery(): Promise<DeliveryRow> {
  return getDb().delivery.get('lrs').then((row) => row ?? initialDelivery());
}

async function changeDelivery(change: (row: DeliveryRow) => DeliveryRow, extra?: () => Promise<unknown>): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.transaction('rw', db.outbox, db.delivery, async () => {
      await extra?.();
      const row = (await db.delivery.get('lrs')) ?? initialDelivery();
      await db.delivery.put(change(row));
    }),
  );
}

/** Statements the LRS stored: their bodies go, their ids stay; the backoff starts over. */
export function markSent(ids: readonly string[], now: number): Promise<boolean> {
  const db = getDb();
  return changeDelivery(
    (row) => ({ ...withoutProblem(row), failures: 0, notBefore: 0, lastSentAt: now }),
    async () => {
      const rows = await db.outbox.bulkGet([...ids]);
      await db.outbox.bulkPut(rows.filter((row) => row !== undefined).map((row) => ({ id: row.id, key: row.key, state: 'sent', queuedAt: row.queuedAt, sentAt: now })));
    },
  );
}

/** A statement the LRS refuses for what it says: kept aside, with the LRS's words. */
export function setAside(id: string, refusal: { status: number; message: string }, now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.outbox
      .where('id')
      .equals(id)
      .modify((row) => {
        row.state = 'set-aside';
        row.refusal = { ...refusal, at: now };
      }),
  );
}

/**
 * Sets aside, in one transaction, every pending statement `stale` picks (a cmi5 launch: those of
 * earlier sessions, which the LMS may no longer take), with `refusal` as the reason. Returns how many.
 */
export async function setAsidePending(stale: (statement: Statement) => boolean, refusal: { status: number; message: string }, now: number): Promise<number> {
  const db = getDb();
  let count = 0;
  await safeWrite(() =>
    db.outbox
      .where('[state+queuedAt]')
      .between(['pending', -Infinity], ['pending', Infinity])
      .modify((row) => {
        if (!row.statement || !stale(row.statement)) return;
        row.state = 'set-aside';
        row.refusal = { ...refusal, at: now };
        count += 1;
      }),
  );
  return count;
}

/** A failed try: the problem shown to the learner, and when to try again. */
export function noteProblem(problem: NonNullable<DeliveryRow['problem']>, notBefore: number, countsAsFailure: boolean): Promise<boolean> {
  return changeDelivery((row) => ({ ...row, problem, notBefore, failures: countsAsFailure ? row.failures + 1 : row.failures }));
}

/** New credentials or a new LRS: try at once, forgetting the last problem. */
export function clearBackoff(): Promise<boolean> {
  return changeDelivery((row) => ({ ...withoutProblem(row), notBefore: 0, failures: 0 }));
}

export interface OutboxStatus {
  pending: number;
  setAside: number;
  sent: number;
  delivery: DeliveryRow;
  /** The LRS's message for the most recent refusal. */
  lastRefusal?: NonNullable<OutboxRow['refusal']>;
}

/** What the record page and settings show (a live query). */
export async function getOutboxStatus(): Promise<OutboxStatus> {
  const db = getDb();
  return db.transaction('r', db.outbox, db.delivery, async () => {
    const count = (state: OutboxRow['state']) => db.outbox.where('[state+queuedAt]').between([state, -Infinity], [state, Infinity]).count();
    const [pending, asideCount, sent, delivery, asideRows] = await Promise.all([
      count('pending'),
      count('set-aside'),
      count('sent'),
      db.delivery.get('lrs'),
      db.outbox.where('[state+queuedAt]').between(['set-aside', -Infinity], ['set-aside', Infinity]).toArray(),
    ]);
    const lastRefusal = asideRows.map((row) => row.refusal).filter((refusal) => refusal !== undefined).sort((a, b) => b.at - a.at)[0];
    return { pending, setAside: asideCount, sent, delivery: delivery ?? initialDelivery(), ...(lastRefusal ? { lastRefusal } : {}) };
  });
}

/** Calls `listener` whenever the number of pending statements changes (any tab). */
export function watchPending(listener: (pending: number) => void): () => void {
  const subscription = liveQuery(() => getDb().outbox.where('[state+queuedAt]').between(['pending', -Infinity], ['pending', Infinity]).count()).subscribe({
    next: listener,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/** Remembers that the history was queued in full for `destination` (or that it must be again). */
export function noteHistoryQueued(destination: string | undefined): Promise<boolean> {
  return changeDelivery(({ historyPending: _pending, ...row }) => ({ ...row, ...(destination ? { queuedHistoryFor: destination } : {}) }));
}

/**
 * Calls `listener` with the pending statements, oldest first, now and after every change (any
 * tab): what a page being left sends with its last request.
 */
export function watchPendingStatements(listener: (statements: Statement[]) => void): () => void {
  const subscription = liveQuery(() => nextBatch(500)).subscribe({
    next: (rows) => listener(rows.map((row) => row.statement).filter((statement): statement is Statement => statement !== undefined)),
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
