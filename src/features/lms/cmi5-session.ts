/**
 * A cmi5 session: the fetch URL is POSTed once for the session's token (kept in sessionStorage,
 * so a reload goes on with it), the LMS's launch data and the learner's language are read, then
 * the defined statements are queued in the outbox (IndexedDB) and sent by its sender to the
 * LMS's LRS with the token: `initialized`, `completed` when the course is completed by its rules,
 * `passed` when a final assessment reaches the LMS's mastery score, `failed` when the session
 * ends with finals below it and none above (one of the two per session), and `terminated` last:
 * on Exit, before returning to the LMS's returnURL, or as the page is left (closed, another
 * address), sent with `keepalive` after what waits. A reload the page can see coming goes on
 * with the session; one it cannot (the browser's reload button) ended it: the reloaded page says
 * so and sends nothing more. What the registration announced (`completed`, `passed`) is kept in
 * the LRS's State API too, so another device does not announce it again. The state machine of
 * src/domain/lms/cmi5.ts decides what may be sent.
 */
import { v4 as uuidv4 } from 'uuid';
import { contentVersion, courseId } from 'virtual:course';
import { readCmi5Session, readRegistration, saveCmi5Session, saveRegistration, type StoredCmi5Session } from '@/db/cmi5-session-repository';
import { setLmsDestination } from '@/db/deployment-repository';
import { getLearnerProgress, watchLearnerProgress, type LearnerProgress } from '@/db/lms-repository';
import { getOutboxStatus, queueStatements, setAsidePending, watchPendingStatements } from '@/db/outbox-repository';
import { getProfile } from '@/db/profile-repository';
import { setStatementMaker } from '@/db/outbox-hook';
import { ALLOWED_VERBS, NEW_SESSION, SESSION_ID_EXTENSION, allowedStatement, cmi5Statement, joinAnnounced, leavingBatch, mayAnnounce, ofAnotherSession, parseAnnounced, parseLaunchData, preferredLanguages, type Cmi5Launch, type Cmi5Verb, type RegistrationAnnounced } from '@/domain/lms/cmi5';
import { compactProgress, decodeSuspendData, encodeSuspendData, lmsStatus, mergeProgress, type CompactProgress } from '@/domain/lms/lms-progress';
import { PASS_MARKS, quizId } from '@/domain/course-ids';
import { statementMaker } from '@/domain/lrs/statements-for-change';
import { isoDuration, type Statement } from '@/domain/record/xapi';
import { loadOutline } from '@/features/course-reader/course-data';
import { sendPending, startOutboxSender } from '@/features/lrs/outbox-sender';
import { fetchToken, getDocument, putDocument, sendAsPageLeaves, type Step } from './cmi5-lms-calls';
import { useLmsStore } from './lms-store';
import { watchPageLeave } from './page-leave';
import { restoreLessons } from './restore-progress';
import { RECORD_STATE_ID, recordDocument, restoreRecord } from './record-sync';
import type { LmsLaunch } from './scorm-session';

