/**
 * Starts the LMS session of a package at launch (before the router, so the first page can be
 * the place to resume): cmi5 when the address holds its launch parameters; SCORM when the LMS
 * provides its API in a parent or opener window; none
 * when the package is opened outside an LMS (the course then works as on the web site).
 * `openStorage` opens the database the learner's progress is kept in, once the LMS has said who
 * the learner is: one database per LMS learner (src/domain/lms/learner-database.ts); the
 * device's own when the LMS cannot say.
 */
import { parseCmi5Launch } from '@/domain/lms/cmi5';
import { cmi5LearnerDatabase } from '@/domain/lms/learner-database';
import { startCmi5Session } from './cmi5-session';
import { useLmsStore } from './lms-store';
import { findScormApi } from './scorm-api';
import { startScormSession, type LmsLaunch } from './scorm-session';

export async function startLmsSession(openStorage: (name?: string) => Promise<void>): Promise<LmsLaunch> {
  const cmi5 = parseCmi5Launch(new URLSearchParams(window.location.search));
  if (cmi5?.ok) {
    await openStorage(cmi5LearnerDatabase(cmi5.launch.actor));
    return startCmi5Session(cmi5.launch);
  }
  if (!cmi5) {
    const scorm = findScormApi(window);
    if (scorm) return startScormSession(scorm, openStorage);
  }
  await openStorage();
  if (cmi5) {
    // A cmi5 launch with parameters missing: say which; the course still works on this device.
    useLmsStore.getState().connect('cmi5', { retry: async () => false, exit: async () => undefined });
    useLmsStore.getState().report({ call: 'launch', code: 'parameters', text: cmi5.missing.join(', ') });
  }
  return {};
}
