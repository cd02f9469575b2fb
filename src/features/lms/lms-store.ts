/**
 * The LMS session as the page shows it: which LMS the package talks to, the last problem it
 * answered (with its code and words), whether the session has ended. The session itself lives
 * in scorm-session.ts (or cmi5-session.ts); the learner's progress stays in IndexedDB.
 */
import { create } from 'zustand';

export type LmsKind = 'none' | 'scorm2004' | 'scorm12' | 'cmi5';

export interface LmsProblem {
  /** The call that failed (`Commit`, `SetValue cmi.location`, `POST statements`…). */
  call: string;
  code: string;
  /** The LMS's own words for it, if it gave any. */
  text: string;
}

export interface LmsActions {
  retry: () => Promise<boolean>;
  exit: () => Promise<void>;
}

interface LmsState {
  kind: LmsKind;
  problem: LmsProblem | null;
  /** The last retry worked: say so until the next problem. */
  recovered: boolean;
  phase: 'running' | 'exiting' | 'ended';
  /**
   * How the session ended: by Exit; by the page being left (closed, or reloaded from the
   * browser's button); or at once, because the page runs on another learner database than the
   * LMS's learner's (the course must be opened again from the LMS).
   */
  endedBy?: 'exit' | 'left' | 'relaunch';
  /** Where the LMS wants the learner after exit (cmi5's returnURL). */
  returnUrl?: string;
  actions: LmsActions | null;
  connect: (kind: LmsKind, actions: LmsActions, returnUrl?: string) => void;
  report: (problem: LmsProblem | null) => void;
  setPhase: (phase: LmsState['phase']) => void;
  /** The session ended (the LMS will take nothing more from it). */
  end: (by: NonNullable<LmsState['endedBy']>, returnUrl?: string) => void;
  retry: () => Promise<void>;
  exit: () => Promise<void>;
}

export const useLmsStore = create<LmsState>((set, get) => ({
  kind: 'none',
  problem: null,
  recovered: false,
  phase: 'running',
  actions: null,
  connect: (kind, actions, returnUrl) => set({ kind, actions, ...(returnUrl ? { returnUrl } : {}) }),
  // A problem solved (by a retry, or by the next change the LMS takes) is said to be solved.
  report: (problem) => set((state) => ({ problem, recovered: problem === null ? state.problem !== null || state.recovered : false })),
  setPhase: (phase) => set({ phase }),
  // (A session ended for a new launch did not send anything again: no "sent again".)
  end: (by, returnUrl) => set({ phase: 'ended', endedBy: by, ...(by === 'relaunch' ? { recovered: false } : {}), ...(returnUrl ? { returnUrl } : {}) }),
  retry: async () => {
    const ok = await get().actions?.retry();
    // A retry that finished an Exit ends the session (the LMS now has everything).
    if (ok) set((state) => ({ problem: null, recovered: true, ...(state.phase === 'exiting' ? { phase: 'ended' as const } : {}) }));
    return;
  },
  exit: async () => {
    if (get().phase !== 'running') return;
    set({ phase: 'exiting' });
    await get().actions?.exit();
    // An LMS that did not take it all: still exiting (the problem shows, with its retry), never
    // "ended and saved".
    if (get().phase === 'exiting' && get().problem === null) set({ phase: 'ended' });
  },
}));
