import {
  CancelledError,
  type Engine,
  type GenerateOptions,
  type GenerationResult,
  type GenerationStats,
  type ModelMessage,
} from '../../lib/engine/engine';
import {
  classifyError,
  describeFailure,
  EngineError,
  type EngineFailure,
  type FailureAction,
  type FailureContext,
} from '../../lib/engine/errors';
import { loadModel } from '../../lib/engine/load-model';
import type { LockManagerLike } from '../../lib/engine/model-lock';
import { preparingProgress, type LoadProgress } from '../../lib/engine/progress';
import type { PromptSpeeds } from '../../lib/engine/rates';
import type { ModelEntry } from '../../lib/engine/registry';
import type { SpeedBook } from '../../lib/engine/speed-book';
import type { ModelCatalog } from './catalog.svelte';
import { defaultEngineFactory, withoutThinkingEngines } from './engines';
import {
  dismissed,
  failed,
  failureModelIdOf,
  failureOf,
  IDLE,
  loadedModelIdOf,
  unloaded,
  type EngineStatus,
} from './status';
import type { ModelStorage } from './storage.svelte';

export interface EngineRuntimeDeps {
  catalog: ModelCatalog;
  /** Told how loads end (files good, broken, or partial after a full disk). */
  storage: Pick<
    ModelStorage,
    'estimate' | 'refresh' | 'deleteModel' | 'loadSucceeded' | 'loadFailedOnFiles' | 'deletePartial'
  >;
  /** Makes the engine for a model; every engine made is wrapped by withoutThinking. */
  createEngine?: (entry: ModelEntry) => Engine;
  /** Cross-tab locks (navigator.locks): one download of a model at a time. */
  locks?: LockManagerLike | undefined;
  /** The speeds measured on this device, per model (kept across visits). */
  speeds: Pick<SpeedBook, 'forPrompt' | 'record' | 'ready'>;
}

interface Loading {
  id: string;
  promise: Promise<ModelEntry>;
  controller: AbortController;
}

/**
 * The model in GPU memory: loading it (downloading when needed, with progress, one download
 * across tabs), generating with it, stopping, unloading, the last reply's stats and what went
 * wrong. Owns the engines (and through WebLLMEngine, the worker). Chat and Benchmark use
 * ensureLoaded(), generate(), cancelLoad() and contextWindow(); the Models view the rest.
 */
export class EngineRuntime {
  #status: EngineStatus = $state.raw(IDLE);
  #lastStats: GenerationStats | null = $state.raw(null);
  #catalog: EngineRuntimeDeps['catalog'];
  #storage: EngineRuntimeDeps['storage'];
  #createEngine: (entry: ModelEntry) => Engine;
  #locks: LockManagerLike | undefined;
  #speeds: EngineRuntimeDeps['speeds'];
  #engine: Engine | null = null;
  #loading: Loading | null = null;

  constructor(deps: EngineRuntimeDeps) {
    this.#catalog = deps.catalog;
    this.#storage = deps.storage;
    this.#createEngine = withoutThinkingEngines(deps.createEngine ?? defaultEngineFactory());
    this.#locks = deps.locks;
    this.#speeds = deps.speeds;
  }

  get status(): EngineStatus {
    return this.#status;
  }

