import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as outbox from '@/db/outbox-repository';
import { getDb, openStorage } from '@/db/storage';
import type { LrsAnswer } from '@/domain/lrs/delivery';
import type { Statement } from '@/domain/record/xapi';
import { drain, type TransportPort } from './drain';

const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { objectType: 'Agent', account: { homePage: 'https://training.example.org', name: 'learner' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: { objectType: 'Activity', id: `https://sentinelle.invalid/xapi/lessons/${n}` },
  context: { registration: '00000000-0000-4000-8000-000000000000', platform: 'Sentinelle', language: 'en-US', contextActivities: {}, revision: 'v' },
  timestamp: new Date(1_700_000_000_000 + n).toISOString(),
});

/** A fake LRS: stores by id; answers as `script` says for each request (default: store). */
function fakeLrs(script: (kind: 'post' | 'put', statements: readonly Statement[]) => LrsAnswer | undefined = () => undefined) {
  const stored = new Map<string, Statement>();
  const requests: { kind: 'post' | 'put'; ids: string[] }[] = [];
  const transport: TransportPort = {
    async postBatch(statements) {
      requests.push({ kind: 'post', ids: statements.map((s) => s.id) });
      const answer = script('post', statements);
      if (answer) return answer;
      for (const s of statements) stored.set(s.id, s);
      return { status: 200 };
    },
    async putOne(s) {
      requests.push({ kind: 'put', ids: [s.id] });
      const answer = script('put', [s]);
      if (answer) return answer;
      const exists = stored.has(s.id);
      stored.set(s.id, s);
      return { status: exists ? 409 : 204 };
    },
  };
  return { stored, requests, transport };
}

let time = 1_000_000;
const clock = { now: () => time, random: () => 0.5 };
const ports = outbox;

beforeEach(async () => {
  await openStorage();
  await Promise.all(getDb().tables.map((table) => table.clear()));
  time = 1_000_000;
});

describe('the outbox', () => {
  it('queues a statement once, however often it is offered', async () => {
    expect(await outbox.queueStatements([statement(1), statement(2), statement(1)], time)).toBe(2);
    expect(await outbox.queueStatements([statement(2), statement(3)], time)).toBe(1);
    const lrs = fakeLrs();
    await drain(ports, lrs.transport, clock);
    expect(await outbox.queueStatements([statement(1)], time)).toBe(0);
    expect((await outbox.getOutboxStatus()).sent).toBe(3);
  });
});

