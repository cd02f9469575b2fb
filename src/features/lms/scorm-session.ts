/**
 * A SCORM session (2004 4th edition or 1.2): initialised at launch, then the LMS is kept up to
 * date from the progress in IndexedDB (the source of truth): the last place, the suspend data,
 * completion and success, the score, the progress measure, and the final assessment's answers as
 * interactions, committed after each change (each answer). On exit: session time, `suspend`,
 * Commit, Terminate. A call the LMS refuses is shown with its code and retried (by the learner,
 * or with the next change): values are recomputed from IndexedDB each time, so none is lost.
 */
import type { Lang } from '@/content/course-types';
import { getLearnerProgress, watchLearnerProgress, type LearnerProgress } from '@/db/lms-repository';
import { placeFromPath, placePath } from '@/domain/course-ids';
import { compactProgress, decodeSuspendData, encodeSuspendData, lmsStatus, mergeProgress, type CompactProgress, type LmsOutline } from '@/domain/lms/lms-progress';
import { scormLearnerDatabase } from '@/domain/lms/learner-database';
import { finalInteractions, interactionElements, scorm12Duration, scorm2004Duration } from '@/domain/lms/scorm-values';
import { loadOutline } from '@/features/course-reader/course-data';
import { restoreLessons } from './restore-progress';
import type { ScormAnswer, ScormPort } from './scorm-api';
import { useLmsStore } from './lms-store';

/** What the launch tells the app: the address to open (the place to resume, or the learner's language). */
export interface LmsLaunch {
  address?: string;
}

const ELEMENTS = {
  '2004': {
    entry: 'cmi.entry',
    location: 'cmi.location',
    language: 'cmi.learner_preference.language',
    mode: 'cmi.mode',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    learnerId: 'cmi.learner_id',
  },
  '1.2': {
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    language: 'cmi.student_preference.language',
    mode: 'cmi.core.lesson_mode',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    learnerId: 'cmi.core.student_id',
  },
} as const;

const langOf = (tag: string): Lang | undefined => {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
};

const callName = (failure: Extract<ScormAnswer, { ok: false }>) => (failure.element ? `${failure.call} ${failure.element}` : failure.call);

/** The values the LMS should hold for this progress, in the order they are set. */
export function scormValues(port: Pick<ScormPort, 'version'>, outline: LmsOutline, progress: CompactProgress, location: string | undefined, review: boolean): [string, string][] {
  const status = lmsStatus(outline, progress);
  const values: [string, string][] = [];
  const names = ELEMENTS[port.version];
  if (location) values.push([names.location, location]);
  values.push(['cmi.suspend_data', encodeSuspendData(outline, progress)]);
  // Review mode: the LMS shows a finished attempt again; its results are not the content's to change.
  if (review) return values;
  if (port.version === '2004') {
    values.push(['cmi.completion_status', status.completion], ['cmi.success_status', status.success], ['cmi.progress_measure', String(Math.round(status.progressMeasure * 1000) / 1000)]);
    if (status.scaled !== undefined) {
      values.push(['cmi.score.min', '0'], ['cmi.score.max', '100'], ['cmi.score.raw', String(Math.round(status.scaled * 100))], ['cmi.score.scaled', String(status.scaled)]);
    }
  } else {
    const lessonStatus = status.success !== 'unknown' ? status.success : status.completion === 'completed' ? 'completed' : 'incomplete';
    values.push(['cmi.core.lesson_status', lessonStatus]);
    if (status.scaled !== undefined) values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(Math.round(status.scaled * 100))]);
  }
  return values;
}

/**
 * `openStorage` opens the learner's database once Initialize has said who they are (the device's
 * own when it cannot: the LMS refused Initialize, or gave no learner id).
 */
