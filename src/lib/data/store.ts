// The dataset on this device (IndexedDB `bedside-data`): decides when to import (importer.ts
// does the importing), and reads dialogues back for the views, Chat and Benchmark (reader.ts:
// by chunk, with the most recently used chunks kept in memory).
import {
  openDataDatabase,
  readCurrent,
  SLOTS,
  type CurrentRecord,
  type DataDatabase,
  type DataDB,
} from './db';
import { benchMark, benchMeasure } from './bench-marks';
import { DataError, toDataError } from './errors';
import type { FetchFn } from './fetch-file';
import { fetchManifest } from './fetch-manifest';
import type { Importer } from './import-client';
import type { ImportProgress } from './importer';
import { MANIFEST_FILE, type Manifest } from './manifest';
import type { Dialogue, Split } from './normalize';
import { DialogueReader } from './reader';

export type { ImportProgress } from './importer';

export interface DataStoreOptions {
  /** URL of the folder holding manifest.json, ending in `/` (e.g. `${BASE_URL}data/`). */
  baseUrl: string;
  fetch?: FetchFn;
  dbName?: string;
  /** Dialogues per stored record (layout.ts CHUNK_SIZE by default). */
  batchSize?: number;
  /** Dialogues decoded per task by an import on this thread (default 100). */
  chunkSize?: number;
  /**
   * Runs the import elsewhere, e.g. in a worker (import-client.ts), keeping the page's main
   * thread free. By default it runs here, on this store's connection.
   */
  importer?: Importer;
  /** Another tab keeps an older version of the database open, so this one must wait. */
  onBlocked?: () => void;
  /** Another tab upgraded (or deleted) the database; this tab closed its connection. */
  onOutdated?: () => void;
}

export interface ReadyResult {
  current: CurrentRecord;
  /** True when this call imported a new version. */
  imported: boolean;
  /** True when the manifest could not be fetched and the stored copy is used as is. */
  offline: boolean;
}

export interface ListOptions {
  /** Include rows with quality flags (default false). */
  includeFlagged?: boolean;
  datasets?: readonly string[];
  segments?: readonly string[];
}

const LOCK = 'bedside-data-import';
/** An import on the page's main thread yields after this many rows (see importer.ts). */
const MAIN_THREAD_CHUNK = 100;

export class DataStore {
  readonly #options: DataStoreOptions;
  readonly #database: DataDatabase;
  #reader: DialogueReader | null = null;
  #manifest: Promise<Manifest> | null = null;

