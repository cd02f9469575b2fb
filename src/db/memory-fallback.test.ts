import { liveQuery } from 'dexie';
import { expect, it } from 'vitest';

// No fake-indexeddb/auto here: this file runs as a browser without IndexedDB.
it('without IndexedDB, opens a memory-only database that live queries can watch', async () => {
  expect(globalThis.indexedDB).toBeUndefined();
  const problems: string[] = [];
  const { openStorage, onStorageProblem, getDb } = await import('./storage');
  onStorageProblem((problem) => problems.push(problem));
  await openStorage();
  expect(problems).toEqual(['unavailable']);
  const { createAttempt, getLatestAttempt } = await import('./quiz-repository');
  const seen = new Promise((resolve, reject) => {
    const subscription = liveQuery(() => getLatestAttempt('final')).subscribe({
      next: (attempt) => {
        if (attempt) {
          subscription.unsubscribe();
          resolve(attempt.id);
        }
      },
      error: reject,
    });
  });
  await createAttempt({ id: 'm1', quizId: 'final', mode: 'exam', seed: 1, lang: 'en', questionIds: [], questions: [], contentVersion: 'c'.repeat(64), generatorVersion: 1, responses: {}, current: 0, startedAt: 1 });
  expect(await seen).toBe('m1');
  expect(getDb().isOpen()).toBe(true);
});
