/**
 * Reader session state: the lesson section the learner is looking at. It lets the language
 * switch keep the learner at the same place. Not persisted here (progress is issue #4's).
 */
import { create } from 'zustand';

interface ReaderState {
  sectionId: string | null;
  setSection: (sectionId: string | null) => void;
}

export const useReaderStore = create<ReaderState>((set) => ({
  sectionId: null,
  setSection: (sectionId) => set({ sectionId }),
}));
