// The import worker's logic, independent of the Worker global so tests run it in-process: opens
// the database, imports the manifest's files (importer.ts) and reports progress and the end.
// Downloading, checking, parsing and storing 6 MB of dialogues happens there, off the page's
// main thread (npm run bench:longtasks).
import { openDataDb } from './db';
import { toDataError } from './errors';
import type { FetchFn } from './fetch-file';
import type { ImportRequest, ImportResponse } from './import-protocol';
import { importManifest } from './importer';

const WORKER_CHUNK_SIZE = 1000;

export async function runImport(
  request: ImportRequest,
  post: (message: ImportResponse) => void,
  options: { fetch?: FetchFn } = {},
): Promise<void> {
  try {
    const db = await openDataDb({}, request.dbName);
    try {
      const current = await importManifest(db, request.manifest, {
        baseUrl: request.baseUrl,
        fresh: request.fresh,
        // In a worker, long tasks do not block the page: write whole batches at once
        // (small chunks exist for an import on the main thread, and cost ~0.6 s here).
        chunkSize: WORKER_CHUNK_SIZE,
        onProgress: (progress) => post({ type: 'progress', progress }),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      post({ type: 'done', current });
    } finally {
      db.close();
    }
  } catch (e) {
    const error = toDataError(e);
    post({ type: 'error', kind: error.kind, message: error.message });
  }
}
