import { describe, expect, it } from 'vitest';
import { findScormApi } from './scorm-api';

/** A window of a frame tree, enough for the discovery: parent, opener, and an API or not. */
function frameWindow(extra: Record<string, unknown> = {}, parent?: Window): Window {
  const win = { opener: null, ...extra } as unknown as Window & { parent: Window };
  win.parent = parent ?? win;
  return win;
}

/** A SCORM 2004 API that fails the calls it is told to, with a code, like an LMS. */
function api2004(failing: Record<string, string> = {}) {
  let last = '0';
  const values = new Map<string, string>([['cmi.entry', 'resume']]);
  const call = (name: string, result: string) => {
    last = failing[name] ?? '0';
    return last === '0' ? result : name === 'GetValue' ? '' : 'false';
  };
  return {
    Initialize: () => call('Initialize', 'true'),
    Terminate: () => call('Terminate', 'true'),
    GetValue: (element: string) => (values.has(element) ? call('GetValue', values.get(element) ?? '') : ((last = '403'), '')),
    SetValue: (element: string, value: string) => (values.set(element, value), call('SetValue', 'true')),
    Commit: () => call('Commit', 'true'),
    GetLastError: () => last,
    GetErrorString: (code: string) => (code === '391' ? 'Commit Before Initialization' : `error ${code}`),
  };
}

describe('findScormApi', () => {
  it('finds SCORM 2004’s API_1484_11 in a parent, climbing frames', () => {
    const top = frameWindow({ API_1484_11: api2004() });
    const middle = frameWindow({}, top);
    const port = findScormApi(frameWindow({}, middle));
    expect(port?.version).toBe('2004');
    expect(port?.initialize()).toEqual({ ok: true, value: 'true' });
    expect(port?.get('cmi.entry')).toEqual({ ok: true, value: 'resume' });
  });

  it('finds SCORM 1.2’s API in the opener’s frames when no parent has one', () => {
    const api12 = { LMSInitialize: () => 'true', LMSGetLastError: () => 0, LMSGetErrorString: () => '' };
    const openerTop = frameWindow({ API: api12 });
    const port = findScormApi(frameWindow({ opener: frameWindow({}, openerTop) }));
    expect(port?.version).toBe('1.2');
    expect(port?.initialize()).toEqual({ ok: true, value: 'true' });
  });

  it('prefers 2004 when a window holds both, and finds nothing outside an LMS', () => {
    expect(findScormApi(frameWindow({ API_1484_11: api2004(), API: {} }))?.version).toBe('2004');
    expect(findScormApi(frameWindow())).toBeNull();
  });
});

describe('the SCORM port', () => {
  it('answers a refused call with the LMS’s code and words', () => {
    const port = findScormApi(frameWindow({ API_1484_11: api2004({ Commit: '391' }) }));
    expect(port?.commit()).toEqual({ ok: false, call: 'Commit', code: '391', text: 'Commit Before Initialization' });
    expect(port?.set('cmi.location', '/fr')).toEqual({ ok: true, value: 'true' });
  });

  it('takes an element never set (403) as empty, not as a failure', () => {
    const port = findScormApi(frameWindow({ API_1484_11: api2004() }));
    expect(port?.get('cmi.location')).toEqual({ ok: true, value: '' });
  });

  it('turns an LMS that throws into a general failure (101), never an exception', () => {
    const throwing = { ...api2004(), SetValue: () => { throw new Error('LMS crashed'); } };
    const port = findScormApi(frameWindow({ API_1484_11: throwing }));
    expect(port?.set('cmi.location', '/fr')).toEqual({ ok: false, call: 'SetValue', element: 'cmi.location', code: '101', text: 'LMS crashed' });
  });
});
