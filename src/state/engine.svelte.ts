import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import {
  ModelCache,
  readStorage,
  requestPersistence,
  type CacheStatus,
  type StorageInfo,
} from '../lib/engine/cache';
import type { Capability } from '../lib/engine/capability';
import {
  assessFit,
  f32Sibling,
  recommendModel,
  smallerAlternative,
  type Fit,
  type Recommendation,
} from '../lib/engine/choose';
import {
  checkCustomModel,
  validateCustomModelInput,
  type Checked,
  type CustomModelInput,
} from '../lib/engine/custom-models';
import {
  CancelledError,
  type ModelMessage,
  type Engine,
  type GenerateOptions,
  type GenerationResult,
  type GenerationStats,
} from '../lib/engine/engine';
import {
  classifyError,
  describeFailure,
  EngineError,
  type EngineFailure,
  type FailureAction,
  type FailureContext,
} from '../lib/engine/errors';
import { ModelDb } from '../lib/engine/model-db';
import {
  browserLocks,
  ModelBusyError,
  whenModelIdle,
  withModelLock,
  type LockManagerLike,
} from '../lib/engine/model-lock';
import { preparingProgress, ProgressTracker, type LoadProgress } from '../lib/engine/progress';
import {
  contextWindowOf,
  CURATED_MODELS,
  customEntry,
  finetunedEnvFromBuild,
  finetunedSlot,
  type CustomModel,
  type FinetunedSlot,
  type ModelEntry,
} from '../lib/engine/registry';
import { TEST_ENGINE_ENTRY, TestEngine } from '../lib/engine/test-engine';
import { WebLLMEngine } from '../lib/engine/webllm';
import { SettingsStore } from '../lib/settings/store';

/** Test builds only (VITE_TEST_ENGINE=1): a constant, so production builds drop the test engine. */
const TEST_BUILD = import.meta.env.VITE_TEST_ENGINE === '1';
export const SELECTED_MODEL_KEY = 'engine.selectedModelId';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'generating' | 'error';
/** A model's files on this device; broken: all there, but the last load failed on them. */
export type ModelCacheStatus = CacheStatus | 'broken';

export interface EngineStateDeps {
  /** The device's WebGPU capability (CapabilityState); `ready` resolves once detected. */
  capability: { readonly capability: Capability | null; readonly ready?: Promise<unknown> };
  createEngine?: (entry: ModelEntry) => Engine;
  cache?: Pick<ModelCache, 'status' | 'delete'>;
  db?: Pick<
    ModelDb,
    'listCustom' | 'putCustom' | 'deleteCustom' | 'downloads' | 'setDownload' | 'clearDownload'
  >;
  settings?: Pick<SettingsStore, 'get' | 'set' | 'delete'>;
  storage?: { read(): Promise<StorageInfo | null>; persist(): Promise<boolean> };
  finetuned?: FinetunedSlot;
  /** Models added after the rest; by default the test engine in test builds, else none. */
  extraModels?: ModelEntry[];
  checkCustom?: (input: CustomModelInput) => Promise<Checked<CustomModel>>;
  /** Cross-tab locks (navigator.locks): one download of a model at a time. */
  locks?: LockManagerLike;
}

function defaultEngineFactory(): (entry: ModelEntry) => Engine {
  let webllm: WebLLMEngine | null = null;
  let test: Engine | null = null;
  return (entry) => {
    if (TEST_BUILD && entry.source === 'test') return (test ??= new TestEngine());
    return (webllm ??= new WebLLMEngine({
      createWorker: () =>
        new Worker(new URL('../workers/llm.worker.ts', import.meta.url), { type: 'module' }),
    }));
  };
}

/**
 * The language model engine for the whole app: which models exist, which is recommended and
 * selected, what is on this device, loading with progress, generation, stats and failures.
 * Owns the engines (and through WebLLMEngine, the worker). Chat and Bench use ensureLoaded(),
 * generate(), interrupt() and lastStats; the Models view uses the rest.
 */
