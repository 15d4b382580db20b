import { SvelteSet } from 'svelte/reactivity';
import { ModelCache, type CacheStatus } from '../../lib/engine/cache';
import { describeFailure, type EngineFailure } from '../../lib/engine/errors';
import type { ModelDb } from '../../lib/engine/model-db';
import { ModelBusyError, whenModelIdle, type LockManagerLike } from '../../lib/engine/model-lock';
import type { ModelEntry } from '../../lib/engine/registry';
import {
  readStorageEstimate,
  requestPersistentStorage,
  type StorageEstimate,
} from '../../lib/platform/storage';
import type { ModelCatalog } from './catalog.svelte';

/** A model's files on this device; broken: all there, but the last load failed on them. */
export type ModelCacheStatus = CacheStatus | 'broken';

export interface ModelStorageDeps {
  catalog: Pick<ModelCatalog, 'models' | 'model' | 'ready'>;
  cache?: Pick<ModelCache, 'status' | 'delete'>;
  db: Pick<ModelDb, 'downloads' | 'setDownload' | 'clearDownload'>;
  estimate?: { read(): Promise<StorageEstimate | null>; persist(): Promise<boolean> };
  /** Cross-tab locks (navigator.locks): files are never deleted under another tab's download. */
  locks?: LockManagerLike | undefined;
  /**
   * Makes this tab stop using a model before its files go (EngineRuntime.release): cancels
   * its download, unloads it.
   */
  release?: (modelId: string) => Promise<void>;
}

/**
 * The models' files on this device: which are downloaded (and which failed to load), deleting
 * them, and the browser's storage budget (estimate, persistent storage).
 */
export class ModelStorage {
  #cacheStatus: Record<string, ModelCacheStatus> = $state.raw({});
  #estimate: StorageEstimate | null = $state.raw(null);
  /** Why the last deletion did not happen (another tab is downloading the model). */
  #failure: EngineFailure | null = $state.raw(null);
  readonly ready: Promise<void>;
  #deps: ModelStorageDeps;
  #cache: Pick<ModelCache, 'status' | 'delete'>;
  #budget: NonNullable<ModelStorageDeps['estimate']>;
  /** Models whose files are all there but whose last load failed on them. */
  #failedLoads = new SvelteSet<string>();
  #refreshSeq = 0;

  readonly downloadedCount: number = $derived(
    Object.values(this.#cacheStatus).filter(
      (s) => s === 'cached' || s === 'partial' || s === 'broken',
    ).length,
  );

  constructor(deps: ModelStorageDeps) {
    this.#deps = deps;
    // Every model the catalog knows, custom ones too: a delete keeps a shared model library.
    this.#cache = deps.cache ?? new ModelCache({ models: () => deps.catalog.models });
    this.#budget = deps.estimate ?? {
      read: () => readStorageEstimate(),
      persist: () => requestPersistentStorage(),
    };
    this.ready = this.#init();
  }

  async #init(): Promise<void> {
    try {
      for (const record of (await this.#deps.db.downloads()).values()) {
        if (record.state === 'failed') this.#failedLoads.add(record.id);
      }
    } catch {
      // IndexedDB unavailable: no download is known to have failed.
    }
  }

  /** What each downloadable model has on this device, by model id (absent until checked). */
  get cacheStatus(): Readonly<Record<string, ModelCacheStatus>> {
    return this.#cacheStatus;
  }

  get estimate(): StorageEstimate | null {
    return this.#estimate;
  }

  get failure(): EngineFailure | null {
    return this.#failure;
  }

  dismissFailure(): void {
    this.#failure = null;
  }

  /** Checks every downloadable model's files, once the custom models are known. */
  async refreshCache(): Promise<void> {
    const seq = ++this.#refreshSeq;
    await Promise.all([this.ready, this.#deps.catalog.ready]);
    const entries = this.#deps.catalog.models.filter((m) => m.record);
    const statuses = await Promise.all(entries.map((m) => this.#cache.status(m)));
    if (seq !== this.#refreshSeq) return;
    const next: Record<string, ModelCacheStatus> = {};
    entries.forEach((m, i) => {
      const status = statuses[i] ?? 'unknown';
      next[m.id] = status === 'cached' && this.#failedLoads.has(m.id) ? 'broken' : status;
    });
    this.#cacheStatus = next;
  }

  async refreshEstimate(): Promise<void> {
    this.#estimate = await this.#budget.read().catch(() => null);
  }

  async refresh(): Promise<void> {
    await Promise.all([this.refreshCache(), this.refreshEstimate()]);
  }

  /** Asks the browser to keep the downloads under storage pressure. Resolves to its answer. */
  async requestPersist(): Promise<boolean> {
    const granted = await this.#budget.persist().catch(() => false);
    await this.refreshEstimate();
    return granted;
  }

  /**
   * Deletes a model's downloaded files (this tab stops using it first). Resolves to false,
   * with the reason in `failure`, when another tab is downloading the model: its files are
   * left alone rather than deleted under that download.
   */
  async deleteModel(modelId: string): Promise<boolean> {
    const entry = this.#deps.catalog.model(modelId);
    if (!entry) return false;
    await this.#deps.release?.(modelId);
    try {
      await whenModelIdle(modelId, () => this.#cache.delete(entry), this.#deps.locks);
    } catch (raw) {
      if (!(raw instanceof ModelBusyError)) throw raw;
      this.#failure = describeFailure(raw, { phase: 'load', model: entry });
      return false;
    }
    this.#failedLoads.delete(modelId);
    await this.#deps.db.clearDownload(modelId).catch(() => {});
    await this.refresh();
    return true;
  }

  /** Deletes every downloaded model in the list. */
  async clearAll(): Promise<void> {
    for (const entry of this.#deps.catalog.models) {
      if (entry.record && this.#cacheStatus[entry.id] !== 'absent') {
        await this.deleteModel(entry.id);
      }
    }
    await this.refresh();
  }

  // ---- What EngineRuntime reports -----------------------------------------------------------

  /** The model loaded: its files are good. */
  loadSucceeded(entry: ModelEntry): void {
    this.#failedLoads.delete(entry.id);
    if (entry.record) void this.#deps.db.setDownload(entry.id, 'complete').catch(() => {});
  }

  /** The files are there but could not be loaded (corrupt, failed integrity): "broken". */
  async loadFailedOnFiles(entry: ModelEntry): Promise<void> {
    this.#failedLoads.add(entry.id);
    if (entry.record) await this.#deps.db.setDownload(entry.id, 'failed').catch(() => {});
  }

  /** Storage ran out mid-download: the partial model is deleted, nothing half-finished stays. */
  async deletePartial(entry: ModelEntry): Promise<void> {
    await this.#cache.delete(entry).catch(() => {});
    await this.refreshEstimate();
  }
}
