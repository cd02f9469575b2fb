import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { SESSION_ID_EXTENSION, ofAnotherSession } from '@/domain/lms/cmi5';
import type { Statement } from '@/domain/record/xapi';
import { getOutboxStatus, nextBatch, queueStatements, setAsidePending } from './outbox-repository';
import { getDb, openStorage } from './storage';

beforeEach(async () => {
  await openStorage();
  await getDb().outbox.clear();
});

const statement = (id: string, sessionId: string | undefined, second: number): Statement =>
  ({
    id,
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'ada' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
    object: { id: 'https://lms.example.org/au', definition: { name: { en: 'AU' } } },
    context: { registration: 'r', platform: 'p', language: 'en', contextActivities: {}, ...(sessionId ? { extensions: { [SESSION_ID_EXTENSION]: sessionId } } : {}) },
    timestamp: new Date(second * 1_000).toISOString(),
  }) as unknown as Statement;

describe('setAsidePending', () => {
  it('sets aside the pending statements of other sessions, with the reason, and keeps this one’s waiting', async () => {
    await queueStatements([statement('old-1', 'session-1', 1), statement('old-2', 'session-1', 2), statement('now-1', 'session-2', 3), statement('plain', undefined, 4)], 1_000);
    const count = await setAsidePending((s) => ofAnotherSession(s, 'session-2'), { status: 0, message: 'cmi5 session ended' }, 2_000);
    expect(count).toBe(3);
    expect((await nextBatch(10)).map((row) => row.id)).toEqual(['now-1']);
    const status = await getOutboxStatus();
    expect(status).toMatchObject({ pending: 1, setAside: 3, lastRefusal: { status: 0, message: 'cmi5 session ended', at: 2_000 } });
    // Kept, not deleted: the statements stay on the device.
    expect((await getDb().outbox.get('old-1'))?.statement?.id).toBe('old-1');
  });
});
