// The import worker's logic, independent of the Worker global so tests run it in-process: opens
// the database, imports the manifest's files (importer.ts) and reports progress and the end.
// Downloading, checking, parsing and storing the dialogues happens there, off the page's main
// thread (npm run bench:longtasks), without yielding between rows: nothing waits on it.
import {
  WorkerPort,
  WorkerStoppedError,
  type PortCall,
  type PortHandlers,
  type PortReply,
  type WorkerLike,
} from '../platform/worker-port';
import { openDataDatabase, type DataDB } from './db';
import { toDataError } from './errors';
import type { FetchFn } from './fetch-file';
import { toImportError } from './import-client';
import type {
  ImportDone,
  ImportRequest,
  ImportResults,
  PartProgress,
  StoreRequest,
  StoreResults,
} from './import-protocol';
import {
  importManifest,
  storeJob,
  type ImportProgress,
  type ImportTimings,
  type StoredPart,
  type StoreHelper,
} from './importer';

/** The import's helper worker as the import worker sees it (a `Worker`, or a fake in tests). */
export type HelperWorker = WorkerLike<PortCall<StoreRequest>, PortReply<StoredPart, PartProgress>>;

/** Imports `request.manifest`; fails with a DataError, whose `kind` reaches the page. */
export async function runImport(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
  options: { fetch?: FetchFn; signal?: AbortSignal; createHelper?: () => HelperWorker } = {},
): Promise<ImportDone> {
  const received = performance.timeOrigin + performance.now();
  const database = openDataDatabase(request.dbName ? { name: request.dbName } : {});
  try {
    let timings: ImportTimings | undefined;
    // The connection opens while the files download.
    const connection = database.connection();
    const helper = options.createHelper
      ? helperIn(options.createHelper, connection, request.dbName, options.fetch)
      : undefined;
    const current = await importManifest(connection, request.manifest, {
      baseUrl: request.baseUrl,
      fresh: request.fresh,
      onProgress,
      onTimings: (t) => (timings = t),
      ...(helper ? { helper } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (timings) timings.timeline.unshift(['received', received]);
    return { current, ...(timings ? { timings } : {}) };
  } catch (e) {
    throw toDataError(e);
  } finally {
    database.close();
  }
}

/**
 * A StoreHelper that runs each job in a new helper worker. Should the helper not start (its
 * script failed to load, say), this thread stores the job's files itself: slower, not broken.
 */
function helperIn(
  createHelper: () => HelperWorker,
  connection: Promise<DataDB>,
  dbName: string | undefined,
  fetchFn: FetchFn | undefined,
): StoreHelper {
  return async (job, run) => {
    const port = new WorkerPort<StoreRequest, StoreResults, PartProgress>(
      createHelper,
      'The import helper',
    );
    try {
      return await port.request(
        { type: 'store', job, ...(dbName ? { dbName } : {}) },
        { signal: run.signal, onProgress: run.onProgress },
      );
    } catch (error) {
      if (error instanceof WorkerStoppedError && !run.signal.aborted) {
        return storeJob(connection, job, { ...run, ...(fetchFn ? { fetch: fetchFn } : {}) });
      }
      throw toImportError(error);
    } finally {
      port.terminate();
    }
  };
}

/** The import worker's handlers for serve(); `createHelper` starts a helper worker. */
export function importHandlers(
  options: { fetch?: FetchFn; createHelper?: () => HelperWorker } = {},
): PortHandlers<ImportRequest, ImportResults, ImportProgress> {
  return {
    import: (request, { progress, signal }) =>
      runImport(request, (p) => progress(p), { ...options, signal }),
  };
}

/** The helper worker's handlers for serve(): stores one StoreJob on its own connection. */
export function storeHandlers(
  options: { fetch?: FetchFn } = {},
): PortHandlers<StoreRequest, StoreResults, PartProgress> {
  return {
    store: async (request, { progress, signal }) => {
      const database = openDataDatabase(request.dbName ? { name: request.dbName } : {});
      try {
        return await storeJob(database.connection(), request.job, {
          onProgress: (p) => progress(p),
          signal,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
      } catch (e) {
        throw toDataError(e);
      } finally {
        database.close();
      }
    },
  };
}
