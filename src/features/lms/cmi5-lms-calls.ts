/**
 * The LMS's side of a cmi5 session over HTTP: the fetch URL (POSTed once for the token), State
 * API and Agent Profile documents, and the last statements sent with `keepalive` as the page is
 * left. Every failure is an answer naming the call, never an exception.
 */
import type { Cmi5Launch } from '@/domain/lms/cmi5';
import type { Statement } from '@/domain/record/xapi';

const XAPI_HEADERS = { 'X-Experience-API-Version': '1.0.3' };

/** A request to the LMS's LRS with the session's token: never cached, no cookies. */
const lrsInit = (auth: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...XAPI_HEADERS, Authorization: auth, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
  cache: 'no-store',
  credentials: 'omit',
});

export type Step<T> = { ok: true; value: T } | { ok: false; call: string; code: string; text: string };

export async function fetchToken(fetchUrl: string): Promise<Step<string>> {
  try {
    const response = await fetch(fetchUrl, { method: 'POST', cache: 'no-store', credentials: 'omit' });
    const body = (await response.json().catch(() => ({}))) as { 'auth-token'?: unknown; 'error-code'?: unknown; 'error-text'?: unknown };
    if (response.ok && typeof body['auth-token'] === 'string') return { ok: true, value: body['auth-token'] };
    return { ok: false, call: 'POST fetch', code: String(body['error-code'] ?? response.status), text: String(body['error-text'] ?? '') };
  } catch (error) {
    return { ok: false, call: 'POST fetch', code: 'network', text: error instanceof Error ? error.message : '' };
  }
}

export async function getDocument(launch: Cmi5Launch, auth: string, path: string, params: Record<string, string>): Promise<Step<unknown>> {
  const query = new URLSearchParams({ ...params, agent: JSON.stringify(launch.actor) });
  try {
    const response = await fetch(`${launch.endpoint}${path}?${query.toString()}`, lrsInit(auth));
    if (response.status === 404) return { ok: true, value: null };
    if (!response.ok) return { ok: false, call: `GET ${path}`, code: String(response.status), text: (await response.text().catch(() => '')).slice(0, 200) };
    return { ok: true, value: await response.json() };
  } catch (error) {
    return { ok: false, call: `GET ${path}`, code: 'network', text: error instanceof Error ? error.message : '' };
  }
}

/** PUT of a State API document of the registration. */
export async function putDocument(launch: Cmi5Launch, auth: string, params: Record<string, string>, document: unknown): Promise<Step<null>> {
  const query = new URLSearchParams({ ...params, agent: JSON.stringify(launch.actor) });
  try {
    const response = await fetch(`${launch.endpoint}activities/state?${query.toString()}`, lrsInit(auth, { method: 'PUT', body: JSON.stringify(document) }));
    return response.ok ? { ok: true, value: null } : { ok: false, call: 'PUT activities/state', code: String(response.status), text: '' };
  } catch (error) {
    return { ok: false, call: 'PUT activities/state', code: 'network', text: error instanceof Error ? error.message : '' };
  }
}

/**
 * The statements a page being left sends: one POST with `keepalive`, so the browser delivers it
 * after the page is gone (sendBeacon cannot carry the session's Authorization header). Nothing
 * to wait for: the page will not see the answer.
 */
export function sendAsPageLeaves(launch: Cmi5Launch, auth: string, statements: readonly Statement[]): void {
  if (statements.length === 0) return;
  try {
    void fetch(`${launch.endpoint}statements`, lrsInit(auth, { method: 'POST', keepalive: true, body: JSON.stringify(statements) })).catch(() => undefined);
  } catch {
    // Over the browser's keepalive quota: what did not go stays in the outbox.
  }
}
