/**
 * cmi5 (the xAPI profile an LMS launches an AU with): the launch parameters, the LMS's launch
 * data, the order the spec requires of the AU's statements, and the statements themselves.
 * The library `@xapi/cmi5` does not guard the order (it sends `passed` after `terminated`); this
 * state machine does. Pure: time, ids and the session's values come in as arguments.
 */
import { v5 as uuidV5 } from 'uuid';
import type { Statement } from '@/domain/record/xapi';

export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: Statement['actor'];
  registration: string;
  activityId: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface LaunchData {
  launchMode: LaunchMode;
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
  contextTemplate: { contextActivities?: Record<string, { id: string; objectType?: 'Activity' }[]>; extensions?: Record<string, unknown> };
}

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CATEGORY_CMI5 = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5', objectType: 'Activity' as const };
const CATEGORY_MOVE_ON = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon', objectType: 'Activity' as const };

/** The launch parameters (the address's query), or why they are not a cmi5 launch (null: none of them is there). */
export function parseCmi5Launch(params: { get(name: string): string | null; has(name: string): boolean }): { ok: true; launch: Cmi5Launch } | { ok: false; missing: string[] } | null {
  const names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
  if (!names.some((name) => params.has(name))) return null;
  const missing: string[] = names.filter((name) => !params.get(name));
  let actor: unknown;
  try {
    actor = JSON.parse(params.get('actor') ?? '');
  } catch {
    actor = null;
  }
  const account = (actor as { account?: { homePage?: unknown; name?: unknown } } | null)?.account;
  if (!account || typeof account.homePage !== 'string' || typeof account.name !== 'string') missing.push('actor');
  if (missing.length > 0) return { ok: false, missing: [...new Set(missing)] };
  const name = (actor as { name?: unknown }).name;
  return {
    ok: true,
    launch: {
      endpoint: `${(params.get('endpoint') ?? '').replace(/\/+$/, '')}/`,
      fetch: params.get('fetch') ?? '',
      actor: { objectType: 'Agent', ...(typeof name === 'string' ? { name } : {}), account: { homePage: String(account?.homePage), name: String(account?.name) } },
      registration: params.get('registration') ?? '',
      activityId: params.get('activityId') ?? '',
    },
  };
}

/** Reads the LMS.LaunchData state document (null when it is not one). */
export function parseLaunchData(json: unknown): LaunchData | null {
  if (!json || typeof json !== 'object') return null;
  const data = json as Record<string, unknown>;
  const mode = data.launchMode;
  if (mode !== 'Normal' && mode !== 'Browse' && mode !== 'Review') return null;
  const template = data.contextTemplate;
  if (!template || typeof template !== 'object') return null;
  const extensions = (template as { extensions?: Record<string, unknown> }).extensions;
  if (!extensions || typeof extensions[SESSION_ID_EXTENSION] !== 'string') return null;
  const mastery = data.masteryScore;
  return {
    launchMode: mode,
    ...(typeof data.moveOn === 'string' ? { moveOn: data.moveOn } : {}),
    ...(typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? { masteryScore: mastery } : {}),
    ...(typeof data.returnURL === 'string' ? { returnURL: data.returnURL } : {}),
    contextTemplate: template as LaunchData['contextTemplate'],
  };
}

/** The learner's languages from the cmi5LearnerPreferences agent profile, best first (`fr-FR,en-US`). */
export function preferredLanguages(profile: unknown): string[] {
  const value = (profile as { languagePreference?: unknown } | null)?.languagePreference;
  return typeof value === 'string' ? value.split(',').map((tag) => tag.trim()).filter(Boolean) : [];
}

// ── the order of statements ────────────────────────────────────────────────────────────────

export type Cmi5Verb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

export interface Cmi5Progress {
  initialized: boolean;
  completed: boolean;
  passed: boolean;
  failed: boolean;
  terminated: boolean;
}

export const NEW_SESSION: Cmi5Progress = { initialized: false, completed: false, passed: false, failed: false, terminated: false };

/** What the registration's earlier sessions announced, on any device (kept in the LRS's State API, and on the device). */
export interface RegistrationAnnounced {
  completed: boolean;
  passed: boolean;
}

/** The State API document that keeps what the registration announced (null: no valid document). */
export function parseAnnounced(document: unknown): RegistrationAnnounced | null {
  if (!document || typeof document !== 'object') return null;
  const { completed, passed } = document as { completed?: unknown; passed?: unknown };
  if (typeof completed !== 'boolean' || typeof passed !== 'boolean') return null;
  return { completed, passed };
}

/** Both records joined: what any of them says was sent was sent. */
export function joinAnnounced(...records: (RegistrationAnnounced | null | undefined)[]): RegistrationAnnounced {
  return { completed: records.some((record) => record?.completed === true), passed: records.some((record) => record?.passed === true) };
}

/**
 * Whether the AU may send `verb` now (the spec, section 9.3): `initialized` first and once;
 * nothing after `terminated`; one of `passed` and `failed` per session; `completed` and `passed`
 * once per registration (`registration`: what earlier sessions sent, on any device); no `failed`
 * after `passed`; none of completed, passed, failed in Browse or Review mode.
 */
export function mayAnnounce(verb: Cmi5Verb, session: Cmi5Progress, registration: RegistrationAnnounced, mode: LaunchMode): boolean {
  if (session.terminated) return false;
  if (verb === 'initialized') return !session.initialized;
  if (!session.initialized) return false;
  if (verb === 'terminated') return true;
  if (mode !== 'Normal') return false;
  if (verb === 'completed') return !session.completed && !registration.completed;
  if (verb === 'passed') return !session.passed && !session.failed && !registration.passed;
  return !session.passed && !session.failed && !registration.passed;
}

