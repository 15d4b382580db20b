// One download of a model at a time, across every tab of this site. WebLLM writes a model's
// files into shared IndexedDB databases; two tabs downloading the same model, or one deleting
// it while another downloads, would leave a mix of files. A Web Lock per model id serialises
// them: a second tab waits in the queue (and says so), then finds the files already there.
import { CancelledError } from './engine';

export const modelLockName = (modelId: string) => `bedside:model-download:${modelId}`;

/** The part of navigator.locks used here. */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<T> | T,
  ): Promise<T>;
}

export function browserLocks(): LockManagerLike | undefined {
  return (globalThis.navigator as Navigator | undefined)?.locks as LockManagerLike | undefined;
}

/** Thrown when a model cannot be changed now because another tab is downloading it. */
export class ModelBusyError extends Error {
  constructor(modelId: string) {
    super(`ModelBusyError: another tab is downloading ${modelId}.`);
    this.name = 'ModelBusyError';
  }
}

const NOT_TAKEN = Symbol('not taken');

/**
 * Runs `task` holding the model's lock. When another tab holds it, calls `onWaiting` and waits
 * its turn; aborting `signal` while waiting rejects with CancelledError. Without Web Locks
 * (old browsers) the task simply runs.
 */
export async function withModelLock<T>(
  modelId: string,
  task: () => Promise<T>,
  options: { locks?: LockManagerLike; signal?: AbortSignal; onWaiting?: () => void } = {},
): Promise<T> {
  const { locks = browserLocks(), signal, onWaiting } = options;
  if (!locks) return task();
  const name = modelLockName(modelId);
  const first = await locks.request<T | typeof NOT_TAKEN>(name, { ifAvailable: true }, (lock) =>
    lock ? task() : NOT_TAKEN,
  );
  if (first !== NOT_TAKEN) return first;
  onWaiting?.();
  if (signal?.aborted) throw new CancelledError();
  try {
    return await locks.request<T>(name, signal ? { signal } : {}, () => task());
  } catch (error) {
    if (signal?.aborted) throw new CancelledError();
    throw error;
  }
}

/** Runs `task` only if no tab holds the model's lock; else throws ModelBusyError. */
export async function whenModelIdle<T>(
  modelId: string,
  task: () => Promise<T>,
  locks: LockManagerLike | undefined = browserLocks(),
): Promise<T> {
  if (!locks) return task();
  const result = await locks.request<T | typeof NOT_TAKEN>(
    modelLockName(modelId),
    { ifAvailable: true },
    (lock) => (lock ? task() : NOT_TAKEN),
  );
  if (result === NOT_TAKEN) throw new ModelBusyError(modelId);
  return result;
}
