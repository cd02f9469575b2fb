import { beforeEach, describe, expect, it } from 'vitest';
import { useLmsStore } from './lms-store';

const problem = { call: 'POST statements', code: '503', text: '' };

describe('the LMS bar’s Exit', () => {
  beforeEach(() => useLmsStore.setState({ kind: 'none', problem: null, recovered: false, phase: 'running', actions: null }));

  it('ends the session once the LMS took everything', async () => {
    useLmsStore.getState().connect('scorm2004', { retry: async () => true, exit: async () => undefined });
    await useLmsStore.getState().exit();
    expect(useLmsStore.getState().phase).toBe('ended');
  });

  it('never says "ended" while the LMS refused what Exit sent: it stays exiting, with the problem, until a retry gets it through', async () => {
    let refuse = true;
    useLmsStore.getState().connect('cmi5', {
      retry: async () => !refuse,
      exit: async () => useLmsStore.getState().report(problem),
    });
    await useLmsStore.getState().exit();
    expect(useLmsStore.getState()).toMatchObject({ phase: 'exiting', problem });
    await useLmsStore.getState().retry();
    expect(useLmsStore.getState()).toMatchObject({ phase: 'exiting', problem });
    refuse = false;
    await useLmsStore.getState().retry();
    expect(useLmsStore.getState()).toMatchObject({ phase: 'ended', problem: null, recovered: true });
  });

  it('ends a session for a new launch without saying anything was sent again', async () => {
    useLmsStore.getState().report(problem);
    useLmsStore.getState().connect('scorm2004', {
      retry: async () => {
        useLmsStore.getState().report(null);
        useLmsStore.getState().end('relaunch');
        return false;
      },
      exit: async () => undefined,
    });
    await useLmsStore.getState().retry();
    expect(useLmsStore.getState()).toMatchObject({ phase: 'ended', endedBy: 'relaunch', problem: null, recovered: false });
  });
});
