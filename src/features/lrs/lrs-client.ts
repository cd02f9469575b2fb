// Talks to a Learning Record Store over xAPI 1.0.3 (the adapter behind TransportPort): POST of a
// batch, PUT of one statement under its id, and a connection test. Every failure becomes an
// answer (a status, or "network"), never an exception, so the sender decides what to do.
import type { LrsDestination } from '@/db/db';
import { lrsMessage, parseRetryAfter, type LrsAnswer } from '@/domain/lrs/delivery';
import { isSafeOrigin } from '@/domain/lrs/deployment-config';
import type { TransportPort } from './drain';

/** The endpoint with exactly one trailing slash. */
export function normaliseEndpoint(endpoint: string): string {
  return `${endpoint.trim().replace(/\/+$/, '')}/`;
}

/** Whether a string is an endpoint the app can send to: https (http on the loopback only), no credentials in the address. */
export function isValidEndpoint(endpoint: string): boolean {
  try {
    const url = new URL(endpoint.trim());
    return isSafeOrigin(url) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** An Authorization header from what the learner typed: `Basic …` as it is, `key:secret` encoded. */
export function authorizationHeader(key: string): string {
  const value = key.trim();
  if (/^(Basic|Bearer)\s+\S+/i.test(value)) return value;
  if (value.includes(':')) return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(value)))}`;
  return `Basic ${value}`;
}

/** Origins a CSP blocked (seen through securitypolicyviolation events). */
const blockedOrigins = new Set<string>();
if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => {
    if (!event.violatedDirective.startsWith('connect-src')) return;
    try {
      blockedOrigins.add(new URL(event.blockedURI).origin);
    } catch {
      // not an address
    }
  });
}

const REQUEST_TIMEOUT_MS = 30_000;

async function request(destination: LrsDestination, path: string, init: RequestInit): Promise<LrsAnswer> {
  const url = normaliseEndpoint(destination.endpoint) + path;
  try {
    const response = await fetch(url, {
      ...init,
      headers: { Authorization: destination.auth, 'X-Experience-API-Version': '1.0.3', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
      cache: 'no-store',
      credentials: 'omit',
      // A connection that stalls without closing must not hold the sender (and its lock) for good.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = response.ok ? '' : await response.text().catch(() => '');
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
    return { status: response.status, ...(body ? { message: lrsMessage(body) } : {}), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  } catch {
    // A refused connection, no network, a timeout, or a CSP that does not allow the LRS's
    // origin (its securitypolicyviolation event comes in a later task: wait for it).
    await new Promise((settle) => setTimeout(settle, 0));
    const origin = new URL(url).origin;
    return { status: 'network', ...(blockedOrigins.has(origin) ? { message: 'blocked' } : {}) };
  }
}

export function lrsTransport(destination: LrsDestination): TransportPort {
  return {
    postBatch: (statements) => request(destination, 'statements', { method: 'POST', body: JSON.stringify(statements) }),
    putOne: (statement) => request(destination, `statements?statementId=${encodeURIComponent(statement.id)}`, { method: 'PUT', body: JSON.stringify(statement) }),
  };
}

export type ConnectionTest = { ok: true; version: string; canRead: boolean } | { ok: false; reason: 'address' | 'unreachable' | 'blocked' | 'not-xapi' | 'credentials' | 'server'; status?: number };

/**
 * Checks an LRS before it is used: it answers `about` as xAPI, and the credentials are accepted.
 * A write-only credential (403 on reading) is fine: the app only writes.
 */
export async function testConnection(destination: LrsDestination): Promise<ConnectionTest> {
  if (!isValidEndpoint(destination.endpoint)) return { ok: false, reason: 'address' };
  const base = normaliseEndpoint(destination.endpoint);
  let version: string;
  try {
    const about = await fetch(`${base}about`, { headers: { 'X-Experience-API-Version': '1.0.3' }, cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (!about.ok) return { ok: false, reason: about.status >= 500 ? 'server' : 'not-xapi', status: about.status };
    const body = (await about.json().catch(() => null)) as { version?: unknown } | null;
    const versions = Array.isArray(body?.version) ? body.version.filter((v): v is string => typeof v === 'string') : [];
    if (!versions.some((v) => v.startsWith('1.0'))) return { ok: false, reason: 'not-xapi' };
    version = versions.find((v) => v.startsWith('1.0.3')) ?? versions[0] ?? '';
  } catch {
    await new Promise((settle) => setTimeout(settle, 0));
    return { ok: false, reason: blockedOrigins.has(new URL(base).origin) ? 'blocked' : 'unreachable' };
  }
  // A statement id no LRS holds: 404 with good credentials, 401 without, 403 for a write-only key.
  const read = await request(destination, `statements?statementId=${crypto.randomUUID()}`, { method: 'GET' });
  if (read.status === 'network') return { ok: false, reason: read.message === 'blocked' ? 'blocked' : 'unreachable' };
  if (read.status === 401) return { ok: false, reason: 'credentials', status: 401 };
  if (read.status >= 500) return { ok: false, reason: 'server', status: read.status };
  return { ok: true, version, canRead: read.status !== 403 };
}
