// The shapes the answer pipeline shares with the Chat state: what it needs of the engine and of
// the dataset, and the answer in progress. Framework-free.
import type { GenerateOptions, GenerationResult } from '../../engine/engine';
import type { PromptSpeeds } from '../../engine/rates';
import type { PromptMessage } from '../prompt';
import type { PipelineTimings } from '../timing';
import type { RetrievedCase } from '../types';

/** preparing: retrieval and prompt; loading: waiting for the model; generating: streaming. */
export type AnswerPhase = 'preparing' | 'loading' | 'generating';

export interface PendingAnswer {
  conversationId: string;
  messageId: string;
  phase: AnswerPhase;
}

/** The part of the engine the Chat uses. */
export interface ChatEngine {
  ensureLoaded(): Promise<{ id: string }>;
  generate(messages: PromptMessage[], options: GenerateOptions): Promise<GenerationResult>;
  cancelLoad(): void;
  /** Tokens the prompt may use; without an id, for the model the next send will load. */
  contextWindow(modelId?: string | null): number;
  /**
   * How fast this device reads prompts and writes answers with that model (measured, or
   * assumed on a software renderer); absent or null speeds: only the window limits the prompt.
   */
  promptSpeeds?(modelId?: string | null): PromptSpeeds;
}

/**
 * The one retrieval policy: the similar cases for a text, best first (the policy decides how
 * many, from where, and none for a crisis). The Chat and the Benchmark call the same function.
 */
export type Retrieve = (text: string) => Promise<RetrievedCase[]>;

/** Why an answer is asked for, and when the user acted (for the pipeline timings). */
export interface AnswerTiming {
  kind: PipelineTimings['kind'];
  /** clock() when the user sent. */
  start: number;
  /** Time the triage took before the answer began (0 when the question was triaged before). */
  triageMs: number;
}
