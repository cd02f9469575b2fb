/**
 * A cmi5 session: the fetch URL is POSTed once for the session's token (kept in sessionStorage,
 * so a reload goes on with it), the LMS's launch data and the learner's language are read, then
 * the defined statements are queued in the outbox (IndexedDB) and sent by its sender to the
 * LMS's LRS with the token: `initialized`, `completed` when the course is completed by its rules,
 * `passed` or `failed` when a final assessment ends (against the LMS's mastery score), and
 * `terminated` last, on Exit, before returning to the LMS's returnURL (not on leaving the page:
 * a reload leaves it too). The state machine of
 * src/domain/lms/cmi5.ts decides what may be sent.
 */
import { v4 as uuidv4 } from 'uuid';
import { contentVersion, courseId } from 'virtual:course';
import { readCmi5Session, readRegistration, saveCmi5Session, saveRegistration, type StoredCmi5Session } from '@/db/cmi5-session-repository';
import { setLmsDestination } from '@/db/deployment-repository';
import { getLearnerProgress, watchLearnerProgress, type LearnerProgress } from '@/db/lms-repository';
import { queueStatements } from '@/db/outbox-repository';
import { getProfile } from '@/db/profile-repository';
import { setStatementMaker } from '@/db/outbox-hook';
import { ALLOWED_VERBS, NEW_SESSION, allowedStatement, cmi5Statement, mayAnnounce, parseLaunchData, preferredLanguages, type Cmi5Launch, type Cmi5Verb } from '@/domain/lms/cmi5';
import { compactProgress, decodeSuspendData, encodeSuspendData, lmsStatus, mergeProgress, type CompactProgress } from '@/domain/lms/lms-progress';
import { PASS_MARKS, quizId } from '@/domain/course-ids';
import { statementMaker } from '@/domain/lrs/statements-for-change';
import { isoDuration, type Statement } from '@/domain/record/xapi';
import { loadOutline } from '@/features/course-reader/course-data';
import { sendPending, startOutboxSender } from '@/features/lrs/outbox-sender';
import { useLmsStore } from './lms-store';
import { restoreLessons } from './restore-progress';
import type { LmsLaunch } from './scorm-session';

const XAPI_HEADERS = { 'X-Experience-API-Version': '1.0.3' };
/** The State API document that keeps the progress for the registration (the suspend data's format). */
export const PROGRESS_STATE_ID = 'https://w3id.org/xapi/sentinelle/state/progress';

type Step<T> = { ok: true; value: T } | { ok: false; call: string; code: string; text: string };

async function fetchToken(fetchUrl: string): Promise<Step<string>> {
  try {
    const response = await fetch(fetchUrl, { method: 'POST', cache: 'no-store', credentials: 'omit' });
    const body = (await response.json().catch(() => ({}))) as { 'auth-token'?: unknown; 'error-code'?: unknown; 'error-text'?: unknown };
    if (response.ok && typeof body['auth-token'] === 'string') return { ok: true, value: body['auth-token'] };
    return { ok: false, call: 'POST fetch', code: String(body['error-code'] ?? response.status), text: String(body['error-text'] ?? '') };
  } catch (error) {
    return { ok: false, call: 'POST fetch', code: 'network', text: error instanceof Error ? error.message : '' };
  }
}

async function getDocument(launch: Cmi5Launch, auth: string, path: string, params: Record<string, string>): Promise<Step<unknown>> {
  const query = new URLSearchParams({ ...params, agent: JSON.stringify(launch.actor) });
  try {
    const response = await fetch(`${launch.endpoint}${path}?${query.toString()}`, { headers: { ...XAPI_HEADERS, Authorization: auth }, cache: 'no-store', credentials: 'omit' });
    if (response.status === 404) return { ok: true, value: null };
    if (!response.ok) return { ok: false, call: `GET ${path}`, code: String(response.status), text: (await response.text().catch(() => '')).slice(0, 200) };
    return { ok: true, value: await response.json() };
  } catch (error) {
    return { ok: false, call: `GET ${path}`, code: 'network', text: error instanceof Error ? error.message : '' };
  }
}