export async function startScormSession(port: ScormPort, openStorage: (name?: string) => Promise<void>, clock: { now: () => number } = { now: () => Date.now() }): Promise<LmsLaunch> {
  const store = useLmsStore.getState();
  const kind = port.version === '2004' ? 'scorm2004' : 'scorm12';
  const names = ELEMENTS[port.version];
  const startedAt = clock.now();
  const outline: LmsOutline = await loadOutline('fr');

  let remote: CompactProgress = { sections: [], best: [] };
  let review = false;
  /** What the LMS holds (as this session set it): only changes are sent. */
  const sent = new Map<string, string>();
  const writtenInteractions = new Set<string>();
  let interactionCount = 0;
  let latest: LearnerProgress | null = null;
  let unwatch: (() => void) | undefined;
  let initialized = false;
  let terminated = false;
  /** Values set that no Commit has taken yet (a refused Commit leaves them so). */
  let uncommitted = false;

  const fail = (failure: Extract<ScormAnswer, { ok: false }>) => {
    useLmsStore.getState().report({ call: callName(failure), code: failure.code, text: failure.text });
    return false;
  };

  /** Sends what changed since the LMS last took it, then commits. True when the LMS took all of it. */
  const sync = (progress: LearnerProgress): boolean => {
    if (!initialized || terminated || mustRelaunch) return false;
    const merged = mergeProgress(remote, compactProgress(outline, progress.lessons, progress.attempts));
    const location = progress.lastPlace ? placePath(progress.lastPlace) : undefined;
    for (const [element, value] of scormValues(port, outline, merged, location, review)) {
      if (sent.get(element) === value) continue;
      const result = port.set(element, value);
      if (!result.ok) return fail(result);
      sent.set(element, value);
      uncommitted = true;
    }
    if (!review) {
      for (const interaction of finalInteractions(progress.attempts)) {
        if (writtenInteractions.has(interaction.id)) continue;
        for (const [element, value] of interactionElements(port.version, interactionCount, interaction)) {
          const result = port.set(element, value);
          if (!result.ok) return fail(result);
        }
        writtenInteractions.add(interaction.id);
        interactionCount += 1;
        uncommitted = true;
      }
    }
    if (uncommitted) {
      const committed = port.commit();
      if (!committed.ok) return fail(committed);
      uncommitted = false;
    }
    useLmsStore.getState().report(null);
    return true;
  };

  /** The database the page opened (null: none yet). */
  let opened: string | undefined | null = null;
  /** The page's database is not the learner's: nothing is sent; the session only ends. */
  let mustRelaunch = false;
  const begin = async (): Promise<LmsLaunch> => {
    const init = port.initialize();
    if (!init.ok) {
      fail(init);
      // The course still opens, on the device's own database; nothing reaches the LMS.
      if (opened === null) await openStorage((opened = undefined));
      return {};
    }
    initialized = true;
    const read = (element: string) => {
      const result = port.get(element);
      if (!result.ok) fail(result);
      return result.ok ? result.value : '';
    };
    const learnerId = port.get(names.learnerId);
    const learnerDatabase = learnerId.ok ? scormLearnerDatabase(learnerId.value) : undefined;
    if (opened === null) await openStorage((opened = learnerDatabase));
    if (!learnerId.ok || opened !== learnerDatabase) {
      // The LMS did not say who the learner is, or Initialize failed at launch and worked on a
      // retry: the page runs on the device's own database, not the learner's. Nothing of it goes
      // to this learner's record: the session ends at once (suspended, so the LMS keeps what it
      // holds), and the learner opens the course again from the LMS.
      if (!learnerId.ok) fail(learnerId);
      return endForRelaunch();
    }
    const entry = read(names.entry);
    const location = read(names.location);
    const mode = read(names.mode);
    review = mode === 'review';
    const language = langOf(read(names.language));
    remote = decodeSuspendData(outline, read('cmi.suspend_data')) ?? remote;
    interactionCount = Number(read('cmi.interactions._count')) || 0;
    const local = await getLearnerProgress();
    if (port.version === '2004') {
      for (let n = 0; n < interactionCount; n += 1) writtenInteractions.add(read(`cmi.interactions.${n}.id`));
    } else {
      // SCORM 1.2 interactions cannot be read back: those answered before this session were sent then.
      for (const interaction of finalInteractions(local.attempts)) if (interaction.at < startedAt) writtenInteractions.add(interaction.id);
    }
    // Sections the LMS knows of that this device does not (another device): recorded here too.
    await restoreLessons(outline, remote, local, language ?? local.lastPlace?.lang ?? 'fr', clock.now());
    unwatch = watchLearnerProgress((progress) => {
      latest = progress;
      sync(progress);
    });
    const resumeAt = entry === 'resume' && location && placeFromPath(location, 0) ? location : undefined;
    return resumeAt ? { address: resumeAt } : language ? { address: `/${language}` } : {};
  };

  /**
   * The session's end: its time, `suspend` (the course can always be taken up again: the LMS
   * keeps the suspend data and location), Commit, Terminate. False when Terminate is refused
   * (shown; "Try again" ends it).
   */
  const suspendAndTerminate = (): boolean => {
    const elapsed = clock.now() - startedAt;
    for (const [element, value] of [
      [names.sessionTime, port.version === '2004' ? scorm2004Duration(elapsed) : scorm12Duration(elapsed)],
      [names.exit, 'suspend'],
    ] as const) {
      const result = port.set(element, value);
      if (!result.ok) fail(result);
    }
    const committed = port.commit();
    if (!committed.ok) fail(committed);
    const ended = port.terminate();
    if (!ended.ok) return fail(ended);
    terminated = true;
    useLmsStore.getState().report(null);
    return true;
  };

  /** Ends the session without sending any progress: suspended and committed, so the LMS keeps the attempt as it was. */
  const endForRelaunch = (): LmsLaunch => {
    mustRelaunch = true;
    if (suspendAndTerminate()) useLmsStore.getState().end('relaunch');
    return {};
  };

  /**
   * `fresh`: read the progress again first (the Exit button; the live query may not have reported
   * the last change yet). Leaving the page uses the last reported one: no await may come before
   * Terminate there, or the page would be gone first.
   */
  let exiting: Promise<void> | null = null;
  const exit = (fresh = true): Promise<void> => {
    exiting ??= finish(fresh).finally(() => {
      exiting = null;
    });
    return exiting;
  };
  const finish = async (fresh: boolean) => {
    if (terminated) return;
    unwatch?.();
    if (!initialized) return;
    const progress = fresh || !latest ? await getLearnerProgress() : latest;
    sync(progress);
    suspendAndTerminate();
  };

  const retry = async (): Promise<boolean> => {
    if (mustRelaunch) {
      if (!terminated) endForRelaunch();
      return false;
    }
    if (!initialized) {
      await begin();
      return initialized && !terminated && useLmsStore.getState().problem === null;
    }
    if (useLmsStore.getState().phase !== 'running') {
      await exit(true);
      return terminated;
    }
    sent.clear();
    return sync(latest ?? (await getLearnerProgress()));
  };

  store.connect(kind, { retry, exit: () => exit(true) });
  window.addEventListener('pagehide', () => void exit(false));
  return begin();
}