export class EngineState {
  status: EngineStatus = $state('idle');
  progress: LoadProgress | null = $state.raw(null);
  /** The model being downloaded or loaded, while status is 'loading'. */
  loadingModelId: string | null = $state(null);
  loadedModelId: string | null = $state(null);
  /** The user's choice for Chat (persisted); null means "the recommended one". */
  selectedModelId: string | null = $state(null);
  error: EngineFailure | null = $state.raw(null);
  /** The model the error is about, for its action button. */
  errorModelId: string | null = $state(null);
  customModels: CustomModel[] = $state.raw([]);
  cacheStatus: Record<string, ModelCacheStatus> = $state.raw({});
  storage: StorageInfo | null = $state.raw(null);
  lastStats: GenerationStats | null = $state.raw(null);
  readonly finetuned: FinetunedSlot;
  /** Resolves once the custom models and the saved selection are read. */
  readonly ready: Promise<void>;

  #deps: EngineStateDeps;
  #createEngine: (entry: ModelEntry) => Engine;
  #cache: NonNullable<EngineStateDeps['cache']>;
  #db: NonNullable<EngineStateDeps['db']>;
  #settings: NonNullable<EngineStateDeps['settings']>;
  #storage: NonNullable<EngineStateDeps['storage']>;
  #checkCustom: NonNullable<EngineStateDeps['checkCustom']>;
  #locks: LockManagerLike | undefined;
  #extraModels: ModelEntry[];
  #engine: Engine | null = null;
  #loading: { id: string; promise: Promise<ModelEntry>; controller: AbortController } | null = null;
  #failedLoads = new SvelteSet<string>();
  #refreshSeq = 0;
  #initialized = false;

  models: ModelEntry[] = $derived.by(() => [
    ...CURATED_MODELS,
    ...(this.finetuned.status === 'configured' ? [this.finetuned.entry] : []),
    ...this.customModels.map(customEntry),
    ...this.#extraModels,
  ]);

  recommended: Recommendation | null = $derived.by(() => {
    const cap = this.#deps.capability.capability;
    return cap ? recommendModel(this.models, cap) : null;
  });

  constructor(deps: EngineStateDeps) {
    this.#deps = deps;
    this.#createEngine = deps.createEngine ?? defaultEngineFactory();
    this.#cache = deps.cache ?? new ModelCache();
    this.#db = deps.db ?? new ModelDb();
    this.#settings = deps.settings ?? new SettingsStore();
    this.#storage = deps.storage ?? { read: () => readStorage(), persist: requestPersistence };
    this.#checkCustom = deps.checkCustom ?? ((input) => checkCustomModel(input));
    this.#locks = 'locks' in deps ? deps.locks : browserLocks();
    this.#extraModels = deps.extraModels ?? (TEST_BUILD ? [TEST_ENGINE_ENTRY] : []);
    this.finetuned = deps.finetuned ?? finetunedSlot(finetunedEnvFromBuild());
    this.ready = this.#init();
  }