async function putDocument(launch: Cmi5Launch, auth: string, params: Record<string, string>, document: unknown): Promise<Step<null>> {
  const query = new URLSearchParams({ ...params, agent: JSON.stringify(launch.actor) });
  try {
    const response = await fetch(`${launch.endpoint}activities/state?${query.toString()}`, {
      method: 'PUT',
      headers: { ...XAPI_HEADERS, Authorization: auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(document),
      cache: 'no-store',
      credentials: 'omit',
    });
    return response.ok ? { ok: true, value: null } : { ok: false, call: 'PUT activities/state', code: String(response.status), text: '' };
  } catch (error) {
    return { ok: false, call: 'PUT activities/state', code: 'network', text: error instanceof Error ? error.message : '' };
  }
}

export async function startCmi5Session(launch: Cmi5Launch, clock: { now: () => number } = { now: () => Date.now() }): Promise<LmsLaunch> {
  const store = useLmsStore.getState();
  const [outline, outlineEn] = await Promise.all([loadOutline('fr'), loadOutline('en')]);
  // The course's own statements (lessons read, answers), made as for the record, sent as cmi5 allowed statements.
  const maker = statementMaker({ courseId, contentVersion, build: __BUILD_ID__, outlines: { fr: outline, en: outlineEn }, base: __XAPI_BASE__ });
  const kept = readCmi5Session();
  let session: StoredCmi5Session | undefined = kept && kept.registration === launch.registration && kept.fetch === launch.fetch ? kept : undefined;
  let unwatch: (() => void) | undefined;
  /** The progress the registration's State API document holds (merged with this device's, then saved). */
  let remote: CompactProgress = { sections: [], best: [] };
  let savedProgress = '';
  const stateParams = () => ({ stateId: PROGRESS_STATE_ID, activityId: launch.activityId, registration: launch.registration });

  const saveProgress = async (progress: LearnerProgress) => {
    if (!session) return;
    const text = encodeSuspendData(outline, mergeProgress(remote, compactProgress(outline, progress.lessons, progress.attempts)));
    if (text === savedProgress) return;
    const saved = await putDocument(launch, `Basic ${session.token}`, stateParams(), { progress: text });
    if (!saved.ok) return fail(saved);
    savedProgress = text;
  };

  const fail = (step: Extract<Step<unknown>, { ok: false }>) => {
    useLmsStore.getState().report({ call: step.call, code: step.code, text: step.text });
    return false;
  };

  const announce = async (verb: Cmi5Verb, extra: { scaled?: number } = {}): Promise<boolean> => {
    if (!session?.launchData) return false;
    const registration = readRegistration(launch.registration);
    if (!mayAnnounce(verb, session.progress, registration, session.launchData.launchMode)) return false;
    const now = clock.now();
    const statement = cmi5Statement({ id: uuidv4(), verb, launch, launchData: session.launchData, now, lang: session.lang ?? 'fr', durationIso: isoDuration(now - session.startedAt), ...extra });
    session = { ...session, progress: { ...session.progress, [verb]: true } };
    saveCmi5Session(session);
    if (verb === 'completed' || verb === 'passed') saveRegistration(launch.registration, { ...registration, [verb]: true });
    await queueStatements([statement], now);
    return true;
  };

  /** The lessons read and answers given in this session, as cmi5 allowed statements (between initialized and terminated). */
  const queueAllowed = async (progress: LearnerProgress) => {
    const profile = await getProfile();
    if (!session?.launchData || !profile || !session.progress.initialized || session.progress.terminated) return;
    const started = session.startedAt;
    const now = clock.now();
    const learner = { profile };
    const inSession = (statement: Statement) => ALLOWED_VERBS.has(statement.verb.id) && Date.parse(statement.timestamp) >= started;
    const lessons = maker.progress(learner, progress.lessons, progress.attempts, now).filter(inSession);
    const answers = progress.attempts
      .filter((attempt) => attempt.updatedAt >= started)
      .flatMap((attempt) => Object.entries(attempt.responses).flatMap(([questionId, response]) => (response.answeredAt >= started ? maker.answer(learner, attempt, questionId, now) : [])))
      .filter(inSession);
    const launchData = session.launchData;
    const statements = [...lessons, ...answers].sort((a, b) => a.timestamp.localeCompare(b.timestamp)).map((statement) => allowedStatement(statement, launch, launchData));
    if (statements.length > 0) await queueStatements(statements, now);
  };

  const onProgress = async (progress: LearnerProgress) => {
    if (!session?.launchData) return;
    const started = session.startedAt;
    await queueAllowed(progress);
    await saveProgress(progress);
    if (lmsStatus(outline, compactProgress(outline, progress.lessons, progress.attempts)).completion === 'completed') await announce('completed');
    const mastery = session.launchData.masteryScore ?? PASS_MARKS['final-assessment'];
    const finals = progress.attempts
      .filter((attempt) => attempt.quizId === quizId({ kind: 'final-assessment' }) && attempt.finishedAt !== undefined && attempt.finishedAt >= started && attempt.score)
      .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    for (const attempt of finals) {
      if (session.finalsAnnounced.includes(attempt.id)) continue;
      const scaled = attempt.score?.ratio ?? 0;
      session = { ...session, finalsAnnounced: [...session.finalsAnnounced, attempt.id] };
      saveCmi5Session(session);
      await announce(scaled >= mastery - 1e-9 ? 'passed' : 'failed', { scaled });
    }
  };

  const begin = async (): Promise<LmsLaunch> => {
    if (!session) {
      const token = await fetchToken(launch.fetch);
      if (!token.ok) return fail(token), {};
      session = { registration: launch.registration, fetch: launch.fetch, token: token.value, startedAt: clock.now(), progress: NEW_SESSION, finalsAnnounced: [] };
      saveCmi5Session(session);
    }
    const auth = `Basic ${session.token}`;
    if (!session.launchData) {
      const state = await getDocument(launch, auth, 'activities/state', { stateId: 'LMS.LaunchData', activityId: launch.activityId, registration: launch.registration });
      if (!state.ok) return fail(state), {};
      const launchData = parseLaunchData(state.value);
      if (!launchData) return fail({ ok: false, call: 'GET activities/state LMS.LaunchData', code: 'invalid', text: '' }), {};
      const preferences = await getDocument(launch, auth, 'agents/profile', { profileId: 'cmi5LearnerPreferences' });
      const lang = (preferences.ok ? preferredLanguages(preferences.value) : []).map((tag) => tag.toLowerCase().split('-')[0]).find((tag) => tag === 'fr' || tag === 'en');
      session = { ...session, launchData, ...(lang ? { lang } : {}) };
      saveCmi5Session(session);
    }
    // The progress kept for this registration (another device's, perhaps): its lessons are recorded here too.
    const kept = await getDocument(launch, auth, 'activities/state', stateParams());
    const keptText = kept.ok ? (kept.value as { progress?: unknown } | null)?.progress : undefined;
    remote = (typeof keptText === 'string' ? decodeSuspendData(outline, keptText) : null) ?? remote;
    await restoreLessons(outline, remote, await getLearnerProgress(), session.lang === 'en' ? 'en' : 'fr', clock.now());
    // Only the cmi5 statements go to the LMS's LRS: none of the web site's record statements.
    setStatementMaker(null);
    setLmsDestination({ endpoint: launch.endpoint, auth });
    startOutboxSender();
    await announce('initialized');
    unwatch = watchLearnerProgress((progress) => void onProgress(progress));
    useLmsStore.getState().report(null);
    return session.lang ? { address: `/${session.lang}` } : {};
  };

  const exit = async () => {
    unwatch?.();
    if (!session?.launchData) return;
    // What the last change gave (a final just finished) is announced before terminated, even if
    // the live query has not reported it yet.
    await onProgress(await getLearnerProgress());
    await announce('terminated');
    await sendPending(true);
    const returnUrl = session.launchData.returnURL;
    if (returnUrl) window.location.assign(returnUrl);
  };

  const retry = async () => {
    const launched = await begin();
    void launched;
    return useLmsStore.getState().problem === null;
  };

  store.connect('cmi5', { retry, exit });
  // No `terminated` on leaving the page: a reload leaves it too, and must keep the session going.
  // A learner who closes the tab without Exit leaves a session the LMS will mark abandoned.
  return begin();
}
