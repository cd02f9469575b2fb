import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, decideBatch, decideSingle, lrsMessage, parseRetryAfter } from './delivery';
import { lrsOrigin, parseDeploymentConfig } from './deployment-config';

describe('decideBatch', () => {
  it('counts 200 and 204 as sent', () => {
    expect(decideBatch({ status: 200 })).toEqual({ kind: 'sent' });
    expect(decideBatch({ status: 204 })).toEqual({ kind: 'sent' });
  });
  it('stops on refused credentials', () => {
    expect(decideBatch({ status: 401 })).toEqual({ kind: 'auth', status: 401 });
    expect(decideBatch({ status: 403 })).toEqual({ kind: 'auth', status: 403 });
  });
  it('retries after network errors, 5xx, 429 and 408, keeping Retry-After', () => {
    expect(decideBatch({ status: 'network' })).toEqual({ kind: 'retry' });
    expect(decideBatch({ status: 503, retryAfterMs: 30_000 })).toEqual({ kind: 'retry', retryAfterMs: 30_000 });
    expect(decideBatch({ status: 500 })).toEqual({ kind: 'retry' });
    expect(decideBatch({ status: 429 })).toEqual({ kind: 'retry' });
    expect(decideBatch({ status: 408 })).toEqual({ kind: 'retry' });
  });
  it('isolates a batch refused as a whole (400, 409, 413, 422)', () => {
    for (const status of [400, 409, 413, 422]) expect(decideBatch({ status })).toEqual({ kind: 'isolate' });
  });
  it('stops, keeping everything, when no LRS answers at the address (404, 405, 410, other 4xx)', () => {
    for (const status of [404, 405, 410, 402, 415]) expect(decideBatch({ status })).toEqual({ kind: 'endpoint', status });
    for (const status of [404, 405, 410]) expect(decideSingle({ status })).toEqual({ kind: 'endpoint', status });
  });
});

describe('decideSingle', () => {
  it('counts a 409 for a statement id already stored as sent', () => {
    expect(decideSingle({ status: 409 })).toEqual({ kind: 'sent' });
    expect(decideSingle({ status: 204 })).toEqual({ kind: 'sent' });
  });
  it('sets a refused statement aside with the LRS message', () => {
    expect(decideSingle({ status: 400, message: 'Missing actor' })).toEqual({ kind: 'set-aside', status: 400, message: 'Missing actor' });
    expect(decideSingle({ status: 400 })).toEqual({ kind: 'set-aside', status: 400, message: 'HTTP 400' });
  });
  it('retries or stops like a batch otherwise', () => {
    expect(decideSingle({ status: 'network' })).toEqual({ kind: 'retry' });
    expect(decideSingle({ status: 502 })).toEqual({ kind: 'retry' });
    expect(decideSingle({ status: 401 })).toEqual({ kind: 'auth', status: 401 });
  });
});

describe('backoffDelay', () => {
  it('stays within [0, min(cap, base·2^n)] and never above the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (failures, random) => {
        const delay = backoffDelay(failures, random, { baseMs: 1000, capMs: 60_000 });
        expect(delay).toBeGreaterThanOrEqual(250);
        expect(delay).toBeLessThanOrEqual(Math.max(250, Math.min(60_000, 1000 * 2 ** failures)));
      }),
    );
  });
  it('grows with failures and is spread by the random draw (jitter)', () => {
    expect(backoffDelay(0, 0.999, { baseMs: 1000, capMs: 60_000 })).toBe(999);
    expect(backoffDelay(3, 0.999, { baseMs: 1000, capMs: 60_000 })).toBe(7992);
    expect(backoffDelay(3, 0.5, { baseMs: 1000, capMs: 60_000 })).toBe(4000);
    expect(backoffDelay(30, 0.999, { baseMs: 1000, capMs: 60_000 })).toBe(59_940);
  });
  it('waits at least as long as Retry-After asks, within the cap', () => {
    expect(backoffDelay(0, 0.1, { baseMs: 1000, capMs: 60_000 }, 20_000)).toBe(20_000);
    expect(backoffDelay(0, 0.1, { baseMs: 1000, capMs: 60_000 }, 600_000)).toBe(60_000);
  });
});

describe('parseRetryAfter and lrsMessage', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:30 GMT', Date.parse('2026-12-01T10:00:00Z'))).toBe(30_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
  it("keeps the LRS's own words", () => {
    expect(lrsMessage('{"errorId":"x","warnings":["Missing required value in \'statements.0.actor\'"]}')).toBe("Missing required value in 'statements.0.actor'");
    expect(lrsMessage('{"message":"bad"}')).toBe('bad');
    expect(lrsMessage('Bad Request')).toBe('Bad Request');
    expect(lrsMessage('')).toBe('');
  });
});

describe('parseDeploymentConfig', () => {
  it('reads the documented file', () => {
    const reading = parseDeploymentConfig('{"lrs": {"endpoint": "https://lrs.example.org/xapi/", "auth": "Basic abc"}, "actor": {"homePage": "https://training.example.org"}}');
    expect(reading).toEqual({ ok: true, config: { lrs: { endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic abc' }, actor: { homePage: 'https://training.example.org' } } });
    expect(reading.ok && lrsOrigin(reading.config)).toBe('https://lrs.example.org');
    expect(parseDeploymentConfig('{}')).toEqual({ ok: true, config: {} });
  });
  it('refuses a broken or half-right file with the reason', () => {
    expect(parseDeploymentConfig('{"lrs":')).toMatchObject({ ok: false, problem: 'notJson' });
    expect(parseDeploymentConfig('{"lrs": {"endpoint": "http://lrs.example.org/xapi/", "auth": "Basic a"}}')).toMatchObject({ ok: false, problem: 'invalid', path: 'lrs.endpoint' });
    expect(parseDeploymentConfig('{"lrs": {"endpoint": "http://127.0.0.1:8081/xAPI/", "auth": "Basic a"}}').ok).toBe(true);
    const noAuth = parseDeploymentConfig('{"lrs": {"endpoint": "https://lrs.example.org/xapi/"}}');
    expect(noAuth.ok).toBe(false);
    expect(!noAuth.ok && noAuth.reason).toContain('lrs.auth');
    expect(parseDeploymentConfig('{"lrs": {"endpoint": "ftp://x/", "auth": "Basic a"}}').ok).toBe(false);
    expect(parseDeploymentConfig('{"lrs": {"endpoint": "https://u:p@x.org/", "auth": "Basic a"}}').ok).toBe(false);
    expect(parseDeploymentConfig('{"extra": 1}').ok).toBe(false);
  });
});
