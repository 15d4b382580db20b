// The benchmark runner: asks a model N held-out dialogues one after another, and records for
// each the reply, its ROUGE-L against the dataset's doctor reply, the engine's timings and
// whether its advice agrees with the app's triage of the question. Framework-free: the caller
// hands in `generate` (EngineRuntime.generate, or a fake in tests).
//
// Cancel (the AbortSignal) interrupts the reply in progress; that half-finished item is left
// out and the run is kept, marked cancelled. An engine error on one dialogue is recorded on
// its item and the run goes on, unless the engine is gone (GPU device lost, WebGPU missing,
// the model could not be loaded again): then the run stops there and says why.
import type { ModelMessage, GenerationResult } from '../engine/engine';
import { classifyError, EngineError, errorText, type FailureKind } from '../engine/errors';
import { buildPrompt, SYSTEM_PROMPT } from '../chat/prompt';
import type { RetrievedCase } from '../chat/types';
import { triage } from '../safety/triage';
import { adviceLevel, triageAgreement } from './advice';
import { SELECTION_RULE, SELECTION_SEED, selectCases, type BenchCase } from './cases';
import { fnv1a } from '../text/fnv1a';
import type { Dialogue } from '../data/normalize';
import { rougeL } from './metrics';
import { summarizeItems } from './summary';
import type { BenchItem, BenchModel, BenchProgress, BenchmarkRun, RunStatus } from './types';

export type BenchGenerate = (
  messages: ModelMessage[],
  options: { signal: AbortSignal; maxTokens: number; temperature: number },
) => Promise<GenerationResult>;

export interface BuiltMessages {
  messages: ModelMessage[];
  caseIds?: string[];
}

export interface RunOptions {
  dialogues: readonly Dialogue[];
  n: number;
  segments: readonly string[];
  generate: BenchGenerate;
  model: BenchModel;
  maxTokens: number;
  contextWindow: number;
  temperature?: number;
  signal?: AbortSignal;
  onProgress?: (progress: BenchProgress) => void;
  /** The prompt for a case; by default {@link benchMessages}, the app's prompt without cases. */
  buildMessages?: (c: BenchCase) => BuiltMessages | Promise<BuiltMessages>;
  retrieval?: boolean;
  datasetVersion?: string | null;
  device?: string | null;
  /** Whether an error means the engine is gone and the run must stop (default: {@link engineGone}). */
  isFatal?: (error: unknown) => boolean;
  /** Milliseconds, for elapsed times (default performance.now). */
  now?: () => number;
  /** Wall-clock time, for startedAt (default new Date()). */
  clock?: () => Date;
  id?: string;
}

/** Thrown by a `generate` whose engine cannot be used again (e.g. the model failed to reload). */
export class EngineGoneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineGoneError';
  }
}

const FATAL_KINDS: ReadonlySet<FailureKind> = new Set([
  'device-lost',
  'no-webgpu',
  'no-shader-f16',
]);

function failureKind(error: unknown): FailureKind {
  return error instanceof EngineError ? error.failure.kind : classifyError(error);
}

/** Whether an engine error means no later dialogue can be answered either. */
export function engineGone(error: unknown): boolean {
  return error instanceof EngineGoneError || FATAL_KINDS.has(failureKind(error));
}

/** A failure in words: EngineRuntime's description when there is one, else the raw text. */
export function describeError(error: unknown): string {
  if (error instanceof EngineError) return `${error.failure.title}. ${error.failure.message}`;
  return errorText(error);
}

export const PROMPT_ID = fnv1a(SYSTEM_PROMPT).toString(16).padStart(8, '0');

/**
 * The prompt Chat would send for this question as the first message of a conversation: the
 * system prompt, the safety note triage adds for red-flag questions, and the question.
 */
export function benchMessages(
  c: BenchCase,
  options: { contextWindow: number; maxTokens: number; cases?: RetrievedCase[] },
): BuiltMessages {
  const built = buildPrompt([{ role: 'user', content: c.prompt }], {
    contextWindow: options.contextWindow,
    maxAnswerTokens: options.maxTokens,
    cases: options.cases,
    triage: triage(c.prompt),
  });
  return { messages: built.messages, caseIds: options.cases ? built.caseIds : undefined };
}

function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

