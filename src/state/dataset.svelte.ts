import type { CurrentRecord } from '../lib/data/db';
import { DataError, toDataError } from '../lib/data/errors';
import { workerImporter, type ImportWorker } from '../lib/data/import-client';
import type { Manifest } from '../lib/data/manifest';
import type { Dialogue, Split } from '../lib/data/normalize';
import { DataStore, type ImportProgress, type ListOptions } from '../lib/data/store';
import { perFrame } from '../lib/per-frame';
import { readStorageEstimate, type StorageEstimate } from '../lib/platform/storage';
import {
  SearchClient,
  SearchError,
  type IndexProgress,
  type WorkerLike,
} from '../lib/search/client';
import type { RetrievedCase } from '../lib/chat/types';
import type { OpenResult, SearchHit, SearchQuery, SearchResult } from '../lib/search/protocol';
import { defineContext } from './context';
import { DatasetBrowser } from './dataset-browser.svelte';

export type DatasetStatus = 'idle' | 'checking' | 'importing' | 'indexing' | 'ready' | 'error';

/** A page of search results, each hit with its dialogue, in result order. */
export interface FoundPage {
  result: SearchResult;
  items: { hit: SearchHit; dialogue: Dialogue }[];
}

function createImportWorker(): ImportWorker {
  return new Worker(new URL('../workers/import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'dataset-import',
  });
}

