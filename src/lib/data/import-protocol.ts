// Messages between the page and the import worker (src/workers/import.worker.ts): one import
// per worker. The worker answers with progress, then exactly one 'done' or 'error'.
import type { CurrentRecord } from './db';
import type { DataErrorKind } from './errors';
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

export type ImportResponse =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; current: CurrentRecord; timings?: ImportTimings }
  | { type: 'error'; kind: DataErrorKind; message: string };