function scoredItem(c: BenchCase, result: GenerationResult, caseIds?: string[]): BenchItem {
  return {
    ...c,
    reply: result.text,
    finishReason: result.finishReason,
    rougeL: rougeL(result.text, c.reference),
    stats: result.stats,
    triage: triageAgreement(c.prompt, result.text),
    referenceAdvice: adviceLevel(c.reference).level,
    ...(caseIds ? { caseIds } : {}),
  };
}

function failedItem(c: BenchCase, error: unknown): BenchItem {
  return {
    ...c,
    reply: '',
    finishReason: null,
    rougeL: { precision: 0, recall: 0, f1: 0 },
    stats: null,
    triage: triageAgreement(c.prompt, ''),
    referenceAdvice: adviceLevel(c.reference).level,
    error: describeError(error),
  };
}

/** Runs the benchmark to the end, a cancel or a lost engine; never throws for engine errors. */
export async function runBenchmark(options: RunOptions): Promise<BenchmarkRun> {
  const now = options.now ?? (() => performance.now());
  const clock = options.clock ?? (() => new Date());
  const isFatal = options.isFatal ?? engineGone;
  const signal = options.signal ?? new AbortController().signal;
  const temperature = options.temperature ?? 0;
  const build =
    options.buildMessages ??
    ((c: BenchCase) =>
      benchMessages(c, { contextWindow: options.contextWindow, maxTokens: options.maxTokens }));

  const { cases, eligible } = selectCases(options.dialogues, {
    n: options.n,
    segments: options.segments,
  });
  const started = now();
  const items: BenchItem[] = [];
  const run: BenchmarkRun = {
    id: options.id ?? newId(),
    model: { ...options.model },
    device: options.device ?? null,
    startedAt: clock().toISOString(),
    finishedAt: null,
    durationS: 0,
    status: 'running',
    settings: {
      n: options.n,
      maxTokens: options.maxTokens,
      temperature,
      split: 'test',
      segments: [...options.segments],
      selectionRule: SELECTION_RULE,
      seed: SELECTION_SEED,
      eligible,
      retrieval: options.retrieval ?? false,
      datasetVersion: options.datasetVersion ?? null,
      promptId: PROMPT_ID,
      contextWindow: options.contextWindow,
    },
    items,
    summary: summarizeItems([]),
  };
  const snapshot = (): BenchmarkRun => ({
    ...run,
    items: [...items],
    durationS: (now() - started) / 1000,
    summary: summarizeItems(items),
  });
  const report = (current: BenchCase | null) =>
    options.onProgress?.({
      done: items.length,
      total: cases.length,
      current,
      elapsedS: (now() - started) / 1000,
      run: snapshot(),
    });

  let status: RunStatus = 'complete';
  let stopReason: string | undefined;
  for (const c of cases) {
    if (signal.aborted) {
      status = 'cancelled';
      break;
    }
    report(c);
    try {
      const built = await build(c);
      if (signal.aborted) {
        status = 'cancelled';
        break;
      }
      const result = await options.generate(built.messages, {
        signal,
        maxTokens: options.maxTokens,
        temperature,
      });
      if (result.finishReason === 'abort') {
        // A reply cut short by the cancel is not a reply to score; one stopped by something
        // else (another view interrupting the engine) is recorded as a failed item.
        if (signal.aborted) {
          status = 'cancelled';
          break;
        }
        items.push(failedItem(c, 'The reply was interrupted outside the benchmark.'));
        continue;
      }
      items.push(scoredItem(c, result, built.caseIds));
    } catch (error) {
      if (signal.aborted) {
        status = 'cancelled';
        break;
      }
      if (isFatal(error)) {
        status = 'stopped';
        stopReason = `Stopped at dialogue ${c.id} (${items.length + 1} of ${cases.length}): ${describeError(error)} The ${items.length} result${items.length === 1 ? '' : 's'} before it are kept.`;
        break;
      }
      items.push(failedItem(c, error));
    }
  }

  const final = snapshot();
  final.status = status;
  final.finishedAt = clock().toISOString();
  if (stopReason) final.stopReason = stopReason;
  options.onProgress?.({
    done: items.length,
    total: cases.length,
    current: null,
    elapsedS: final.durationS,
    run: final,
  });
  return final;
}
