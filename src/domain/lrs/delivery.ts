/**
 * What to do with each answer of a Learning Record Store, and when to try again: the sender's
 * decisions as pure functions (no clock, no randomness of their own), so each one is tested.
 *
 * Statement ids are fixed before anything is sent, so sending a statement twice is harmless:
 * an LRS stores one statement per id, and answers a repeat with 200/204 or, for some LRSs, 409.
 */

/** What came back from one request: an HTTP status, or no answer at all. */
export type LrsAnswer =
  | { status: number; message?: string; retryAfterMs?: number }
  | { status: 'network'; message?: string };

/**
 * What a statement is about, independent of who the actor is called and in which language it
 * was made: the verb, the activity and the moment. Two statements with one key describe one
 * event (a lesson read then reopened in the other language, history re-queued after the learner
 * set an organisation identifier): the outbox keeps the first and never sends the second.
 */
export function eventKey(statement: { verb: { id: string }; object: { id: string }; timestamp: string }): string {
  return `${statement.verb.id} ${statement.object.id} ${statement.timestamp}`;
}

export type BatchDecision =
  /** Every statement of the batch is stored. */
  | { kind: 'sent' }
  /** The LRS refused the batch as a whole: send its statements one by one to find which. */
  | { kind: 'isolate' }
  /** The credentials are refused: stop until they change or the learner asks again. */
  | { kind: 'auth'; status: number }
  /** No LRS answers at that address (404, 405, 410, other 4xx): stop, keep everything, say so. */
  | { kind: 'endpoint'; status: number }
  /** Nothing is lost: try again later (network error, 5xx, 429). */
  | { kind: 'retry'; retryAfterMs?: number };

export type SingleDecision =
  | { kind: 'sent' }
  /** This statement is refused for what it says: set it aside, with the LRS's message. */
  | { kind: 'set-aside'; status: number; message: string }
  | { kind: 'auth'; status: number }
  | { kind: 'endpoint'; status: number }
  | { kind: 'retry'; retryAfterMs?: number };

const isTransient = (status: number) => status >= 500 || status === 429 || status === 408;

/** A POST of an array of statements. */
export function decideBatch(answer: LrsAnswer): BatchDecision {
  if (answer.status === 'network') return { kind: 'retry' };
  const { status } = answer;
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 401 || status === 403) return { kind: 'auth', status };
  if (isTransient(status)) return { kind: 'retry', ...(answer.retryAfterMs !== undefined ? { retryAfterMs: answer.retryAfterMs } : {}) };
  // 400 (one statement is invalid), 409 (one id is already stored), 413 (too large), 422: the
  // batch says nothing about which statement is at fault.
  if (REFUSES_CONTENT.has(status)) return { kind: 'isolate' };
  return { kind: 'endpoint', status };
}

/** Answers about what was sent, not where: the statement (or batch) is at fault. */
const REFUSES_CONTENT = new Set([400, 409, 413, 422]);

/** A PUT of one statement under its id. */
export function decideSingle(answer: LrsAnswer): SingleDecision {
  if (answer.status === 'network') return { kind: 'retry' };
  const { status } = answer;
  // 409: a statement with this id is stored already; ids are derived from what a statement
  // says, so it is this one.
  if ((status >= 200 && status < 300) || status === 409) return { kind: 'sent' };
  if (status === 401 || status === 403) return { kind: 'auth', status };
  if (isTransient(status)) return { kind: 'retry', ...(answer.retryAfterMs !== undefined ? { retryAfterMs: answer.retryAfterMs } : {}) };
  if (REFUSES_CONTENT.has(status)) return { kind: 'set-aside', status, message: answer.message?.trim() || `HTTP ${status}` };
  // A wrong address (404, 405, 410…) must not set every statement aside: stop and keep them.
  return { kind: 'endpoint', status };
}

export interface BackoffPolicy {
  /** The first delay's upper bound. */
  baseMs: number;
  /** No delay is ever longer. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/**
 * "Full jitter" exponential backoff: a delay drawn uniformly between 0 and
 * min(cap, base · 2^failures), so devices that lost the LRS at the same moment do not all come
 * back at the same moment. `random` is a number in [0, 1). A Retry-After from the LRS is a floor.
 */
export function backoffDelay(failures: number, random: number, policy: BackoffPolicy = DEFAULT_BACKOFF, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(failures, 30)));
  const jittered = Math.round(ceiling * Math.min(Math.max(random, 0), 1));
  return Math.min(policy.capMs, Math.max(jittered, retryAfterMs ?? 0, 250));
}

/** Seconds or an HTTP date in a Retry-After header, as milliseconds from `now`. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The LRS's own words for a refusal, from its JSON body (`message`, `warnings`) or its text. */
export function lrsMessage(body: string): string {
  const text = body.trim();
  if (!text) return '';
  try {
    const parsed = JSON.parse(text) as { message?: unknown; warnings?: unknown; error?: unknown };
    const parts = [parsed.message, parsed.error, ...(Array.isArray(parsed.warnings) ? parsed.warnings : [])].filter((part): part is string => typeof part === 'string' && part.trim() !== '');
    if (parts.length > 0) return parts.join(' · ').slice(0, 500);
  } catch {
    // not JSON: the text itself
  }
  return text.slice(0, 500);
}