function createSearchWorker(): WorkerLike {
  return new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The dataset on this device: imports it when needed (with progress), opens the search
 * index, and offers the reads Chat and Benchmark use. `ensureReady()` is safe to call from
 * any view, any number of times.
 */
export class DatasetState {
  status: DatasetStatus = $state('idle');
  progress: ImportProgress | null = $state.raw(null);
  indexProgress: IndexProgress | null = $state.raw(null);
  error: DataError | null = $state.raw(null);
  /** The latest manifest known: fetched from the server, else the stored one. */
  manifest: Manifest | null = $state.raw(null);
  current: CurrentRecord | null = $state.raw(null);
  index: OpenResult | null = $state.raw(null);
  storage: StorageEstimate | null = $state.raw(null);
  /** True when the server could not be reached and the stored copy is in use. */
  offline = $state(false);
  /** Another tab keeps the database at an older version. */
  blocked = $state(false);
  lastImport: { ms: number; rows: number; bytes: number } | null = $state.raw(null);

  readonly store: DataStore;
  readonly search: SearchClient;
  readonly browse: DatasetBrowser;
  #ready: Promise<void> | null = null;
  #fresh = false;

  constructor(options: { store?: DataStore; search?: SearchClient; baseUrl?: string } = {}) {
    const baseUrl = options.baseUrl ?? `${import.meta.env.BASE_URL}data/`;
    this.store =
      options.store ??
      new DataStore({
        baseUrl,
        // Download, check, parse and store in a worker: the page stays responsive.
        importer: workerImporter(createImportWorker, { baseUrl }),
        onBlocked: () => (this.blocked = true),
        onOutdated: () => {
          this.#ready = null;
          this.error = new DataError(
            'outdated',
            'Bedside was updated in another tab, which needs the stored data. Reload this tab to continue.',
          );
          this.status = 'error';
        },
      });
    this.search = options.search ?? new SearchClient(createSearchWorker);
    this.browse = new DatasetBrowser(this);
  }

  /** Bytes the first import downloads, once the manifest is known (for the first-visit notice). */
  get downloadBytes(): number | null {
    return this.manifest?.totals.bytes ?? null;
  }

  get ready(): boolean {
    return this.status === 'ready';
  }

  /** Fetches only the manifest (a few kB), e.g. to show the download size before importing. */
  async loadManifest(): Promise<Manifest | null> {
    if (this.manifest) return this.manifest;
    try {
      this.manifest = await this.store.fetchManifest();
    } catch {
      // Shown as "size shown before download"; ensureReady reports real errors.
    }
    return this.manifest;
  }

  /** Imports the dataset if this device lacks the current version, then opens the search index. */
  ensureReady(): Promise<void> {
    if (!this.#ready) {
      const attempt = this.#prepare();
      this.#ready = attempt;
      attempt.catch(() => {
        if (this.#ready === attempt) this.#ready = null;
      });
    }
    return this.#ready;
  }

  /**
   * Resolves once the download, import and index build under way, if any, are over (however
   * they ended); at once when none is. Work that can wait (the service worker's precache,
   * ~1.3 s of CPU) waits for it instead of competing for the cores.
   */
  settled(): Promise<void> {
    return (this.#ready ?? Promise.resolve()).then(
      () => {},
      () => {},
    );
  }

  /** Tries again after an error, downloading the files afresh (not from the HTTP cache). */
  retry(): Promise<void> {
    this.#fresh = true;
    this.#ready = null;
    return this.ensureReady();
  }

  async #prepare(): Promise<void> {
    this.error = null;
    this.status = 'checking';
    // The worker reports every few hundred rows and network chunks: one render per frame.
    const progress = perFrame((p: ImportProgress) => {
      this.status = 'importing';
      this.progress = p;
    });
    try {
      const started = performance.now();
      const result = await this.store.ensure({
        fresh: this.#fresh,
        onProgress: (p) => progress.push(p),
      });
      progress.flush();
      this.#fresh = false;
      this.current = result.current;
      this.offline = result.offline;
      this.blocked = false;
      if (!this.manifest || this.manifest.version !== result.current.version || result.offline) {
        this.manifest = result.current.manifest;
      }
      if (result.imported) {
        const m = result.current.manifest;
        this.lastImport = {
          ms: performance.now() - started,
          rows: m.totals.dialogues,
          bytes: m.totals.bytes,
        };
        // For the benchmark script (scripts/bench-data.ts); optional where unsupported.
        try {
          performance.measure('bedside:data-import', {
            start: started,
            detail: { ...this.lastImport },
          });
        } catch {
          // timings are only for the benchmark
        }
      }
      this.status = 'indexing';
      this.index = await this.#openIndex(result.current.version);
      this.indexProgress = null;
      this.status = 'ready';
      void this.refreshStorage();
      void this.browse.refresh();
    } catch (e) {
      progress.cancel();
      this.error =
        e instanceof SearchError
          ? new DataError('unknown', `The search index could not be opened: ${e.message}`, {
              cause: e,
            })
          : toDataError(e);
      this.status = 'error';
      throw this.error;
    }
  }

  async #openIndex(version: string): Promise<OpenResult> {
    const onProgress = (p: IndexProgress) => (this.indexProgress = p);
    try {
      return await this.search.open(version, { onProgress });
    } catch (e) {
      // The worker died: one fresh worker gets one more try.
      if (e instanceof SearchError && e.kind === 'crashed')
        return this.search.open(version, { onProgress });
      throw e;
    }
  }

  async refreshStorage(): Promise<void> {
    this.storage = await readStorageEstimate().catch(() => null);
  }

  /** Deletes the dataset and its search index from this device (imported again on next use). */
  async deleteLocalCopy(): Promise<void> {
    this.search.dispose();
    await this.store.clear();
    this.#ready = null;
    this.current = null;
    this.index = null;
    this.progress = null;
    this.status = 'idle';
    await this.refreshStorage();
  }

  // ——— Reads for Chat and Benchmark ———

  /**
   * A page of dialogues matching a query (the Dataset view's list). Aborting `signal` (a newer
   * query superseded this one) cancels the search and skips reading its page of dialogues.
   */
  async findPage(query: SearchQuery, signal?: AbortSignal): Promise<FoundPage> {
    // With the index open, the query is posted before this returns: the worker searches while
    // the page renders what the keystroke changed, instead of after it.
    const options = signal ? { signal } : {};
    const asked =
      this.status === 'ready'
        ? this.search.query(query, options)
        : this.ensureReady().then(() => this.search.query(query, options));
    const result = await asked;
    signal?.throwIfAborted();
    const found = await this.store.getMany(result.hits.map((h) => h.id));
    const items = result.hits.flatMap((hit, i) => {
      const dialogue = found[i];
      return dialogue ? [{ hit, dialogue }] : [];
    });
    return { result, items };
  }

  /** One dialogue by id (e.g. `v2-1003`), or undefined. Imports first if needed. */
  async getDialogue(id: string): Promise<Dialogue | undefined> {
    await this.ensureReady();
    return this.store.get(id);
  }

  /** Every dialogue of a split, in dataset order; flagged rows only with `includeFlagged`. */
  async listSplit(split: Split, options: ListOptions = {}): Promise<Dialogue[]> {
    await this.ensureReady();
    return this.store.listBySplit(split, options);
  }

  /**
   * The Chat's similar cases for a message (src/lib/chat/retrieval.ts: pool, k, minimum,
   * crisis rule), answered by the search worker from memory.
   */
  retrieve(text: string): Promise<RetrievedCase[]> {
    // Asked at once when the index is open: awaiting here would let the page render the
    // question first and post the search only then.
    if (this.status === 'ready') return this.search.retrieve(text);
    return this.ensureReady().then(() => this.search.retrieve(text));
  }
}

export const datasetContext = defineContext<DatasetState>(
  'DatasetState (the dataset on this device)',
);
