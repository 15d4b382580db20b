// The browser's storage budget for this site (navigator.storage): how much is used, how much
// is allowed, whether the browser promised to keep it, and asking for that promise.

export interface StorageEstimate {
  /** Bytes this site uses: all its storage (models, dataset, conversations), as reported. */
  usage: number;
  quota: number;
  /** Whether the browser promised not to evict this site's data; null when it cannot say. */
  persisted: boolean | null;
}

/** The part of navigator.storage used here (a fake in tests). */
export interface StorageManagerLike {
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

function storageManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike);
}

/** Usage and quota for this site; null when the browser has no Storage API or will not say. */
export async function readStorageEstimate(
  storage: StorageManagerLike | undefined = storageManager(),
): Promise<StorageEstimate | null> {
  if (!storage?.estimate) return null;
  const estimate = await storage.estimate().catch(() => null);
  if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
  const persisted = storage.persisted ? await storage.persisted().catch(() => null) : null;
  return { usage: estimate.usage, quota: estimate.quota, persisted };
}

/** Asks the browser to keep this site's data under storage pressure. Resolves to the answer. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = storageManager(),
): Promise<boolean> {
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}
