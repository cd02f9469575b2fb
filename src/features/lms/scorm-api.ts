/**
 * The SCORM run-time API the LMS provides, found and called the standard way: `API_1484_11`
 * (SCORM 2004) or `API` (SCORM 1.2) in this window's parents, then in its opener's (ADL's
 * discovery algorithm), called through one small interface for both versions. Every call gives
 * an answer with the LMS's error code and text when it fails, never an exception: the session
 * decides what to show and when to try again.
 */
import type { ScormVersion } from '@/domain/lms/scorm-values';

interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

export type ScormCall = 'Initialize' | 'Terminate' | 'GetValue' | 'SetValue' | 'Commit';

export type ScormAnswer = { ok: true; value: string } | { ok: false; call: ScormCall; element?: string; code: string; text: string };

/** One interface for both versions (the adapter behind which the session works). */
export interface ScormPort {
  version: ScormVersion;
  initialize(): ScormAnswer;
  terminate(): ScormAnswer;
  get(element: string): ScormAnswer;
  set(element: string, value: string): ScormAnswer;
  commit(): ScormAnswer;
}

/** ADL's limit on how many parents to climb. */
const MAX_DEPTH = 500;

type Candidate = Window & { API_1484_11?: unknown; API?: unknown };

function searchParents(start: Window | null): { version: ScormVersion; api: unknown } | null {
  let win = start as Candidate | null;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
    try {
      if (win.API_1484_11) return { version: '2004', api: win.API_1484_11 };
      if (win.API) return { version: '1.2', api: win.API };
    } catch {
      // A parent of another origin: nothing to read there, keep climbing.
    }
    if (win.parent === win) break;
    win = win.parent as Candidate;
  }
  return null;
}

/** The LMS's API: this window and its parents first, then the opener and its parents. */
export function findScormApi(win: Window = window): ScormPort | null {
  const found = searchParents(win) ?? searchParents(win.opener as Window | null);
  if (!found) return null;
  return found.version === '2004' ? port2004(found.api as Api2004) : port12(found.api as Api12);
}

const succeeded = (result: unknown) => result === true || String(result) === 'true';

function answer(call: ScormCall, element: string | undefined, result: string, lastError: () => string | number, errorText: (code: string) => string, isBoolean: boolean): ScormAnswer {
  const code = String(lastError() ?? '0');
  const failed = isBoolean ? !succeeded(result) : code !== '0' && code !== '';
  if (!failed) return { ok: true, value: String(result ?? '') };
  let text = '';
  try {
    text = String(errorText(code) ?? '');
  } catch {
    // An LMS without error texts: the code says it.
  }
  return { ok: false, call, ...(element ? { element } : {}), code: code === '0' || code === '' ? '101' : code, text };
}

/** Calls the LMS; a throwing LMS counts as a general exception (101), so nothing escapes. */
function guarded(call: ScormCall, element: string | undefined, run: () => ScormAnswer): ScormAnswer {
  try {
    return run();
  } catch (error) {
    return { ok: false, call, ...(element ? { element } : {}), code: '101', text: error instanceof Error ? error.message : String(error) };
  }
}

function port2004(api: Api2004): ScormPort {
  const last = () => api.GetLastError();
  const text = (code: string) => api.GetErrorString(code);
  return {
    version: '2004',
    initialize: () => guarded('Initialize', undefined, () => answer('Initialize', undefined, api.Initialize(''), last, text, true)),
    terminate: () => guarded('Terminate', undefined, () => answer('Terminate', undefined, api.Terminate(''), last, text, true)),
    get: (element) =>
      guarded('GetValue', element, () => {
        const result = answer('GetValue', element, api.GetValue(element), last, text, false);
        // 403, "data model element value not initialized": an element never set, which is no failure.
        return !result.ok && result.code === '403' ? { ok: true, value: '' } : result;
      }),
    set: (element, value) => guarded('SetValue', element, () => answer('SetValue', element, api.SetValue(element, value), last, text, true)),
    commit: () => guarded('Commit', undefined, () => answer('Commit', undefined, api.Commit(''), last, text, true)),
  };
}

function port12(api: Api12): ScormPort {
  const last = () => api.LMSGetLastError();
  const text = (code: string) => api.LMSGetErrorString(code);
  return {
    version: '1.2',
    initialize: () => guarded('Initialize', undefined, () => answer('Initialize', undefined, api.LMSInitialize(''), last, text, true)),
    terminate: () => guarded('Terminate', undefined, () => answer('Terminate', undefined, api.LMSFinish(''), last, text, true)),
    get: (element) => guarded('GetValue', element, () => answer('GetValue', element, api.LMSGetValue(element), last, text, false)),
    set: (element, value) => guarded('SetValue', element, () => answer('SetValue', element, api.LMSSetValue(element, value), last, text, true)),
    commit: () => guarded('Commit', undefined, () => answer('Commit', undefined, api.LMSCommit(''), last, text, true)),
  };
}
