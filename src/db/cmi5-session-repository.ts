// A cmi5 session's own state, in sessionStorage (this tab, this launch): the token the fetch URL
// gave (it works once: a reload must not fetch again), the LMS's launch data and which defined
// statements were sent; and, in localStorage, what this registration has already announced
// (`completed` and `passed` go once per registration, across sessions).
import type { Cmi5Progress, LaunchData } from '@/domain/lms/cmi5';
import type { Statement } from '@/domain/record/xapi';

export interface StoredCmi5Session {
  registration: string;
  /** The launch's fetch URL: a new launch (another URL) is a new session. */
  fetch: string;
  token: string;
  launchData?: LaunchData;
  lang?: string;
  startedAt: number;
  progress: Cmi5Progress;
  /** Final assessment attempts already announced (passed or failed). */
  finalsAnnounced: string[];
  /** The best failing score of this session's finals, announced as `failed` when the session ends (unless one passes). */
  failedScore?: number;
  /** The statements the page sent as it was left (`failed`, `terminated`): a reloaded page queues them again, in case they did not arrive. */
  leftWith?: Statement[];
}

/** Do not rename: a reload reads the session back under these names. */
const SESSION_KEY = 'sentinelle.cmi5.session';
const REGISTRATION_PREFIX = 'sentinelle.cmi5.registration.';

function storage(kind: 'session' | 'local'): Storage | undefined {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return undefined;
  }
}

export function readCmi5Session(): StoredCmi5Session | undefined {
  try {
    const text = storage('session')?.getItem(SESSION_KEY);
    return text ? (JSON.parse(text) as StoredCmi5Session) : undefined;
  } catch {
    return undefined;
  }
}

export function saveCmi5Session(session: StoredCmi5Session): void {
  try {
    storage('session')?.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Storage full or refused: the session goes on in memory; a reload would fetch again.
  }
}

export function readRegistration(registration: string): { completed: boolean; passed: boolean } {
  try {
    const text = storage('local')?.getItem(REGISTRATION_PREFIX + registration);
    const value = text ? (JSON.parse(text) as { completed?: boolean; passed?: boolean }) : {};
    return { completed: value.completed === true, passed: value.passed === true };
  } catch {
    return { completed: false, passed: false };
  }
}

export function saveRegistration(registration: string, value: { completed: boolean; passed: boolean }): void {
  try {
    storage('local')?.setItem(REGISTRATION_PREFIX + registration, JSON.stringify(value));
  } catch {
    // Not kept: the LMS's own record of the registration still holds them.
  }
}