  /** The model that can answer now (also while a failure about it is shown). */
  get loadedModelId(): string | null {
    return loadedModelIdOf(this.#status);
  }

  get loadedModel(): ModelEntry | null {
    return this.#catalog.model(this.loadedModelId) ?? null;
  }

  /** The model being downloaded or loaded, and how far it is. */
  get loading(): { model: ModelEntry | null; progress: LoadProgress } | null {
    const s = this.#status;
    return s.kind === 'loading'
      ? { model: this.#catalog.model(s.modelId) ?? null, progress: s.progress }
      : null;
  }

  /** The failure to show (or the notice of a cancelled download). */
  get failure(): EngineFailure | null {
    return failureOf(this.#status);
  }

  get lastStats(): GenerationStats | null {
    return this.#lastStats;
  }

  /** Tokens the prompt may use; without an id, for the model the next send will load. */
  contextWindow(modelId?: string | null): number {
    return this.#catalog.contextWindow(modelId);
  }

  /** The speeds to size a prompt for a model with (default: the next send's); see SpeedBook. */
  promptSpeeds(modelId?: string | null): PromptSpeeds {
    const entry = modelId ? this.#catalog.model(modelId) : this.#catalog.selectedModel;
    return this.#speeds.forPrompt(entry ?? null, this.#catalog.capability);
  }

  // ---- Loading ------------------------------------------------------------------------------

  /**
   * Makes sure a model is loaded (default: Chat's model) and returns it. Downloads when
   * needed, reusing an identical load in progress. Throws EngineError with the failure.
   */
  async ensureLoaded(modelId?: string): Promise<ModelEntry> {
    // The selection, the custom models and the capability must be known before choosing;
    // once they are, the status is 'loading' before this returns.
    if (!this.#catalog.initialized) await Promise.all([this.#catalog.ready, this.#speeds.ready]);
    if (!this.#catalog.capability) await this.#catalog.capabilityKnown();
    const entry = modelId ? this.#catalog.model(modelId) : this.#catalog.selectedModel;
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

  /** For the Models view: loads and selects a model; a failure lands in `failure`, never thrown. */
  async load(modelId: string): Promise<boolean> {
    try {
      await this.ensureLoaded(modelId);
      await this.#catalog.select(modelId);
      return true;
    } catch {
      return false;
    }
  }

  /** Stops the download or load in progress. Nothing half-downloaded is marked usable. */
  cancelLoad(): void {
    this.#loading?.controller.abort();
  }

  /** Stops using a model whose files are about to go: cancels its load, or unloads it. */
  async release(modelId: string): Promise<void> {
    const loading = this.#loading;
    if (loading?.id === modelId) {
      loading.controller.abort();
      await loading.promise.catch(() => {}); // releases this tab's lock on the model
    }
    if (this.loadedModelId === modelId) await this.unload();
  }

  #startLoad(entry: ModelEntry): Promise<ModelEntry> {
    // One load at a time: a new one cancels the one in progress and waits for it to stop.
    const previous = this.#loading;
    previous?.controller.abort();
    const controller = new AbortController();
    const promise = previous
      ? previous.promise.catch(() => {}).then(() => this.#load(entry, controller.signal))
      : this.#load(entry, controller.signal); // the status is 'loading' before this returns
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
    if (this.#catalog.fit(entry)?.level === 'blocked') {
      const cause = entry.precision === 'f16' ? 'ShaderF16SupportError' : 'WebGPUNotAvailableError';
      throw this.#fail(entry, 'load', cause);
    }
    if (this.#status.kind === 'generating') this.interrupt();
    this.#status = { kind: 'loading', modelId: entry.id, progress: preparingProgress() };
    const setProgress = (progress: LoadProgress) => {
      const now = this.#status;
      if (signal.aborted || now.kind !== 'loading' || now.modelId !== entry.id) return;
      this.#status = { ...now, progress };
    };
    const engine = this.#createEngine(entry);
    if (this.#engine && this.#engine !== engine) await this.#engine.unload();
    this.#engine = engine;
    try {
      await loadModel(engine, entry, { signal, locks: this.#locks, onProgress: setProgress });
      if (signal.aborted) throw new CancelledError();
      this.#status = { kind: 'ready', modelId: entry.id };
      this.#storage.loadSucceeded(entry);
      return entry;
    } catch (raw) {
      throw await this.#loadFailed(entry, raw, engine);
    } finally {
      void this.#storage.refresh();
    }
  }

  async #loadFailed(entry: ModelEntry, raw: unknown, engine: Engine): Promise<EngineError> {
    await engine.unload().catch(() => {});
    const kind = classifyError(raw);
    if (kind === 'quota') await this.#storage.deletePartial(entry);
    if (kind === 'corrupt' || kind === 'integrity') await this.#storage.loadFailedOnFiles(entry);
    return this.#fail(entry, 'load', raw);
  }

  #fail(entry: ModelEntry, phase: FailureContext['phase'], raw: unknown): EngineError {
    const { f32, smaller } = this.#catalog.alternatives(entry);
    const failure = describeFailure(raw, {
      phase,
      model: { id: entry.id, name: entry.name, downloadBytes: entry.downloadBytes },
      storage: this.#storage.estimate,
      ...(f32 ? { f32Alternative: { id: f32.id, name: f32.name } } : {}),
      ...(smaller ? { smallerAlternative: { id: smaller.id, name: smaller.name } } : {}),
    });
    this.#status = failed(failure, entry.id, this.loadedModelId);
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
    if (this.#status.kind === 'generating') throw new Error('A reply is already being generated.');
    this.#status = { kind: 'generating', modelId: entry.id };
    try {
      const result = await engine.generate(messages, options);
      if (result.stats) this.#lastStats = result.stats;
      this.#speeds.record(entry.id, result.stats);
      this.#status = { kind: 'ready', modelId: entry.id };
      return result;
    } catch (raw) {
      // A conversation too long for the model leaves it loaded; anything else unloads it.
      if (classifyError(raw) !== 'context-window') {
        this.#status = IDLE;
        await engine.unload().catch(() => {});
      } else {
        this.#status = { kind: 'ready', modelId: entry.id };
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
    this.#status = unloaded(this.#status);
  }

  dismissFailure(): void {
    this.#status = dismissed(this.#status);
  }

  /** Runs a failure's action. free-space and webgpu-help are the view's to show. */
  async runAction(action: FailureAction): Promise<void> {
    const id = action.modelId ?? failureModelIdOf(this.#status);
    if (!id) return;
    if (action.kind === 'redownload' && !(await this.#storage.deleteModel(id))) return;
    if (action.kind === 'retry' || action.kind === 'redownload' || action.kind === 'choose-model') {
      await this.load(id);
    }
  }
}
