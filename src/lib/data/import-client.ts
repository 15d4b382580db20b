// Runs a dataset import in a worker (import-service.ts) through a WorkerPort, and gives the page
// a promise, progress callbacks, cancellation (the worker is terminated) and DataErrors like an
// in-page import.
import {
  WorkerPort,
  WorkerRequestError,
  WorkerStoppedError,
  type PortCall,
  type PortReply,
  type WorkerLike,
} from '../platform/worker-port';
import { benchMark, benchMeasure } from './bench-marks';
import type { CurrentRecord } from './db';
import { DataError, type DataErrorKind } from './errors';
import type { ImportDone, ImportRequest, ImportResults } from './import-protocol';
import type { ImportProgress, ImportTimings } from './importer';
import type { Manifest } from './manifest';

/** The import worker as the page sees it (a `Worker`, or an in-process fake in tests). */
export type ImportWorker = WorkerLike<
  PortCall<ImportRequest>,
  PortReply<ImportDone, ImportProgress>
>;

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

const KINDS: readonly DataErrorKind[] = [
  'offline',
  'http',
  'corrupt',
  'quota',
  'blocked',
  'outdated',
  'unsupported',
  'aborted',
  'unknown',
];

const cancelled = () => new DataError('aborted', 'The import was cancelled.');

/** What the port rejected with, as the DataError an import on the page would have thrown. */
function toImportError(error: unknown): DataError {
  if (error instanceof DOMException && error.name === 'AbortError') return cancelled();
  if (error instanceof WorkerRequestError) {
    const kind = KINDS.find((k) => k === error.kind) ?? 'unknown';
    return new DataError(kind, error.message);
  }
  const why = error instanceof Error ? error.message : String(error);
  if (error instanceof WorkerStoppedError) {
    return new DataError('unknown', `${why} The previous copy, if any, is still in use. Retry.`, {
      cause: error,
    });
  }
  return new DataError('unknown', `The dataset import failed: ${why}`, { cause: error });
}

export function workerImporter(
  createWorker: () => ImportWorker,
  settings: { baseUrl: string; dbName?: string },
): Importer {
  let spare: { worker: ImportWorker; failed: boolean } | null = null;
  const take = (): ImportWorker => {
    const ready = spare;
    spare = null;
    if (ready && !ready.failed) return ready.worker;
    // A spare whose script failed to load would never answer: a new one reports why.
    ready?.worker.terminate();
    return createWorker();
  };
  const importer: Importer = async (manifest, { onProgress, signal, fresh = false }) => {
    if (signal?.aborted) throw cancelled();
    const started = performance.now();
    benchMark('bedside:import:posted');
    // One import per worker: it is terminated after, which also stops a cancelled one (the
    // partial copy is left in the slot not in use; the next import clears it first).
    const port = new WorkerPort<ImportRequest, ImportResults, ImportProgress>(
      take,
      'The dataset import',
    );
    try {
      const done = await port.request(
        {
          type: 'import',
          manifest,
          // Absolute: the worker would resolve a relative URL from its own script's URL.
          baseUrl: new URL(settings.baseUrl, globalThis.location?.href).href,
          fresh,
          ...(settings.dbName ? { dbName: settings.dbName } : {}),
        },
        { ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) },
      );
      benchMark('bedside:import:answered');
      if (done.timings) measure(started, done.timings);
      return done.current;
    } catch (error) {
      throw toImportError(error);
    } finally {
      port.terminate();
    }
  };
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

/**
 * Where the worker's time went, for npm run bench:data (worker start-up is the rest): a
 * measure, and a mark `bedside:import:<step>` on the page's clock for each step the worker
 * timed.
 */
function measure(start: number, detail: ImportTimings): void {
  benchMeasure('bedside:data-import-worker', start, { ...detail });
  for (const [step, at] of detail.timeline) {
    benchMark(`bedside:import:${step}`, at - performance.timeOrigin);
  }
}