  constructor(options: DataStoreOptions) {
    this.#options = options;
    this.#database = openDataDatabase({
      ...(options.dbName ? { name: options.dbName } : {}),
      onBlocked: () => this.#options.onBlocked?.(),
      onClosed: (reason) => {
        if (reason === 'versionchange') this.#options.onOutdated?.();
      },
    });
  }

  /** The connection; a failure to open it as a DataError. */
  async #connection(): Promise<DataDB> {
    try {
      return await this.#database.connection();
    } catch (e) {
      if (typeof indexedDB === 'undefined') {
        throw new DataError(
          'unsupported',
          'This browser offers no IndexedDB storage, so the dataset cannot be kept.',
        );
      }
      throw toDataError(e);
    }
  }

  /**
   * Runs `operation` on the connection; when another tab closed it meanwhile (it deleted the
   * database, say), on a new one.
   */
  async #run<T>(operation: (db: DataDB) => Promise<T>): Promise<T> {
    await this.#connection();
    return this.#database.run(operation);
  }

  #url(path: string): string {
    return `${this.#options.baseUrl}${path}`;
  }

  /**
   * Fetches and validates manifest.json, bypassing the HTTP cache. Calls without a signal
   * while one is under way share it (the first-visit notice and the import ask at once).
   */
  fetchManifest(signal?: AbortSignal): Promise<Manifest> {
    const url = this.#url(MANIFEST_FILE);
    if (signal) return fetchManifest(url, { fetch: this.#options.fetch, signal });
    this.#manifest ??= fetchManifest(url, { fetch: this.#options.fetch }).finally(
      () => (this.#manifest = null),
    );
    return this.#manifest;
  }

  /** The imported version in use, or null before the first import. */
  current(): Promise<CurrentRecord | null> {
    return this.#run(readCurrent);
  }

  /**
   * Makes sure the latest dataset is stored: fetches the manifest and imports when the
   * version differs. Offline with a stored copy, uses that copy. Safe to call concurrently
   * and from several tabs (imports are serialised with a Web Lock where available).
   */
  async ensure(
    options: {
      onProgress?: (p: ImportProgress) => void;
      signal?: AbortSignal;
      fresh?: boolean;
    } = {},
  ): Promise<ReadyResult> {
    // Open the database while the manifest downloads; with nothing stored (a first visit),
    // get the importer ready meanwhile too.
    const importer = this.#options.importer;
    const storedPromise = this.current();
    storedPromise.then(
      (stored) => {
        if (!stored) importer?.prepare?.();
      },
      () => {}, // awaited below
    );
    try {
      let manifest: Manifest;
      try {
        manifest = await this.fetchManifest(options.signal);
        benchMark('bedside:import:manifest');
      } catch (e) {
        const current = await storedPromise.catch(() => null);
        if (current && e instanceof DataError && (e.kind === 'offline' || e.kind === 'http')) {
          return { current, imported: false, offline: true };
        }
        throw e;
      }
      const stored = await storedPromise;
      if (stored?.version === manifest.version)
        return { current: stored, imported: false, offline: false };
      benchMark('bedside:import:stored');
      return await withLock(async () => {
        benchMark('bedside:import:locked');
        const again = await this.current();
        if (again?.version === manifest.version)
          return { current: again, imported: false, offline: false };
        const current = await this.import(manifest, options);
        return { current, imported: true, offline: false };
      });
    } finally {
      importer?.release?.();
    }
  }

  /** Imports `manifest`'s files. On any failure the previous version stays in use. */
  async import(
    manifest: Manifest,
    options: {
      onProgress?: (p: ImportProgress) => void;
      signal?: AbortSignal;
      fresh?: boolean;
    } = {},
  ): Promise<CurrentRecord> {
    if (this.#options.importer) return this.#options.importer(manifest, options);
    // On this thread (tests, no worker): its code loads then; the app imports in a worker.
    const { importManifest } = await import('./importer');
    // Not run again on a new connection: an import downloads, it is not a quick read.
    return importManifest(await this.#connection(), manifest, {
      ...options,
      baseUrl: this.#options.baseUrl,
      ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
      ...(this.#options.batchSize ? { batchSize: this.#options.batchSize } : {}),
      chunkSize: this.#options.chunkSize ?? MAIN_THREAD_CHUNK,
    });
  }

  /**
   * Runs `read` with the connection and a reader of the version in use (a new reader after
   * any import); `none` when nothing is stored.
   */
  #read<T>(read: (db: DataDB, reader: DialogueReader) => Promise<T>, none: T): Promise<T> {
    return this.#run(async (db) => {
      const current = await readCurrent(db);
      if (!current) {
        this.#reader = null;
        return none;
      }
      if (!this.#reader?.reads(current)) this.#reader = new DialogueReader(current);
      return read(db, this.#reader);
    });
  }

  /** One dialogue by id (`v2-1003`), or undefined. */
  async get(id: string): Promise<Dialogue | undefined> {
    return (await this.getMany([id]))[0];
  }

  /**
   * Dialogues by id, in the same order; missing ids give undefined. The dialogues are shared
   * with other callers (a cache): treat them as read-only.
   */
  async getMany(ids: readonly string[]): Promise<(Dialogue | undefined)[]> {
    const started = performance.now();
    const out = await this.#read(
      (db, reader) => reader.getMany(db, ids),
      ids.map(() => undefined),
    );
    benchMeasure('bedside:data-read', started, { ids: ids.length });
    return out;
  }

  /**
   * Every dialogue of a split (e.g. `test` for the benchmark), in dataset order. Flagged
   * rows are left out unless `includeFlagged`.
   */
  async listBySplit(split: Split, options: ListOptions = {}): Promise<Dialogue[]> {
    const found = await this.#read(
      async (db, reader) => ({
        rows: await reader.bySplit(db, split, options.datasets),
        datasets: reader.current.manifest.datasets,
      }),
      null,
    );
    if (!found) return [];
    const order = new Map(found.datasets.map((d, i) => [d.id, i]));
    return found.rows
      .filter(
        (d) =>
          (options.includeFlagged || d.flags.length === 0) &&
          (!options.segments || options.segments.includes(d.segment)),
      )
      .sort(
        (a, b) => (order.get(a.dataset) ?? 0) - (order.get(b.dataset) ?? 0) || a.index - b.index,
      );
  }

  /** How many dialogues are stored in the version in use. */
  count(): Promise<number> {
    return this.#read((db, reader) => reader.count(db), 0);
  }

  /** Deletes the stored dataset and search index from this device. */
  async clear(): Promise<void> {
    await this.#run(async (db) => {
      const tx = db.transaction(['meta', SLOTS[0], SLOTS[1], 'search-index'], 'readwrite');
      await Promise.all([
        tx.objectStore('meta').clear(),
        ...SLOTS.map((slot) => tx.objectStore(slot).clear()),
        tx.objectStore('search-index').clear(),
        tx.done,
      ]);
    });
    this.#reader = null;
  }

  close(): Promise<void> {
    this.#database.close();
    return Promise.resolve();
  }
}

/** Runs `task` under a cross-tab Web Lock when the browser has them. */
function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(LOCK, task) : task();
}
