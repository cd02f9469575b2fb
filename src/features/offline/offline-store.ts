/**
 * Session state for offline use: whether a quiz question is on screen (an update must not
 * interrupt it). Set by the quiz page; nothing here is stored.
 */
import { create } from 'zustand';

interface OfflineState {
  questionOnScreen: boolean;
  setQuestionOnScreen: (onScreen: boolean) => void;
}

export const useOfflineStore = create<OfflineState>((set) => ({
  questionOnScreen: false,
  setQuestionOnScreen: (questionOnScreen) => set({ questionOnScreen }),
}));
