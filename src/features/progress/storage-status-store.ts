/**
 * Session state of the learner's storage: the problem to show (if any) and whether the
 * browser granted persistent storage. Fed by src/db/storage.ts; nothing here is stored.
 */
import { create } from 'zustand';
import { onStorageProblem, type StorageProblem } from '@/db/storage';
import { requestPersistentStorage } from '@/db/storage-estimate';

interface StorageStatusState {
  problem: StorageProblem | null;
  persisted: boolean | undefined;
  dismiss: () => void;
  requestPersistence: () => Promise<void>;
}

const SEVERITY: Record<StorageProblem, number> = { failed: 1, quota: 2, unavailable: 3, outdated: 4 };

export const useStorageStatus = create<StorageStatusState>((set, get) => ({
  problem: null,
  persisted: undefined,
  dismiss: () => set({ problem: null }),
  requestPersistence: async () => {
    const persisted = await requestPersistentStorage();
    set({ persisted: persisted ?? get().persisted });
  },
}));

onStorageProblem((problem) => {
  const current = useStorageStatus.getState().problem;
  if (!current || SEVERITY[problem] >= SEVERITY[current]) useStorageStatus.setState({ problem });
});