/** The State API document that keeps the progress for the registration (the suspend data's format). */
export const PROGRESS_STATE_ID = 'https://w3id.org/xapi/sentinelle/state/progress';
/** The State API document that keeps what the registration announced: `{ "completed": bool, "passed": bool }`. */
export const ANNOUNCED_STATE_ID = 'https://w3id.org/xapi/sentinelle/state/announced';

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
  /** What the registration's State API document says was announced (read at launch). */
  let remoteAnnounced: RegistrationAnnounced | null = null;
  let savedAnnounced = '';
  /**
   * Which of the registration's State API documents were read this launch (a missing one reads
   * as empty). One that could not be read is never written over, and until `announced` is read,
   * neither completed nor passed is sent: another device may already have sent them.
   */
  const read = { announced: false, progress: false, record: false };
  /** The outbox's pending statements, kept in memory for the page's last request. */
  let pending: Statement[] = [];
  /** When this page made its last defined statement. */
  let lastAt = 0;
  /** The finished attempts the record document last saved held; false: the document there did not read, and is left alone. */
  let savedRecord: string | false = '';
  const outlines = { fr: outline, en: outlineEn };
  const lang = () => (session?.lang === 'en' ? 'en' : 'fr');
  const stateParams = (stateId: string) => ({ stateId, activityId: launch.activityId, registration: launch.registration });
  const auth = () => `Basic ${session?.token ?? ''}`;
  const announced = () => joinAnnounced(readRegistration(launch.registration), remoteAnnounced);

  const fail = (step: Extract<Step<unknown>, { ok: false }>) => {
    useLmsStore.getState().report({ call: step.call, code: step.code, text: step.text });
    return false;
  };

  /** The progress and what was announced, in the registration's State API documents (each PUT only when it changed). */
  const saveState = async (progress: LearnerProgress) => {
    if (!session) return;
    const text = encodeSuspendData(outline, mergeProgress(remote, compactProgress(outline, progress.lessons, progress.attempts)));
    if (read.progress && text !== savedProgress) {
      const saved = await putDocument(launch, auth(), stateParams(PROGRESS_STATE_ID), { progress: text });
      if (!saved.ok) return fail(saved);
      savedProgress = text;
    }
    const record = JSON.stringify(announced());
    if (read.announced && record !== savedAnnounced) {
      const saved = await putDocument(launch, auth(), stateParams(ANNOUNCED_STATE_ID), JSON.parse(record));
      if (!saved.ok) return fail(saved);
      savedAnnounced = record;
    }
    return true;
  };

  /** A defined statement, if the state machine allows it now (the session's record updated first). */
  const defined = (verb: Cmi5Verb, extra: { scaled?: number } = {}): Statement | undefined => {
    if (!session?.launchData) return undefined;
    if ((verb === 'completed' || verb === 'passed') && !read.announced) return undefined;
    const registration = announced();
    if (!mayAnnounce(verb, session.progress, registration, session.launchData.launchMode)) return undefined;
    // Strictly later than the session's previous one: the spec orders statements by timestamp.
    const now = Math.max(clock.now(), lastAt + 1);
    lastAt = now;
    const statement = cmi5Statement({ id: uuidv4(), verb, launch, launchData: session.launchData, now, lang: session.lang ?? 'fr', durationIso: isoDuration(now - session.startedAt), ...extra });
    session = { ...session, progress: { ...session.progress, [verb]: true } };
    saveCmi5Session(session);
    if (verb === 'completed' || verb === 'passed') saveRegistration(launch.registration, { ...registration, [verb]: true });
    return statement;
  };

  /**
   * Defined statements made (and marked sent in the session) but not yet in the outbox: the page's
   * last request carries them too, or a page closed in that instant would lose a `passed` the
   * session already counts as sent.
   */
  const unqueued = new Map<string, Statement>();
  const announce = async (verb: Cmi5Verb, extra: { scaled?: number } = {}): Promise<boolean> => {
    const statement = defined(verb, extra);
    if (!statement) return false;
    unqueued.set(statement.id, statement);
    await queueStatements([statement], clock.now());
    unqueued.delete(statement.id);
    return true;
  };

  /** The session's end: `failed` if its finals failed and none passed, then `terminated`. */
  const lastStatements = (): Statement[] => {
    const failed = session?.failedScore !== undefined ? defined('failed', { scaled: session.failedScore }) : undefined;
    const terminated = defined('terminated');
    return [failed, terminated].filter((statement): statement is Statement => statement !== undefined);
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
    if (!session?.launchData || session.progress.terminated) return;
    const started = session.startedAt;
    await queueAllowed(progress);
    if (lmsStatus(outline, compactProgress(outline, progress.lessons, progress.attempts)).completion === 'completed') await announce('completed');
    const mastery = session.launchData.masteryScore ?? PASS_MARKS['final-assessment'];
    const mode = session.launchData.launchMode;
    const finals = progress.attempts
      .filter((attempt) => attempt.quizId === quizId({ kind: 'final-assessment' }) && attempt.finishedAt !== undefined && attempt.finishedAt >= started && attempt.score)
      .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    for (const attempt of finals) {
      if (session.finalsAnnounced.includes(attempt.id)) continue;
      const scaled = attempt.score?.ratio ?? 0;
      session = { ...session, finalsAnnounced: [...session.finalsAnnounced, attempt.id] };
      saveCmi5Session(session);
      if (scaled >= mastery - 1e-9) {
        if (await announce('passed', { scaled })) {
          const { failedScore: _failed, ...rest } = session;
          session = rest;
          saveCmi5Session(session);
        }
      } else if (mayAnnounce('failed', session.progress, announced(), mode)) {
        // One of passed and failed per session: a failure waits for the session's end, so a
        // pass that follows it in the same session is the one announced.
        session = { ...session, failedScore: Math.max(scaled, session.failedScore ?? 0) };
        saveCmi5Session(session);
      }
    }
    await saveState(progress);
    await saveRecord(progress);
  };

  /** The whole record in its State API document, when an attempt has finished since the last save (or at Exit). */
  const saveRecord = async (progress: LearnerProgress, always = false) => {
    if (!session || savedRecord === false || !read.record) return;
    const finished = progress.attempts
      .filter((attempt) => attempt.finishedAt !== undefined)
      .map((attempt) => attempt.id)
      .sort()
      .join(' ');
    if (!always && finished === savedRecord) return;
    const saved = await putDocument(launch, auth(), stateParams(RECORD_STATE_ID), await recordDocument({ courseId, contentVersion }, outlines, lang(), clock.now()));
    if (!saved.ok) return fail(saved);
    savedRecord = finished;
  };

  /** The page goes (closed, another address, a reload it could not see coming): what waits, then the session's end, in one last request. */
  const leave = () => {
    if (!session?.launchData || !session.progress.initialized) return;
    const queued = new Set(pending.map((statement) => statement.id));
    const made = [...unqueued.values()].filter((statement) => !queued.has(statement.id));
    const last = [...made, ...(session.progress.terminated ? [] : lastStatements())];
    if (last.length > 0) {
      session = { ...session, leftWith: last };
      saveCmi5Session(session);
    }
    sendAsPageLeaves(launch, auth(), leavingBatch(pending, last));
  };

  /** A session that ended (Exit, or the page left): nothing more is sent for it but what it queued. */
  const ended = async (): Promise<LmsLaunch> => {
    unwatch?.();
    unwatch = undefined;
    if (session?.leftWith) await queueStatements(session.leftWith, clock.now());
    useLmsStore.getState().end(session?.leftWith ? 'left' : 'exit', session?.launchData?.returnURL);
    return session?.lang ? { address: `/${session.lang}` } : {};
  };

  const begin = async (): Promise<LmsLaunch> => {
    if (!session) {
      const token = await fetchToken(launch.fetch);
      if (!token.ok) return fail(token), {};
      session = { registration: launch.registration, fetch: launch.fetch, token: token.value, startedAt: clock.now(), progress: NEW_SESSION, finalsAnnounced: [] };
      saveCmi5Session(session);
    }
    if (!session.launchData) {
      const state = await getDocument(launch, auth(), 'activities/state', stateParams('LMS.LaunchData'));
      if (!state.ok) return fail(state), {};
      const launchData = parseLaunchData(state.value);
      if (!launchData) return fail({ ok: false, call: 'GET activities/state LMS.LaunchData', code: 'invalid', text: '' }), {};
      const preferences = await getDocument(launch, auth(), 'agents/profile', { profileId: 'cmi5LearnerPreferences' });
      const lang = (preferences.ok ? preferredLanguages(preferences.value) : []).map((tag) => tag.toLowerCase().split('-')[0]).find((tag) => tag === 'fr' || tag === 'en');
      session = { ...session, launchData, ...(lang ? { lang } : {}) };
      saveCmi5Session(session);
    }
    // What an earlier session left unsent (closed offline, say) is not sent with this session's
    // token: the LMS may refuse statements after that session's end. Set aside, with the reason.
    const sessionId = session.launchData?.contextTemplate.extensions?.[SESSION_ID_EXTENSION];
    // Except `completed` and `passed`: the registration counts them as sent and will not make
    // them again, so they still go (as before), with this session's token.
    const once = /\/verbs\/(completed|passed)$/;
    if (typeof sessionId === 'string') await setAsidePending((statement) => ofAnotherSession(statement, sessionId) && !once.test(statement.verb.id), { status: 0, message: 'cmi5 session ended' }, clock.now());
    // Only the cmi5 statements go to the LMS's LRS: none of the web site's record statements.
    setStatementMaker(null);
    setLmsDestination({ endpoint: launch.endpoint, auth: auth() });
    startOutboxSender();
    if (session.progress.terminated) return ended();
    // What the registration announced on any device, and its progress (another device's, perhaps):
    // its lessons are recorded here too. Without them (an LMS that fails), this device's record stands.
    const [keptAnnounced, keptProgress, keptRecord] = await Promise.all(
      [ANNOUNCED_STATE_ID, PROGRESS_STATE_ID, RECORD_STATE_ID].map((stateId) => getDocument(launch, auth(), 'activities/state', stateParams(stateId))),
    ) as [Step<unknown>, Step<unknown>, Step<unknown>];
    if (keptAnnounced.ok) {
      remoteAnnounced = parseAnnounced(keptAnnounced.value);
      read.announced = true;
    }
    // The quiz attempts of other devices (their questions as shown), merged here.
    if (keptRecord.ok) {
      const restored = await restoreRecord(keptRecord.value, { courseId, contentVersion }, outlines, lang(), clock.now());
      if (restored.kind === 'unreadable') savedRecord = false;
      // Merged or empty: this device's record now holds the other devices' attempts.
      read.record = restored.kind === 'merged' || restored.kind === 'none';
    }
    const keptText = keptProgress.ok ? (keptProgress.value as { progress?: unknown } | null)?.progress : undefined;
    remote = (typeof keptText === 'string' ? decodeSuspendData(outline, keptText) : null) ?? remote;
    read.progress = keptProgress.ok;
    await restoreLessons(outline, remote, await getLearnerProgress(), session.lang === 'en' ? 'en' : 'fr', clock.now());
    await announce('initialized');
    unwatch?.();
    unwatch = watchLearnerProgress((progress) => void onProgress(progress));
    const failed = [keptAnnounced, keptProgress, keptRecord].find((step): step is Extract<Step<unknown>, { ok: false }> => !step.ok);
    useLmsStore.getState().report(failed ? { call: failed.call, code: failed.code, text: failed.text } : null);
    return session.lang ? { address: `/${session.lang}` } : {};
  };

  /** Back to the LMS once nothing waits; else the problem stays shown, with its retry. */
  const returnToLms = async (): Promise<boolean> => {
    await sendPending(true);
    const status = await getOutboxStatus();
    if (status.pending > 0) {
      const problem = status.delivery.problem;
      fail({ ok: false, call: 'POST statements', code: problem && 'status' in problem && problem.status ? String(problem.status) : 'network', text: '' });
      return false;
    }
    // All sent: the page's last request has nothing left to carry.
    pending = [];
    const returnUrl = session?.launchData?.returnURL;
    useLmsStore.getState().end('exit', returnUrl);
    if (returnUrl) window.location.assign(returnUrl);
    return true;
  };

  const exit = async () => {
    unwatch?.();
    unwatch = undefined;
    if (!session?.launchData) return;
    // What the last change gave (a final just finished) is announced before terminated, even if
    // the live query has not reported it yet.
    const progress = await getLearnerProgress();
    await onProgress(progress);
    await saveRecord(progress, true);
    const last = lastStatements();
    if (last.length > 0) await queueStatements(last, clock.now());
    // "Session ended, progress saved" only once everything reached the LMS (returnToLms says so).
    await returnToLms();
  };

  const retry = async () => {
    if (session?.progress.terminated) return returnToLms();
    await begin();
    return useLmsStore.getState().problem === null;
  };

  store.connect('cmi5', { retry, exit });
  watchPendingStatements((statements) => {
    pending = statements;
  });
  watchPageLeave({
    onLeave: leave,
    // Back from the back/forward cache after a leave: the session ended with it.
    onReturn: () => void (session?.progress.terminated ? ended() : undefined),
  });
  return begin();
}
