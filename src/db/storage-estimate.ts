// What the browser says about this site's storage: space used, and whether it is kept for good.
/** Bytes used and available for this site, and whether the browser keeps them for sure. */
export async function storageEstimate(): Promise<{ usage?: number; quota?: number; persisted?: boolean }> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage) return {};
  const [estimate, persisted] = await Promise.all([storage.estimate?.().catch(() => undefined), storage.persisted?.().catch(() => undefined)]);
  return { ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}), ...(estimate?.quota !== undefined ? { quota: estimate.quota } : {}), ...(persisted !== undefined ? { persisted } : {}) };
}

/** Asks the browser not to evict the learner's data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage?.persist ? storage.persist().catch(() => undefined) : undefined;
}