export const CMI5_VERBS: Record<Cmi5Verb, { id: string; display: { 'en-US': string } }> = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
};

export interface Cmi5StatementInput {
  id: string;
  verb: Cmi5Verb;
  launch: Cmi5Launch;
  launchData: LaunchData;
  now: number;
  lang: string;
  /** passed/failed: the score (0..1); completed/passed/failed/terminated: the time spent. */
  scaled?: number;
  durationIso?: string;
}

/** A cmi5 defined statement, with the LMS's context template, the registration and its categories. */
export function cmi5Statement(input: Cmi5StatementInput): Statement {
  const template = input.launchData.contextTemplate;
  const moveOn = input.verb === 'completed' || input.verb === 'passed' || input.verb === 'failed';
  const category = [...(template.contextActivities?.category ?? []), CATEGORY_CMI5, ...(moveOn ? [CATEGORY_MOVE_ON] : [])];
  const result: NonNullable<Statement['result']> = {
    ...(input.scaled !== undefined && (input.verb === 'passed' || input.verb === 'failed')
      ? { score: { scaled: input.scaled, raw: Math.round(input.scaled * 100), min: 0, max: 100 }, success: input.verb === 'passed' }
      : {}),
    ...(input.verb === 'completed' ? { completion: true } : {}),
    ...(input.durationIso && input.verb !== 'initialized' ? { duration: input.durationIso } : {}),
  };
  const statement = {
    id: input.id,
    actor: input.launch.actor,
    verb: CMI5_VERBS[input.verb],
    object: { objectType: 'Activity', id: input.launch.activityId },
    ...(Object.keys(result).length > 0 ? { result } : {}),
    context: {
      registration: input.launch.registration,
      platform: 'Sentinelle',
      language: input.lang,
      contextActivities: { ...template.contextActivities, category },
      extensions: { ...template.extensions },
    },
    timestamp: new Date(input.now).toISOString(),
  };
  return statement as unknown as Statement;
}

/** The verbs of the course's own statements a cmi5 session also sends ("cmi5 allowed"): lessons read, answers. */
export const ALLOWED_VERBS = new Set(['http://adlnet.gov/expapi/verbs/experienced', 'http://adlnet.gov/expapi/verbs/answered']);

/** A fixed namespace for the ids of allowed statements (one statement of the record, in one registration). */
const ALLOWED_NAMESPACE = '0b9b8f4e-3c1d-5d0e-9a57-6a1f7f0c2d31';

/**
 * A statement of the course's record (a lesson experienced, an answer) as a cmi5 allowed
 * statement of this session: the launch's actor and registration, the context template's
 * extensions (the session id) and grouping, no cmi5 category; its id made from the original's
 * and the registration, so queueing it twice is harmless.
 */
export function allowedStatement(statement: Statement, launch: Cmi5Launch, launchData: LaunchData): Statement {
  const template = launchData.contextTemplate;
  const { category: _category, ...templateActivities } = template.contextActivities ?? {};
  const own = statement.context.contextActivities;
  return {
    ...statement,
    id: uuidV5(`${statement.id} ${launch.registration}`, ALLOWED_NAMESPACE),
    actor: launch.actor,
    context: {
      ...statement.context,
      registration: launch.registration,
      contextActivities: { ...own, ...templateActivities, grouping: [...(own.grouping ?? []), ...(templateActivities.grouping ?? [])] },
      extensions: { ...template.extensions },
    },
  } as Statement;
}

// ── leaving the page ───────────────────────────────────────────────────────────────────────

/**
 * What a page being left may still carry: browsers allow 64 KiB of `keepalive` request bodies
 * in flight per page; a little is kept free for the headers' sake.
 */
export const KEEPALIVE_BUDGET_BYTES = 60_000;

/**
 * The statements sent with `keepalive` as the page goes: the oldest of those waiting that fit in
 * the budget (in order, stopping at the first that does not), then the session's last ones
 * (`failed` still to announce, `terminated`), which always go. What does not fit stays in the
 * outbox for later.
 */
export function leavingBatch(pending: readonly Statement[], last: readonly Statement[], budget = KEEPALIVE_BUDGET_BYTES): Statement[] {
  const size = (statement: Statement) => utf8Length(JSON.stringify(statement)) + 1;
  let left = budget - 2 - last.reduce((sum, statement) => sum + size(statement), 0);
  const sent: Statement[] = [];
  for (const statement of pending) {
    left -= size(statement);
    if (left < 0) break;
    sent.push(statement);
  }
  const lastIds = new Set(last.map((statement) => statement.id));
  return [...sent.filter((statement) => !lastIds.has(statement.id)), ...last];
}

/**
 * Whether a statement waiting in the outbox belongs to another session than `sessionId` (the
 * session id of the launch's context template): one an earlier session of this learner left
 * unsent (the page closed offline, say). The spec lets an AU send nothing for a session after
 * its `terminated`, and its token was that session's: sent now, with this session's token, it
 * could be refused and hold up everything behind it. A statement without a session id is no
 * cmi5 statement at all, and is not the LMS's either.
 */
export function ofAnotherSession(statement: Statement, sessionId: string): boolean {
  return (statement.context.extensions as Record<string, unknown> | undefined)?.[SESSION_ID_EXTENSION] !== sessionId;
}

/** The bytes of a string in UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Whether a key the page sees is one that reloads it (F5, Ctrl+R, ⌘R, with Shift for a hard
 * reload, or a keyboard's refresh key): the page gets the key before the browser reloads.
 */
export function isReloadKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  if (event.key === 'F5' || event.key === 'BrowserRefresh') return !event.altKey;
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'r';
}
