import { getContext, setContext } from 'svelte';
import { DEFAULT_BENCH_SEGMENTS, eligibleBySegment } from '../lib/bench/cases';
import { BenchDb, type SavedRun } from '../lib/bench/db';
import { parseExport } from '../lib/bench/export';
import { benchMessages, describeError, EngineGoneError, runBenchmark } from '../lib/bench/run';
import type { BenchProgress, BenchmarkRun } from '../lib/bench/types';
import type { DatasetState } from './dataset.svelte';
import type { EngineState } from './engine.svelte';

export type BenchPhase = 'idle' | 'loading-model' | 'loading-data' | 'running' | 'cancelling';

export interface BenchStateDeps {
  engine: Pick<
    EngineState,
    | 'models'
    | 'model'
    | 'fit'
    | 'capability'
    | 'selectedModel'
    | 'loadedModelId'
    | 'ensureLoaded'
    | 'generate'
    | 'contextWindow'
    | 'cancelLoad'
  >;
  dataset: Pick<DatasetState, 'ensureReady' | 'listSplit' | 'retrieve' | 'manifest' | 'ready'>;
  db?: Pick<BenchDb, 'list' | 'put' | 'delete'>;
}

export const DEFAULT_N = 50;
export const DEFAULT_MAX_TOKENS = 256;
/**
 * The Benchmark view's state: the form, the run in progress (through runBenchmark), and the
 * runs kept on this device (IndexedDB) for viewing, export and side-by-side comparison.
 * Registered in App, so a run goes on while another view is open.
 */
export class BenchState {
  modelId: string | null = $state(null);
  n = $state(DEFAULT_N);
  maxTokens = $state(DEFAULT_MAX_TOKENS);
  segments: string[] = $state([...DEFAULT_BENCH_SEGMENTS]);
  retrieval = $state(false);

  phase: BenchPhase = $state('idle');
  progress: BenchProgress | null = $state.raw(null);
  /** performance.now() when the run started, for the elapsed time. */
  startedAtMs: number | null = $state(null);
  error: string | null = $state(null);
  notice: string | null = $state(null);

  saved: SavedRun[] = $state.raw([]);
  viewingId: string | null = $state(null);
  compareA: string | null = $state(null);
  compareB: string | null = $state(null);
  /** Dialogues each segment offers, once the dataset is on this device. */
  eligible: Record<string, number> | null = $state.raw(null);

  #deps: BenchStateDeps;
  #db: NonNullable<BenchStateDeps['db']>;
  #controller: AbortController | null = null;
  #loaded: Promise<void> | null = null;

  constructor(deps: BenchStateDeps) {
    this.#deps = deps;
    this.#db = deps.db ?? new BenchDb();
  }

