/**
 * Session state of delivery to the LRS: whether the site's config.json could be read. Nothing
 * here is stored (the outbox and the sender's state live in IndexedDB).
 */
import { create } from 'zustand';

interface LrsState {
  /** Why the site's config.json was not used, and whether a last good copy is. */
  configProblem: { problem: 'notJson' | 'invalid'; path: string; kept: boolean } | null;
  setConfigProblem: (problem: LrsState['configProblem']) => void;
}

export const useLrsStore = create<LrsState>((set) => ({
  configProblem: null,
  setConfigProblem: (configProblem) => set({ configProblem }),
}));
