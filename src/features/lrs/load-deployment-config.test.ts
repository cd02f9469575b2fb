import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDeployment } from '@/db/deployment-repository';
import { getDb, openStorage } from '@/db/storage';
import { loadDeploymentConfig } from './load-deployment-config';

const good = { lrs: { endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic d3JpdGU6b25seQ==' }, actor: { homePage: 'https://training.example.org' } };
const answer = (body: string, status = 200, type = 'application/json') => vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': type } }));

beforeEach(async () => {
  await openStorage();
  await Promise.all(getDb().tables.map((table) => table.clear()));
});
afterEach(() => vi.unstubAllGlobals());

describe('loadDeploymentConfig', () => {
  it('reads config.json from the network and keeps it', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify(good)));
    expect(await loadDeploymentConfig(1000)).toEqual({ source: 'network' });
    expect(await getDeployment()).toEqual({ id: 'deployment', lrs: good.lrs, actorHomePage: good.actor.homePage, readAt: 1000 });
  });

  it('uses the kept copy offline', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify(good)));
    await loadDeploymentConfig(1000);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await loadDeploymentConfig(2000)).toEqual({ source: 'kept' });
    expect((await getDeployment())?.lrs).toEqual(good.lrs);
  });

  it('forgets the LRS when the site no longer has the file (404, or the app page in its place)', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify(good)));
    await loadDeploymentConfig(1000);
    vi.stubGlobal('fetch', answer('Not found', 404, 'text/plain'));
    expect(await loadDeploymentConfig(2000)).toEqual({ source: 'none' });
    expect(await getDeployment()).toBeUndefined();
    vi.stubGlobal('fetch', answer('<!doctype html><title>Sentinelle</title>', 200, 'text/html'));
    expect(await loadDeploymentConfig(3000)).toEqual({ source: 'none' });
  });

  it('keeps the last good copy when the file is broken, and says what is wrong', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify(good)));
    await loadDeploymentConfig(1000);
    vi.stubGlobal('fetch', answer('{"lrs": {"endpoint": "ftp://x/"}}'));
    expect(await loadDeploymentConfig(2000)).toEqual({ source: 'broken', problem: 'invalid', path: 'lrs.endpoint', kept: true });
    expect((await getDeployment())?.lrs).toEqual(good.lrs);
    vi.stubGlobal('fetch', answer('{"lrs":'));
    expect(await loadDeploymentConfig(3000)).toMatchObject({ source: 'broken', problem: 'notJson' });
  });
});
