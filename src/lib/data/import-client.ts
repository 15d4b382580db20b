// Runs a dataset import in a worker (import-service.ts) and gives the page a promise, progress
// callbacks, cancellation (the worker is terminated) and DataErrors like an in-page import.
import type { CurrentRecord } from './db';
import { DataError } from './errors';
import type { ImportRequest, ImportResponse } from './import-protocol';
import type { ImportProgress, ImportTimings } from './importer';
import type { Manifest } from './manifest';

/** The part of `Worker` used here (an in-process fake in tests). */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent | Event) => void): void;
  terminate(): void;
}

export interface ImportRun {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  fresh?: boolean;
}

/** Imports `manifest` with the DataStore's settings; resolves to the new current record. */
export interface Importer {
  (manifest: Manifest, run: ImportRun): Promise<CurrentRecord>;
  /**
   * An import is likely (nothing is stored yet): get ready while the manifest downloads, so
   * that starting the worker is off the import's path.
   */
  prepare?(): void;
  /** No import came after `prepare()`: let go of what it got ready. */
  release?(): void;
}

export function workerImporter(
  createWorker: () => ImportWorkerLike,
  settings: { baseUrl: string; dbName?: string },
): Importer {
  let spare: { worker: ImportWorkerLike; failed: boolean } | null = null;
  const take = (): ImportWorkerLike => {
    const ready = spare;
    spare = null;
    if (ready && !ready.failed) return ready.worker;
    // A spare whose script failed to load would never answer: a new one reports why.
    ready?.worker.terminate();
    return createWorker();
  };
  const importer: Importer = (manifest, { onProgress, signal, fresh = false }) =>
    new Promise<CurrentRecord>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new DataError('aborted', 'The import was cancelled.'));
        return;
      }
      const started = performance.now();
      const worker = take();
      const finish = (settle: () => void) => {
        signal?.removeEventListener('abort', onAbort);
        worker.terminate();
        settle();
      };
      // The partial copy is left in the slot not in use; the next import clears it first.
      const onAbort = () =>
        finish(() => reject(new DataError('aborted', 'The import was cancelled.')));
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.addEventListener('message', ({ data }: MessageEvent<ImportResponse>) => {
        if (data.type === 'progress') onProgress?.(data.progress);
        else if (data.type === 'done') {
          if (data.timings) measure(started, data.timings);
          finish(() => resolve(data.current));
        } else finish(() => reject(new DataError(data.kind, data.message)));
      });
      worker.addEventListener('error', (event: ErrorEvent | Event) => {
        const detail = 'message' in event && event.message ? `: ${event.message}` : '';
        finish(() =>
          reject(
            new DataError(
              'unknown',
              `The dataset import stopped unexpectedly${detail}. The previous copy, if any, is still in use. Retry.`,
            ),
          ),
        );
      });
      worker.postMessage({
        type: 'import',
        manifest,
        // Absolute: the worker would resolve a relative URL from its own script's URL.
        baseUrl: new URL(settings.baseUrl, globalThis.location?.href).href,
        fresh,
        ...(settings.dbName ? { dbName: settings.dbName } : {}),
      });
    });
  importer.prepare = () => {
    if (spare) return;
    const ready = { worker: createWorker(), failed: false };
    ready.worker.addEventListener('error', () => (ready.failed = true));
    spare = ready;
  };
  importer.release = () => {
    spare?.worker.terminate();
    spare = null;
  };
  return importer;
}

/** Where the worker's time went, for npm run bench:data (worker start-up is the rest). */
function measure(start: number, detail: ImportTimings): void {
  try {
    performance.measure('bedside:data-import-worker', { start, detail: { ...detail } });
  } catch {
    // timings are only for the benchmark
  }
}
