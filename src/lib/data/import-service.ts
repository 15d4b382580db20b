// The import worker's logic, independent of the Worker global so tests run it in-process: opens
// the database, imports the manifest's files (importer.ts) and reports progress and the end.
// Downloading, checking, parsing and storing 6 MB of dialogues happens there, off the page's
// main thread (npm run bench:longtasks), without yielding between rows: nothing waits on it.
import { openDataDb } from './db';
import { toDataError } from './errors';
import type { FetchFn } from './fetch-file';
import type { ImportRequest, ImportResponse } from './import-protocol';
import { importManifest, type ImportTimings } from './importer';

export async function runImport(
  request: ImportRequest,
  post: (message: ImportResponse) => void,
  options: { fetch?: FetchFn } = {},
): Promise<void> {
  try {
    const db = await openDataDb({}, request.dbName);
    try {
      let timings: ImportTimings | undefined;
      const current = await importManifest(db, request.manifest, {
        baseUrl: request.baseUrl,
        fresh: request.fresh,
        onProgress: (progress) => post({ type: 'progress', progress }),
        onTimings: (t) => (timings = t),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      post({ type: 'done', current, ...(timings ? { timings } : {}) });
    } finally {
      db.close();
    }
  } catch (e) {
    const error = toDataError(e);
    post({ type: 'error', kind: error.kind, message: error.message });
  }
}
