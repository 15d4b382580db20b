// The dataset on this device (IndexedDB `bedside-data`): decides when to import (importer.ts
// does the importing), and reads dialogues back for the views, Chat and Benchmark (reader.ts:
// by chunk, with the most recently used chunks kept in memory).
import { openDataDb, readCurrent, SLOTS, type CurrentRecord, type DataDB } from './db';
import { DataError, toDataError } from './errors';
import { fetchFile, type FetchFn } from './fetch-file';
import type { Importer } from './import-client';
import { importManifest, type ImportProgress } from './importer';
import { MANIFEST_FILE, ManifestError, parseManifest, type Manifest } from './manifest';
import type { Dialogue, Split } from './normalize';
import { DialogueReader } from './reader';

export type { ImportProgress } from './importer';

export interface StorageInfo {
  /** Bytes this site uses (all its storage, as the browser reports it). */
  usage: number;
  quota: number;
}

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
  /** Another tab upgraded the database; this tab closed its connection. */
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
  #db: Promise<DataDB> | null = null;
  #reader: DialogueReader | null = null;

  constructor(options: DataStoreOptions) {
    this.#options = options;
  }

  #open(): Promise<DataDB> {
    if (!this.#db) {
      const opening = openDataDb(
        {
          onBlocked: () => this.#options.onBlocked?.(),
          onVersionChange: () => {
            this.#db = null;
            this.#options.onOutdated?.();
          },
          onTerminated: () => {
            this.#db = null;
          },
        },
        this.#options.dbName,
      );
      this.#db = opening;
      opening.catch(() => {
        if (this.#db === opening) this.#db = null;
      });
    }
    return this.#db.catch((e: unknown) => {
      if (typeof indexedDB === 'undefined') {
        throw new DataError(
          'unsupported',
          'This browser offers no IndexedDB storage, so the dataset cannot be kept.',
        );
      }
      throw toDataError(e);
    });
  }

  #url(path: string): string {
    return `${this.#options.baseUrl}${path}`;
  }

  /** Fetches and validates manifest.json, bypassing the HTTP cache. */
  async fetchManifest(signal?: AbortSignal): Promise<Manifest> {
    const bytes = await fetchFile(this.#url(MANIFEST_FILE), {
      ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
      ...(signal ? { signal } : {}),
      cache: 'no-cache',
    });
    try {
      return parseManifest(JSON.parse(new TextDecoder().decode(bytes)));
    } catch (e) {
      const why = e instanceof ManifestError ? e.message : 'it is not valid JSON';
      throw new DataError('corrupt', `The dataset manifest could not be read: ${why}.`, {
        cause: e,
      });
    }
  }

  /** The imported version in use, or null before the first import. */
  async current(): Promise<CurrentRecord | null> {
    return readCurrent(await this.#open());
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
      return await withLock(async () => {
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
    return importManifest(await this.#open(), manifest, {
      ...options,
      baseUrl: this.#options.baseUrl,
      ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
      ...(this.#options.batchSize ? { batchSize: this.#options.batchSize } : {}),
      chunkSize: this.#options.chunkSize ?? MAIN_THREAD_CHUNK,
    });
  }

  /** The connection and a reader of the version in use (a new one after any import). */
  async #slot(): Promise<{ db: DataDB; reader: DialogueReader } | null> {
    const db = await this.#open();
    const current = await readCurrent(db);
    if (!current) {
      this.#reader = null;
      return null;
    }
    if (!this.#reader?.reads(current)) this.#reader = new DialogueReader(current);
    return { db, reader: this.#reader };
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
    const s = await this.#slot();
    if (!s) return ids.map(() => undefined);
    const out = await s.reader.getMany(s.db, ids);
    measure('bedside:data-read', started, { ids: ids.length });
    return out;
  }

  /**
   * Every dialogue of a split (e.g. `test` for the benchmark), in dataset order. Flagged
   * rows are left out unless `includeFlagged`.
   */
  async listBySplit(split: Split, options: ListOptions = {}): Promise<Dialogue[]> {
    const s = await this.#slot();
    if (!s) return [];
    const rows = await s.reader.bySplit(s.db, split, options.datasets);
    const order = new Map(s.reader.current.manifest.datasets.map((d, i) => [d.id, i]));
    return rows
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
  async count(): Promise<number> {
    const s = await this.#slot();
    return s ? s.reader.count(s.db) : 0;
  }

  /** What this site stores in the browser, when the browser says. */
  async storage(): Promise<StorageInfo | null> {
    const storage = (globalThis.navigator as Navigator | undefined)?.storage;
    const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
    if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
    return { usage: estimate.usage, quota: estimate.quota };
  }

  /** Deletes the stored dataset and search index from this device. */
  async clear(): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(['meta', SLOTS[0], SLOTS[1], 'search-index'], 'readwrite');
    await Promise.all([
      tx.objectStore('meta').clear(),
      ...SLOTS.map((slot) => tx.objectStore(slot).clear()),
      tx.objectStore('search-index').clear(),
      tx.done,
    ]);
    this.#reader = null;
  }

  async close(): Promise<void> {
    const db = this.#db;
    this.#db = null;
    if (db) (await db.catch(() => null))?.close();
  }
}

/** A `performance.measure` for the benchmark scripts (npm run bench:data); optional. */
function measure(name: string, start: number, detail: Record<string, unknown>): void {
  try {
    performance.measure(name, { start, detail });
  } catch {
    // timings are only for the benchmark
  }
}

/** Runs `task` under a cross-tab Web Lock when the browser has them. */
function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(LOCK, task) : task();
}
