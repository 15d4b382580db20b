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
export type HelperWorker = WorkerLike<PortCall<StoreRequest>, PortReply<StoredPart, never>>;

/** Imports `request.manifest`; fails with a DataError, whose `kind` reaches the page. */
export async function runImport(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
  options: { fetch?: FetchFn; signal?: AbortSignal; createHelper?: () => HelperWorker } = {},
): Promise<ImportDone> {
  const received = performance.timeOrigin + performance.now();
  const database = openDataDatabase(request.dbName ? { name: request.dbName } : {});
  let helping: ReturnType<typeof helperIn> | null = null;
  try {
    let timings: ImportTimings | undefined;
    // The connection opens while the files download.
    const connection = database.connection();
    helping = options.createHelper
      ? helperIn(options.createHelper, connection, request.dbName)
      : null;
    const helper = helping?.helper;
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
    helping?.close();
    database.close();
  }
}

/**
 * A StoreHelper that stores each job in one helper worker, started at once (its start-up
 * overlaps the downloads). Should the helper stop (its script failed to load, say), this
 * thread stores the job itself: slower, not broken.
 */
function helperIn(
  createHelper: () => HelperWorker,
  connection: Promise<DataDB>,
  dbName: string | undefined,
): { helper: StoreHelper; close: () => void } {
  // Started now; a start that failed before the first job (its error event came before the
  // port listened) is replaced by a new one, whose failure the port then hears.
  let spare: { worker: HelperWorker; failed: boolean } | null = {
    worker: createHelper(),
    failed: false,
  };
  const ready = spare;
  ready.worker.addEventListener('error', () => (ready.failed = true));
  const port = new WorkerPort<StoreRequest, StoreResults>(() => {
    const taken = spare;
    spare = null;
    if (taken && !taken.failed) return taken.worker;
    taken?.worker.terminate();
    return createHelper();
  }, 'The import helper');
  const helper: StoreHelper = async (job, signal) => {
    try {
      return await port.request({ type: 'store', job, ...(dbName ? { dbName } : {}) }, { signal });
    } catch (error) {
      if (error instanceof WorkerStoppedError && !signal.aborted) {
        return storeJob(connection, job, signal);
      }
      throw toImportError(error);
    }
  };
  return {
    helper,
    close: () => {
      spare?.worker.terminate();
      port.terminate();
    },
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

/**
 * The helper worker's handlers for serve(): stores each StoreJob, on one connection for the
 * worker's life (one import; the import worker then terminates it).
 */
export function storeHandlers(): PortHandlers<StoreRequest, StoreResults> {
  let database: ReturnType<typeof openDataDatabase> | null = null;
  return {
    store: (request, { signal }) => {
      database ??= openDataDatabase(request.dbName ? { name: request.dbName } : {});
      return storeJob(database.connection(), request.job, signal);
    },
  };
}