  async #init(): Promise<void> {
    try {
      const [custom, selected, downloads] = await Promise.all([
        this.#db.listCustom(),
        this.#settings.get<string | null>(SELECTED_MODEL_KEY, null),
        this.#db.downloads(),
      ]);
      this.customModels = custom;
      this.selectedModelId = selected;
      for (const record of downloads.values()) {
        if (record.state === 'failed') this.#failedLoads.add(record.id);
      }
    } catch {
      // IndexedDB unavailable (e.g. some private modes): start with the curated list only.
    } finally {
      this.#initialized = true;
    }
  }

  // ---- What Chat reads ----------------------------------------------------------------------

  get capability(): Capability | null {
    return this.#deps.capability.capability;
  }

  /** The model Chat uses: the user's selection, or the recommendation. */
  get selectedModel(): ModelEntry | null {
    return this.model(this.selectedModelId) ?? this.recommended?.model ?? null;
  }

  get loadedModel(): ModelEntry | null {
    return this.model(this.loadedModelId) ?? null;
  }

  model(id: string | null | undefined): ModelEntry | undefined {
    return id ? this.models.find((m) => m.id === id) : undefined;
  }

  /** Tokens the prompt builder may use for a model (default: the selected one). */
  contextWindow(modelId: string | null = this.selectedModel?.id ?? null): number {
    return contextWindowOf(modelId, this.models);
  }

  fit(entry: ModelEntry): Fit | null {
    const cap = this.capability;
    return cap ? assessFit(entry, cap) : null;
  }

  // ---- Loading ------------------------------------------------------------------------------

  /**
   * Makes sure a model is loaded (default: the selected model) and returns it. Downloads when
   * needed, reusing an identical load in progress. Throws EngineError with the failure.
   */
  async ensureLoaded(modelId?: string): Promise<ModelEntry> {
    // The selection, the custom models and the capability must be known before choosing.
    if (!this.#initialized) await this.ready;
    if (!this.capability) await this.#deps.capability.ready?.catch(() => {});
    const entry = modelId ? this.model(modelId) : this.selectedModel;
    if (!entry) {
      throw new EngineError(
        describeFailure(modelId ? `Unknown model ${modelId}` : 'WebGPUNotAvailableError', {
          phase: 'load',
        }),
      );
    }
    if (this.loadedModelId === entry.id && this.#engine?.loadedModelId === entry.id) return entry;
    if (this.#loading?.id === entry.id) return this.#loading.promise;
    return this.#startLoad(entry);
  }

  /** For the Models view: loads and selects a model; failures land in `error`, never thrown. */
  async load(modelId: string): Promise<boolean> {
    try {
      await this.ensureLoaded(modelId);
      await this.select(modelId);
      return true;
    } catch {
      return false;
    }
  }

  /** Stops the download or load in progress. Nothing half-downloaded is marked usable. */
  cancelLoad(): void {
    this.#loading?.controller.abort();
  }

  #startLoad(entry: ModelEntry): Promise<ModelEntry> {
    // One load at a time: a new one cancels the one in progress and waits for it to stop.
    const previous = this.#loading;
    previous?.controller.abort();
    const controller = new AbortController();
    const promise = previous
      ? previous.promise.catch(() => {}).then(() => this.#load(entry, controller.signal))
      : this.#load(entry, controller.signal); // status is 'loading' before this returns
    const loading = { id: entry.id, promise, controller };
    this.#loading = loading;
    void promise
      .catch(() => {})
      .finally(() => {
        if (this.#loading === loading) this.#loading = null;
      });
    return promise;
  }

  async #load(entry: ModelEntry, signal: AbortSignal): Promise<ModelEntry> {
    const fit = this.fit(entry);
    if (fit?.level === 'blocked') {
      const cause = entry.precision === 'f16' ? 'ShaderF16SupportError' : 'WebGPUNotAvailableError';
      throw this.#fail(entry, 'load', cause);
    }
    if (this.status === 'generating') this.interrupt();
    this.error = null;
    this.errorModelId = null;
    this.status = 'loading';
    this.loadingModelId = entry.id;
    this.progress = preparingProgress();
    const engine = this.#createEngine(entry);
    if (this.#engine && this.#engine !== engine) await this.#engine.unload();
    this.#engine = engine;
    this.loadedModelId = null;
    const tracker = new ProgressTracker();
    const load = () =>
      engine.load(entry, {
        signal,
        onProgress: (report) => {
          if (!signal.aborted) this.progress = tracker.update(report);
        },
      });
    try {
      // Models with files to download hold a lock across tabs (model-lock.ts): a second tab
      // waits, saying so, then loads what the first one stored.
      if (entry.record) {
        await withModelLock(entry.id, load, {
          locks: this.#locks,
          signal,
          onWaiting: () => {
            if (!signal.aborted) this.progress = preparingProgress('waiting');
          },
        });
      } else {
        await load();
      }
      if (signal.aborted) throw new CancelledError();
      this.loadedModelId = entry.id;
      this.status = 'ready';
      this.#failedLoads.delete(entry.id);
      if (entry.record) void this.#db.setDownload(entry.id, 'complete').catch(() => {});
      return entry;
    } catch (raw) {
      throw await this.#loadFailed(entry, raw, engine);
    } finally {
      if (this.loadingModelId === entry.id) {
        this.loadingModelId = null;
        this.progress = null;
      }
      void this.refreshCache();
      void this.refreshStorage();
    }
  }

  async #loadFailed(entry: ModelEntry, raw: unknown, engine: Engine): Promise<EngineError> {
    this.loadedModelId = null;
    await engine.unload().catch(() => {});
    const kind = classifyError(raw);
    if (kind === 'quota') {
      // The partial model is deleted so that nothing half-finished stays behind.
      await this.#cache.delete(entry).catch(() => {});
      await this.refreshStorage();
    }
    if (kind === 'corrupt' || kind === 'integrity') {
      this.#failedLoads.add(entry.id);
      if (entry.record) await this.#db.setDownload(entry.id, 'failed').catch(() => {});
    }
    return this.#fail(entry, 'load', raw);
  }

  #fail(entry: ModelEntry, phase: FailureContext['phase'], raw: unknown): EngineError {
    const f32 = f32Sibling(entry, this.models);
    const smaller = smallerAlternative(entry.id, this.models, this.capability);
    const failure = describeFailure(raw, {
      phase,
      model: { id: entry.id, name: entry.name, downloadBytes: entry.downloadBytes },
      storage: this.storage,
      f32Alternative: f32 && { id: f32.id, name: f32.name },
      smallerAlternative: smaller && { id: smaller.id, name: smaller.name },
    });
    this.error = failure;
    this.errorModelId = entry.id;
    this.status = failure.kind === 'cancelled' ? 'idle' : 'error';
    if (failure.kind === 'context-window' && this.loadedModelId) this.status = 'ready';
    return new EngineError(failure);
  }

  // ---- Generation ---------------------------------------------------------------------------

  /**
   * Streams a reply from the loaded model. Resolves with the text, finish reason and stats
   * (also kept in lastStats). Throws EngineError; after "device lost" the model is unloaded,
   * and the caller keeps its conversation.
   */
  async generate(
    messages: ModelMessage[],
    options: GenerateOptions = {},
  ): Promise<GenerationResult> {
    const engine = this.#engine;
    const entry = this.loadedModel;
    if (!engine || !entry) throw new Error('No model is loaded: call ensureLoaded() first.');
    if (this.status === 'generating') throw new Error('A reply is already being generated.');
    this.status = 'generating';
    this.error = null;
    try {
      const result = await engine.generate(messages, options);
      if (result.stats) this.lastStats = result.stats;
      this.status = 'ready';
      return result;
    } catch (raw) {
      const kind = classifyError(raw);
      if (kind !== 'context-window') {
        await engine.unload().catch(() => {});
        this.loadedModelId = null;
      }
      throw this.#fail(entry, 'generate', raw);
    }
  }

  /** Stops the reply in progress; generate() resolves with what was produced so far. */
  interrupt(): void {
    this.#engine?.interrupt();
  }

  async unload(): Promise<void> {
    this.cancelLoad();
    await this.#engine?.unload();
    this.loadedModelId = null;
    if (this.status !== 'error') this.status = 'idle';
  }

  async select(modelId: string | null): Promise<void> {
    this.selectedModelId = modelId;
    if (modelId) await this.#settings.set(SELECTED_MODEL_KEY, modelId).catch(() => {});
    else await this.#settings.delete(SELECTED_MODEL_KEY).catch(() => {});
  }

  dismissError(): void {
    this.error = null;
    this.errorModelId = null;
    if (this.status === 'error') this.status = this.loadedModelId ? 'ready' : 'idle';
  }

  /** Runs a failure's action. free-space and webgpu-help are the view's to show. */
  async runAction(action: FailureAction): Promise<void> {
    const id = action.modelId ?? this.errorModelId;
    if (!id) return;
    if (action.kind === 'redownload' && !(await this.deleteModel(id))) return;
    if (action.kind === 'retry' || action.kind === 'redownload' || action.kind === 'choose-model') {
      await this.load(id);
    }
  }

  // ---- Files on this device -----------------------------------------------------------------

  async refreshCache(): Promise<void> {
    const seq = ++this.#refreshSeq;
    const entries = this.models.filter((m) => m.record);
    const statuses = await Promise.all(entries.map((m) => this.#cache.status(m)));
    if (seq !== this.#refreshSeq) return;
    const next: Record<string, ModelCacheStatus> = {};
    entries.forEach((m, i) => {
      const status = statuses[i] ?? 'unknown';
      next[m.id] = status === 'cached' && this.#failedLoads.has(m.id) ? 'broken' : status;
    });
    this.cacheStatus = next;
  }

  async refreshStorage(): Promise<void> {
    this.storage = await this.#storage.read().catch(() => null);
  }

  async requestPersist(): Promise<boolean> {
    const granted = await this.#storage.persist().catch(() => false);
    await this.refreshStorage();
    return granted;
  }

  /**
   * Deletes a model's downloaded files (unloading it first when it is loaded). Resolves to
   * false, with the reason in `error`, when another tab is downloading the model: its files
   * are left alone rather than deleted under that download.
   */
  async deleteModel(modelId: string): Promise<boolean> {
    const entry = this.model(modelId);
    if (!entry) return false;
    const loading = this.#loading;
    if (loading?.id === modelId) {
      this.cancelLoad();
      await loading.promise.catch(() => {}); // releases this tab's lock on the model
    }
    if (this.loadedModelId === modelId) await this.unload();
    try {
      await whenModelIdle(modelId, () => this.#cache.delete(entry), this.#locks);
    } catch (raw) {
      if (!(raw instanceof ModelBusyError)) throw raw;
      this.error = describeFailure(raw, { phase: 'load', model: entry });
      this.errorModelId = modelId;
      return false;
    }
    this.#failedLoads.delete(modelId);
    await this.#db.clearDownload(modelId).catch(() => {});
    await Promise.all([this.refreshCache(), this.refreshStorage()]);
    return true;
  }

  /** Deletes every downloaded model in the list. */
  async clearAll(): Promise<void> {
    for (const entry of this.models) {
      if (entry.record && this.cacheStatus[entry.id] !== 'absent') await this.deleteModel(entry.id);
    }
    await Promise.all([this.refreshCache(), this.refreshStorage()]);
  }

  // ---- Custom models ------------------------------------------------------------------------

  /** Validates, checks reachability, then keeps the model. Errors come back per field. */
  async addCustomModel(input: CustomModelInput): Promise<Checked<CustomModel>> {
    const valid = validateCustomModelInput(
      input,
      this.models.map((m) => m.id),
    );
    if (!valid.ok) return valid;
    const checked = await this.#checkCustom(valid.value);
    if (!checked.ok) return checked;
    await this.#db.putCustom(checked.value);
    this.customModels = [...this.customModels, checked.value];
    void this.refreshCache();
    return checked;
  }

  /** Removes a custom model and deletes its downloaded files. */
  async removeCustomModel(modelId: string): Promise<void> {
    if (!this.customModels.some((m) => m.id === modelId)) return;
    if (!(await this.deleteModel(modelId))) return; // another tab is downloading it
    await this.#db.deleteCustom(modelId);
    this.customModels = this.customModels.filter((m) => m.id !== modelId);
    if (this.selectedModelId === modelId) await this.select(null);
  }
}

const KEY = Symbol('engine');
export const setEngine = (engine: EngineState) => setContext(KEY, engine);
export const useEngine = () => getContext<EngineState>(KEY);