  /** Reads the saved runs (once; the database is opened only when the view is). */
  load(): Promise<void> {
    this.#loaded ??= this.#db.list().then(
      (saved) => {
        // Runs finished or imported meanwhile are already in the list.
        const fresh = saved.filter((s) => !this.saved.some((known) => known.id === s.id));
        this.saved = [...this.saved, ...fresh];
        this.viewingId ??= this.saved[0]?.id ?? null;
      },
      () => {
        this.notice = 'Saved runs could not be read from this browser’s storage.';
      },
    );
    return this.#loaded;
  }

  get busy(): boolean {
    return this.phase !== 'idle';
  }

  /** The model the form shows: the user's pick, else the loaded model, else Chat's model. */
  get chosenModelId(): string | null {
    const engine = this.#deps.engine;
    return this.modelId ?? engine.loadedModelId ?? engine.selectedModel?.id ?? null;
  }

  /** The run on screen: the one in progress, else the saved one picked. */
  get viewing(): BenchmarkRun | null {
    if (this.progress && this.busy) return this.progress.run;
    return this.saved.find((s) => s.id === this.viewingId)?.run ?? null;
  }

  savedRun(id: string | null): SavedRun | undefined {
    return id ? this.saved.find((s) => s.id === id) : undefined;
  }

  /** Counts eligible dialogues per segment when the dataset is already here (no download). */
  async refreshEligible(): Promise<void> {
    if (!this.#deps.dataset.ready) return;
    const dialogues = await this.#deps.dataset.listSplit('test').catch(() => null);
    if (dialogues) this.eligible = eligibleBySegment(dialogues);
  }

  async run(): Promise<void> {
    if (this.busy) return;
    const { engine, dataset } = this.#deps;
    const modelId = this.chosenModelId;
    if (!modelId) {
      this.error = 'Choose a model first.';
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.error = null;
    this.notice = null;
    this.progress = null;
    try {
      this.phase = 'loading-model';
      const entry = await engine.ensureLoaded(modelId);
      this.phase = 'loading-data';
      await dataset.ensureReady();
      const dialogues = await dataset.listSplit('test');
      this.eligible = eligibleBySegment(dialogues);
      if (controller.signal.aborted) {
        this.notice = 'Cancelled before the first dialogue; nothing was saved.';
        return;
      }
      this.phase = 'running';
      this.startedAtMs = performance.now();
      const contextWindow = engine.contextWindow(entry.id);
      const maxTokens = this.maxTokens;
      const run = await runBenchmark({
        dialogues,
        n: this.n,
        segments: this.segments,
        model: { id: entry.id, name: entry.name, source: entry.source },
        maxTokens,
        contextWindow,
        retrieval: this.retrieval,
        datasetVersion: dataset.manifest?.version ?? null,
        device: this.#device(),
        signal: controller.signal,
        onProgress: (p) => (this.progress = p),
        generate: async (messages, options) => {
          // After an engine error the model is unloaded; load it again (from the cache).
          try {
            await engine.ensureLoaded(entry.id);
          } catch (e) {
            throw new EngineGoneError(`The model could not be loaded again. ${describeError(e)}`);
          }
          return engine.generate(messages, options);
        },
        buildMessages: this.retrieval
          ? async (c) => {
              // The Chat's own retrieval: what a user asking this would be shown.
              const cases = await dataset.retrieve(c.prompt);
              return benchMessages(c, { contextWindow, maxTokens, cases });
            }
          : undefined,
      });
      if (run.status === 'stopped') this.error = run.stopReason ?? 'The run stopped.';
      if (run.items.length === 0) {
        this.notice ??=
          run.status === 'cancelled'
            ? 'Cancelled before the first dialogue finished; nothing was saved.'
            : 'No dialogue was answered; nothing was saved.';
        if (run.settings.eligible === 0) {
          this.error = 'No held-out dialogue matches the chosen segments.';
        }
        return;
      }
      await this.#save(run, false);
    } catch (e) {
      if (!controller.signal.aborted) this.error = describeError(e);
      else this.notice = 'Cancelled; nothing was saved.';
    } finally {
      this.#controller = null;
      this.phase = 'idle';
      this.progress = null;
      this.startedAtMs = null;
    }
  }

  /** Stops the run after interrupting the reply in progress; the finished items are kept. */
  cancel(): void {
    if (!this.#controller) return;
    this.#controller.abort();
    if (this.phase === 'loading-model') this.#deps.engine.cancelLoad();
    this.phase = 'cancelling';
  }

  async #save(run: BenchmarkRun, imported: boolean): Promise<void> {
    const saved: SavedRun = { id: run.id, savedAt: Date.now(), imported, run };
    this.saved = [saved, ...this.saved.filter((s) => s.id !== run.id)];
    this.viewingId = run.id;
    try {
      await this.#db.put(saved);
    } catch {
      this.notice = 'The run is shown but could not be saved in this browser’s storage.';
    }
  }

  /** Reads an exported run; it is kept and shown. Returns the error text when it is invalid. */
  async importFile(text: string): Promise<string | null> {
    try {
      const run = parseExport(text);
      await this.#save(run, true);
      this.notice = `Imported the run of ${run.model.name} from ${run.startedAt.slice(0, 10)}.`;
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }

  async remove(id: string): Promise<void> {
    this.saved = this.saved.filter((s) => s.id !== id);
    if (this.viewingId === id) this.viewingId = this.saved[0]?.id ?? null;
    if (this.compareA === id) this.compareA = null;
    if (this.compareB === id) this.compareB = null;
    await this.#db.delete(id).catch(() => {});
  }

  #device(): string | null {
    const cap = this.#deps.engine.capability;
    if (!cap || cap.status !== 'ok') return null;
    const name = cap.description || [cap.vendor, cap.architecture].filter(Boolean).join(' ');
    return `${name || 'unknown GPU'}${cap.isSoftware ? ' (software)' : ''}`;
  }
}

const KEY = Symbol('bench');
export const setBench = (state: BenchState) => setContext(KEY, state);
export const useBench = () => getContext<BenchState>(KEY);
