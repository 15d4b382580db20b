// Messages between the page and the import worker (src/workers/import.worker.ts), carried by
// WorkerPort / serve() (src/lib/platform/worker-port.ts): one request, answered with progress,
// then the new current record or a DataError (its `kind` crosses with it).
import type { CurrentRecord } from './db';
import type { ImportProgress, ImportTimings } from './importer';
import type { Manifest } from './manifest';

export interface ImportRequest {
  type: 'import';
  manifest: Manifest;
  /** URL of the folder holding the files, ending in `/`. */
  baseUrl: string;
  fresh: boolean;
  dbName?: string;
}

export interface ImportDone {
  current: CurrentRecord;
  /** Where the worker's time went, for npm run bench:data. */
  timings?: ImportTimings;
}

/** What each request answers. */
export interface ImportResults {
  import: ImportDone;
}

export type { ImportProgress };
