// The import worker's logic, independent of the Worker global so tests run it in-process: opens
// the database, imports the manifest's files (importer.ts) and reports progress and the end.
// Downloading, checking, parsing and storing the dialogues happens there, off the page's main
// thread (npm run bench:longtasks), without yielding between rows: nothing waits on it.
import type { PortHandlers } from '../platform/worker-port';
import { openDataDatabase } from './db';
import { toDataError } from './errors';
import type { FetchFn } from './fetch-file';
import type { ImportDone, ImportRequest, ImportResults } from './import-protocol';
import { importManifest, type ImportProgress, type ImportTimings } from './importer';

/** Imports `request.manifest`; fails with a DataError, whose `kind` reaches the page. */
export async function runImport(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
  options: { fetch?: FetchFn; signal?: AbortSignal } = {},
): Promise<ImportDone> {
  const received = performance.timeOrigin + performance.now();
  const database = openDataDatabase(request.dbName ? { name: request.dbName } : {});
  try {
    let timings: ImportTimings | undefined;
    // The connection opens while the files download.
    const current = await importManifest(database.connection(), request.manifest, {
      baseUrl: request.baseUrl,
      fresh: request.fresh,
      onProgress,
      onTimings: (t) => (timings = t),
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

/** The worker's handlers for serve(). */
export function importHandlers(
  options: { fetch?: FetchFn } = {},
): PortHandlers<ImportRequest, ImportResults, ImportProgress> {
  return {
    import: (request, { progress, signal }) =>
      runImport(request, (p) => progress(p), { ...options, signal }),
  };
}
