/**
 * Starts the LMS session of a package at launch (before the router, so the first page can be
 * the place to resume): SCORM when the LMS provides its API in a parent or opener window; none
 * when the package is opened outside an LMS (the course then works as on the web site).
 */
import { findScormApi } from './scorm-api';
import { startScormSession, type LmsLaunch } from './scorm-session';

export async function startLmsSession(): Promise<LmsLaunch> {
  const scorm = findScormApi(window);
  if (scorm) return startScormSession(scorm);
  return {};
}
