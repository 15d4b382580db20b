// One benchmark run of one model, from the model load to the finished run: loads the model
// (downloading it when needed), reads the held-out dialogues, and asks them with Chat's prompt
// and, when chosen, Chat's retrieval. The Benchmark state runs it once, or twice back to back
// to compare two models on the same dialogues. Framework-free: the engine, the dataset and
// the retrieval are passed in.
import { casesForQuestion } from '../chat/pipeline/retrieve';
import type { Retrieve } from '../chat/pipeline/types';
import type { Dialogue } from '../data/normalize';
import type { GenerationResult, ModelMessage } from '../engine/engine';
import { eligibleBySegment } from './cases';
import { benchMessages, describeError, EngineGoneError, runBenchmark } from './run';
import type { BenchModel, BenchProgress, BenchmarkRun } from './types';

export interface ModelRunDeps {
  engine: {
    ensureLoaded(modelId: string): Promise<BenchModel>;
    generate(
      messages: ModelMessage[],
      options: { signal: AbortSignal; maxTokens: number; temperature: number },
    ): Promise<GenerationResult>;
    contextWindow(modelId: string): number;
  };
  dataset: {
    ensureReady(): Promise<void>;
    listSplit(split: 'test'): Promise<Dialogue[]>;
    readonly manifest: { version: string } | null;
  };
  retrieve: Retrieve;
}

export interface ModelRunRequest {
  modelId: string;
  n: number;
  maxTokens: number;
  segments: string[];
  retrieval: boolean;
  /** The GPU's name, read once the model is loaded (the device check is done by then). */
  device(): string | null;
  signal: AbortSignal;
  /** The model is being loaded, then the dialogues read, then the run goes. */
  onPhase(phase: 'loading-model' | 'loading-data' | 'running'): void;
  /** The held-out dialogues each segment offers (known once they are read). */
  onEligible(eligible: Record<string, number>): void;
  onProgress(progress: BenchProgress): void;
}

/**
 * Runs the benchmark on one model. Resolves to the run, or null when it was cancelled before
 * the first dialogue; throws (EngineError…) when the model or the dialogues cannot be had.
 */
export async function runOnModel(
  deps: ModelRunDeps,
  request: ModelRunRequest,
): Promise<BenchmarkRun | null> {
  const { engine, dataset, retrieve } = deps;
  const { signal, maxTokens } = request;
  request.onPhase('loading-model');
  const model = await engine.ensureLoaded(request.modelId);
  request.onPhase('loading-data');
  await dataset.ensureReady();
  const dialogues = await dataset.listSplit('test');
  request.onEligible(eligibleBySegment(dialogues));
  if (signal.aborted) return null;
  request.onPhase('running');
  const contextWindow = engine.contextWindow(model.id);
  return runBenchmark({
    dialogues,
    n: request.n,
    segments: request.segments,
    model: { id: model.id, name: model.name, source: model.source },
    maxTokens,
    contextWindow,
    retrieval: request.retrieval,
    datasetVersion: dataset.manifest?.version ?? null,
    device: request.device(),
    signal,
    onProgress: request.onProgress,
    generate: async (messages, options) => {
      // After an engine error the model is unloaded; load it again (from the cache).
      try {
        await engine.ensureLoaded(model.id);
      } catch (e) {
        throw new EngineGoneError(`The model could not be loaded again. ${describeError(e)}`);
      }
      return engine.generate(messages, options);
    },
    // The Chat's retrieval, as for a first message: one policy, so the figures hold for it.
    buildMessages: request.retrieval
      ? async (c) => {
          const cases = await casesForQuestion(retrieve, c.prompt);
          return benchMessages(c, { contextWindow, maxTokens, cases });
        }
      : undefined,
  });
}
