import { DEFAULT_BENCH_SEGMENTS, eligibleBySegment } from '../lib/bench/cases';
import { BenchDb, type SavedRun } from '../lib/bench/db';
import { parseExport } from '../lib/bench/export';
import { runOnModel } from '../lib/bench/model-run';
import { describeError } from '../lib/bench/run';
import type { BenchProgress, BenchmarkRun } from '../lib/bench/types';
import type { Retrieve } from '../lib/chat/pipeline/types';
import { defineContext } from './context';
import type { DatasetState } from './dataset.svelte';
import type { EngineRuntime, ModelCatalog } from './engine';

export type BenchPhase = 'idle' | 'loading-model' | 'loading-data' | 'running' | 'cancelling';

/** The run form's choices. */
export interface RunSettings {
  /** The user's pick; null: the loaded model, else Chat's (see chosenModelId). */
  modelId: string | null;
  n: number;
  maxTokens: number;
  segments: string[];
  /** Similar cases in the prompt, found as Chat finds them. */
  retrieval: boolean;
  /** A second model to run on the same dialogues right after, and compare with; null: none. */
  compareWithId: string | null;
}

/** Which of the models of a comparison is running. */
export interface BenchStep {
  index: number;
  total: number;
  modelName: string;
}

export interface BenchStateDeps {
  engine: Pick<
    EngineRuntime,
    'loadedModelId' | 'ensureLoaded' | 'generate' | 'contextWindow' | 'cancelLoad'
  >;
  catalog: Pick<ModelCatalog, 'capability' | 'selectedModel' | 'model'>;
  dataset: Pick<DatasetState, 'ensureReady' | 'listSplit' | 'manifest' | 'ready'>;
  /** The one retrieval policy (createApp), the Chat's. */
  retrieve: Retrieve;
  db?: Pick<BenchDb, 'list' | 'put' | 'delete'>;
}

export const DEFAULT_N = 50;
export const DEFAULT_MAX_TOKENS = 256;

/**
 * The Benchmark: its form, the run in progress (through runBenchmark), and the runs kept on
 * this device (IndexedDB) for viewing, export and side-by-side comparison. Built once, so a
 * run goes on while another view is open. Changed only through its methods.
 */
export class BenchState {
  settings: RunSettings = $state.raw({
    modelId: null,
    n: DEFAULT_N,
    maxTokens: DEFAULT_MAX_TOKENS,
    segments: [...DEFAULT_BENCH_SEGMENTS],
    retrieval: false,
    compareWithId: null,
  });

  phase: BenchPhase = $state('idle');
  progress: BenchProgress | null = $state.raw(null);
  /** performance.now() when the run started, for the elapsed time. */
  startedAtMs: number | null = $state(null);
  /** While two models are compared: which one is running. */
  step: BenchStep | null = $state.raw(null);
  /** Comparisons of two models finished since the view opened (the view shows each). */
  comparisons = $state(0);
  error: string | null = $state(null);
  notice: string | null = $state(null);

  saved: SavedRun[] = $state.raw([]);
  viewingId: string | null = $state(null);
  /** The two saved runs compared side by side. */
  compared: { a: string | null; b: string | null } = $state.raw({ a: null, b: null });
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

  /** Changes the form's choices (not while a run is in progress). */
  configure(patch: Partial<RunSettings>): void {
    if (this.busy) return;
    this.settings = { ...this.settings, ...patch };
  }

  /** Shows a saved run. */
  show(id: string): void {
    this.viewingId = id;
  }

  /** Picks run A or B of the comparison (null: none). */
  compare(side: 'a' | 'b', id: string | null): void {
    this.compared = { ...this.compared, [side]: id };
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
    const { engine, catalog } = this.#deps;
    return this.settings.modelId ?? engine.loadedModelId ?? catalog.selectedModel?.id ?? null;
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

  /**
   * Runs the benchmark on the chosen model, or, with a second model to compare with, on both
   * back to back over the same held-out dialogues, then shows them side by side. A cancel
   * stops the run in progress and starts no other.
   */
  async run(): Promise<void> {
    if (this.busy) return;
    const first = this.chosenModelId;
    if (!first) {
      this.error = 'Choose a model first.';
      return;
    }
    const second = this.settings.compareWithId;
    const models = second && second !== first ? [first, second] : [first];
    const controller = new AbortController();
    this.#controller = controller;
    this.error = null;
    this.notice = null;
    this.progress = null;
    const finished: BenchmarkRun[] = [];
    try {
      for (const [i, modelId] of models.entries()) {
        const name = this.#deps.catalog.model(modelId)?.name ?? modelId;
        this.step =
          models.length > 1 ? { index: i + 1, total: models.length, modelName: name } : null;
        const run = await this.#runOne(modelId, controller);
        if (run) finished.push(run);
        if (!run || controller.signal.aborted) break;
      }
      const [a, b] = finished;
      if (a && b) {
        this.compared = { a: a.id, b: b.id };
        this.comparisons += 1;
      }
    } catch (e) {
      const who = this.step ? `${this.step.modelName}: ` : '';
      if (!controller.signal.aborted) this.error = who + describeError(e);
      else {
        this.notice = finished.length
          ? 'Cancelled; the run that finished was kept.'
          : 'Cancelled; nothing was saved.';
      }
    } finally {
      this.#controller = null;
      this.phase = 'idle';
      this.progress = null;
      this.startedAtMs = null;
      this.step = null;
    }
  }

  /** One model's run, saved when it answered anything; null when nothing was kept. */
  async #runOne(modelId: string, controller: AbortController): Promise<BenchmarkRun | null> {
    const settings = this.settings;
    const who = this.step ? `${this.step.modelName}: ` : '';
    const run = await runOnModel(this.#deps, {
      modelId,
      n: settings.n,
      maxTokens: settings.maxTokens,
      segments: settings.segments,
      retrieval: settings.retrieval,
      device: () => this.#device(),
      signal: controller.signal,
      onPhase: (phase) => {
        if (controller.signal.aborted) return;
        this.phase = phase;
        if (phase === 'running') this.startedAtMs = performance.now();
      },
      onEligible: (eligible) => (this.eligible = eligible),
      onProgress: (p) => (this.progress = p),
    });
    if (!run) {
      this.notice = `${who}Cancelled before the first dialogue; nothing was saved.`;
      return null;
    }
    if (run.status === 'stopped') this.error = who + (run.stopReason ?? 'The run stopped.');
    if (run.items.length === 0) {
      this.notice ??=
        who +
        (run.status === 'cancelled'
          ? 'Cancelled before the first dialogue finished; nothing was saved.'
          : 'No dialogue was answered; nothing was saved.');
      if (run.settings.eligible === 0) {
        this.error = 'No held-out dialogue matches the chosen segments.';
      }
      return null;
    }
    await this.#save(run, false);
    return run;
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
    this.compared = {
      a: this.compared.a === id ? null : this.compared.a,
      b: this.compared.b === id ? null : this.compared.b,
    };
    await this.#db.delete(id).catch(() => {});
  }

  #device(): string | null {
    const cap = this.#deps.catalog.capability;
    if (!cap || cap.status !== 'ok') return null;
    const name = cap.description || [cap.vendor, cap.architecture].filter(Boolean).join(' ');
    return `${name || 'unknown GPU'}${cap.isSoftware ? ' (software)' : ''}`;
  }
}

export const benchContext = defineContext<BenchState>('BenchState (the Benchmark)');
