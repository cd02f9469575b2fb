/**
 * Drains the outbox to a Learning Record Store: oldest first, in batches (a POST of an array),
 * a refused batch sent again one statement at a time (PUT ?statementId=) to find the one at
 * fault, which is set aside while the others go on. Network errors and 5xx stop the drain with
 * a backoff; refused credentials stop it until they change. Storage and network are ports, so
 * the decisions are tested with fakes and a fake clock.
 */
import type { DeliveryRow, OutboxRow } from '@/db/db';
import { backoffDelay, decideBatch, decideSingle, type LrsAnswer } from '@/domain/lrs/delivery';
import type { Statement } from '@/domain/record/xapi';

export interface OutboxPort {
  nextBatch(limit: number): Promise<OutboxRow[]>;
  markSent(ids: readonly string[], now: number): Promise<unknown>;
  setAside(id: string, refusal: { status: number; message: string }, now: number): Promise<unknown>;
  noteProblem(problem: NonNullable<DeliveryRow['problem']>, notBefore: number, countsAsFailure: boolean): Promise<unknown>;
  getDelivery(): Promise<DeliveryRow>;
}

export interface TransportPort {
  postBatch(statements: readonly Statement[]): Promise<LrsAnswer>;
  putOne(statement: Statement): Promise<LrsAnswer>;
}

export interface Clock {
  now(): number;
  random(): number;
}

export interface DrainResult {
  sent: number;
  setAside: number;
  /** Why it stopped before the outbox was empty. */
  stopped?: 'auth' | 'endpoint' | 'retry' | 'backoff';
  /** When to try again (retry, backoff). */
  retryAt?: number;
  /** maxBatches was reached with statements still waiting. */
  more?: boolean;
}

export interface DrainOptions {
  batchSize?: number;
  /** Ignore the backoff ("Send now"). */
  force?: boolean;
  /** Stop after this many batches (the caller yields to the page, then drains again). */
  maxBatches?: number;
}

type Stop = 'auth' | 'endpoint' | 'retry';

const problemOf = (answer: LrsAnswer, kind: Stop, at: number): NonNullable<DeliveryRow['problem']> =>
  kind !== 'retry'
    ? { kind, status: answer.status === 'network' ? 0 : answer.status, at }
    : answer.status === 'network'
      ? { kind: answer.message === 'blocked' ? 'blocked' : 'network', at }
      : { kind: 'server', status: answer.status, at };

export async function drain(outbox: OutboxPort, transport: TransportPort, clock: Clock, options: DrainOptions = {}): Promise<DrainResult> {
  const batchSize = options.batchSize ?? 50;
  const result: DrainResult = { sent: 0, setAside: 0 };
  const delivery = await outbox.getDelivery();
  if (!options.force && delivery.notBefore > clock.now()) return { ...result, stopped: 'backoff', retryAt: delivery.notBefore };

  const stop = async (answer: LrsAnswer, kind: Stop, retryAfterMs?: number): Promise<DrainResult> => {
    const now = clock.now();
    if (kind !== 'retry') {
      // Refused credentials, or no LRS at that address: nothing is sent again by itself until
      // the settings change or the learner presses "Send now".
      await outbox.noteProblem(problemOf(answer, kind, now), 0, false);
      return { ...result, stopped: kind };
    }
    const current = await outbox.getDelivery();
    const retryAt = now + backoffDelay(current.failures, clock.random(), undefined, retryAfterMs);
    await outbox.noteProblem(problemOf(answer, 'retry', now), retryAt, true);
    return { ...result, stopped: 'retry', retryAt };
  };

  for (let batches = 0; options.maxBatches === undefined || batches < options.maxBatches; batches++) {
    const rows = (await outbox.nextBatch(batchSize)).filter((row) => row.statement !== undefined);
    if (rows.length === 0) return result;
    const statements = rows.map((row) => row.statement as Statement);
    const answer = await transport.postBatch(statements);
    const decision = decideBatch(answer);
    if (decision.kind === 'sent') {
      // A write that fails (a full disk) would send the same batch again at once: back off.
      if ((await outbox.markSent(statements.map((statement) => statement.id), clock.now())) === false) return stop({ status: 'network' }, 'retry');
      result.sent += statements.length;
      continue;
    }
    if (decision.kind === 'auth' || decision.kind === 'endpoint') return stop(answer, decision.kind);
    if (decision.kind === 'retry') return stop(answer, 'retry', decision.retryAfterMs);

    // isolate: one at a time, so one bad statement does not hold back the others.
    const sent: string[] = [];
    for (const statement of statements) {
      const single = await transport.putOne(statement);
      const outcome = decideSingle(single);
      if (outcome.kind === 'sent') {
        sent.push(statement.id);
        result.sent += 1;
      } else if (outcome.kind === 'set-aside') {
        if ((await outbox.setAside(statement.id, { status: outcome.status, message: outcome.message }, clock.now())) === false) return stop({ status: 'network' }, 'retry');
        result.setAside += 1;
      } else {
        if (sent.length > 0) await outbox.markSent(sent, clock.now());
        return stop(single, outcome.kind, outcome.kind === 'retry' ? outcome.retryAfterMs : undefined);
      }
    }
    if (sent.length > 0 && (await outbox.markSent(sent, clock.now())) === false) return stop({ status: 'network' }, 'retry');
  }
  return { ...result, more: true };
}