describe('drain', () => {
  it('sends oldest first in batches and keeps only the ids of what was sent', async () => {
    for (let n = 0; n < 120; n++) await outbox.queueStatements([statement(n)], time + n);
    const lrs = fakeLrs();
    const result = await drain(ports, lrs.transport, clock, { batchSize: 50 });
    expect(result).toEqual({ sent: 120, setAside: 0 });
    expect(lrs.requests.map((r) => r.ids.length)).toEqual([50, 50, 20]);
    expect(lrs.requests[0]?.ids[0]).toBe(statement(0).id);
    const status = await outbox.getOutboxStatus();
    expect(status).toMatchObject({ pending: 0, sent: 120, delivery: { lastSentAt: time, failures: 0 } });
    expect((await getDb().outbox.get(statement(5).id))?.statement).toBeUndefined();
  });

  it('sets aside the statement the LRS refuses and delivers the others', async () => {
    await outbox.queueStatements([1, 2, 3, 4].map(statement), time);
    const bad = statement(3).id;
    const lrs = fakeLrs((_kind, statements) => (statements.some((s) => s.id === bad) ? { status: 400, message: 'Statement refused' } : undefined));
    const result = await drain(ports, lrs.transport, clock);
    expect(result).toEqual({ sent: 3, setAside: 1 });
    expect([...lrs.stored.keys()].sort()).toEqual([1, 2, 4].map((n) => statement(n).id));
    const status = await outbox.getOutboxStatus();
    expect(status).toMatchObject({ pending: 0, setAside: 1, sent: 3, lastRefusal: { status: 400, message: 'Statement refused' } });
    // A set-aside statement does not block the next ones.
    await outbox.queueStatements([statement(5)], time + 1);
    expect(await drain(ports, lrs.transport, clock)).toEqual({ sent: 1, setAside: 0 });
  });

  it('counts a 409 for an identical statement as sent', async () => {
    await outbox.queueStatements([statement(1), statement(2)], time);
    const lrs = fakeLrs((kind) => (kind === 'post' ? { status: 409, message: 'conflict' } : undefined));
    lrs.stored.set(statement(1).id, statement(1));
    expect(await drain(ports, lrs.transport, clock)).toEqual({ sent: 2, setAside: 0 });
    expect((await outbox.getOutboxStatus()).sent).toBe(2);
  });

  it('stops on refused credentials, keeps everything, and sends once they work', async () => {
    await outbox.queueStatements([statement(1), statement(2)], time);
    let refuse = true;
    const lrs = fakeLrs(() => (refuse ? { status: 401 } : undefined));
    expect(await drain(ports, lrs.transport, clock)).toEqual({ sent: 0, setAside: 0, stopped: 'auth' });
    expect((await outbox.getOutboxStatus()).delivery.problem).toEqual({ kind: 'auth', status: 401, at: time });
    expect((await outbox.getOutboxStatus()).pending).toBe(2);
    refuse = false;
    expect(await drain(ports, lrs.transport, clock)).toEqual({ sent: 2, setAside: 0 });
    expect((await outbox.getOutboxStatus()).delivery.problem).toBeUndefined();
  });

  it('backs off after network errors and 5xx, growing and capped, and retries after the wait', async () => {
    await outbox.queueStatements([statement(1)], time);
    let down = true;
    const lrs = fakeLrs(() => (down ? { status: 'network' } : undefined));
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const result = await drain(ports, lrs.transport, clock);
      expect(result.stopped).toBe('retry');
      waits.push((result.retryAt ?? 0) - time);
      // Before the wait is over, nothing is sent.
      expect((await drain(ports, lrs.transport, clock)).stopped).toBe('backoff');
      time = result.retryAt ?? time;
    }
    expect(waits.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    // The ceiling reaches the 5-minute cap; a draw of 0.5 waits half of it.
    expect(Math.max(...waits)).toBe(150_000);
    expect((await outbox.getOutboxStatus()).delivery).toMatchObject({ failures: 12, problem: { kind: 'network' } });
    down = false;
    expect(await drain(ports, lrs.transport, clock)).toEqual({ sent: 1, setAside: 0 });
    expect((await outbox.getOutboxStatus()).delivery).toMatchObject({ failures: 0, notBefore: 0 });
  });

  it('sends at once when forced ("Send now"), even during a backoff', async () => {
    await outbox.queueStatements([statement(1)], time);
    let down = true;
    const lrs = fakeLrs(() => (down ? { status: 503 } : undefined));
    expect((await drain(ports, lrs.transport, clock)).stopped).toBe('retry');
    expect((await outbox.getOutboxStatus()).delivery.problem).toMatchObject({ kind: 'server', status: 503 });
    down = false;
    expect((await drain(ports, lrs.transport, clock)).stopped).toBe('backoff');
    expect(await drain(ports, lrs.transport, clock, { force: true })).toEqual({ sent: 1, setAside: 0 });
  });

  it('keeps what an isolating pass already sent when the LRS goes away half-way', async () => {
    await outbox.queueStatements([1, 2, 3].map(statement), time);
    let puts = 0;
    const lrs = fakeLrs((kind) => (kind === 'post' ? { status: 400 } : ++puts > 1 ? { status: 'network' } : undefined));
    const result = await drain(ports, lrs.transport, clock);
    expect(result).toMatchObject({ sent: 1, setAside: 0, stopped: 'retry' });
    expect(await outbox.getOutboxStatus()).toMatchObject({ pending: 2, sent: 1 });
  });
});
