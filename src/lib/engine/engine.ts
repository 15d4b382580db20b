// The Engine interface the UI talks to: load a model with progress, stream a chat completion,
// interrupt it, unload, and report timing stats. WebLLMEngine (webllm.ts) implements it over
// WebLLM's worker engine; TestEngine (test-engine.ts, test builds only) deterministically.
import type { ModelEntry } from './registry';

export type ModelRole = 'system' | 'user' | 'assistant';

/** One message as the model reads it (OpenAI style). The Chat keeps its own, richer ChatMessage. */
export interface ModelMessage {
  role: ModelRole;
  content: string;
}

/** What WebLLM reports while loading (its InitProgressReport), passed through unchanged. */
export interface RawProgress {
  /** 0..1 within the current phase. */
  progress: number;
  /** Seconds since the phase started, as WebLLM counts them. */
  timeElapsed: number;
  text: string;
}

export interface LoadOptions {
  onProgress?: (report: RawProgress) => void;
  /** Aborting stops the download; the promise then rejects with a CancelledError. */
  signal?: AbortSignal;
}

export interface GenerateOptions {
  /** Called for every streamed piece: the new text and everything so far. */
  onToken?: (delta: string, text: string) => void;
  /** Aborting stops generation; the result so far is returned with finishReason 'abort'. */
  signal?: AbortSignal;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
}

/** Timing of one generation, from WebLLM's usage statistics (usage.extra). */
export interface GenerationStats {
  promptTokens: number;
  completionTokens: number;
  /** Seconds from the request to the first generated token (mostly prefill). */
  timeToFirstTokenS: number;
  prefillTokensPerS: number;
  decodeTokensPerS: number;
  /** Seconds from the request to the last token. */
  totalS: number;
}

/** stop: the model finished; length: max tokens or the context window; abort: stopped. */
export type FinishReason = 'stop' | 'length' | 'abort';

export interface GenerationResult {
  text: string;
  finishReason: FinishReason;
  /** Null only when the engine gave no usage (e.g. stopped before the first token). */
  stats: GenerationStats | null;
}

export interface Engine {
  readonly loadedModelId: string | null;
  /** Loads (downloading when needed) a model; resolves once it can generate. */
  load(model: ModelEntry, options?: LoadOptions): Promise<void>;
  /** Streams one chat completion over the whole conversation given. */
  generate(messages: ModelMessage[], options?: GenerateOptions): Promise<GenerationResult>;
  /** Stops the current generation; generate() then resolves with finishReason 'abort'. */
  interrupt(): void;
  /** Frees the model and the GPU memory it holds. */
  unload(): Promise<void>;
}

/** Thrown when a load is cancelled by the user. Never shown as a failure. */
export class CancelledError extends Error {
  constructor(message = 'Cancelled.') {
    super(message);
    this.name = 'CancelledError';
  }
}

/** Thrown when the engine's worker died (crash, out of memory) with no error of its own. */
export class WorkerCrashedError extends Error {
  constructor(detail: string) {
    super(`The model worker stopped unexpectedly: ${detail}`);
    this.name = 'WorkerCrashedError';
  }
}
