// The shape of a benchmark run: its settings, one item per dialogue, and its summary. Kept in
// IndexedDB and written to the JSON export as is (export.ts validates it on import).
import type { FinishReason, GenerationStats } from '../engine/engine';
import type { TriageLevel } from '../safety/triage';
import type { TriageAgreement } from './advice';
import type { BenchCase } from './cases';
import type { RougeL } from './metrics';
import type { BenchSummary } from './summary';

export type RunStatus = 'running' | 'complete' | 'cancelled' | 'stopped';

export interface BenchSettings {
  /** Dialogues asked for (the run may hold fewer: cancelled, stopped, or too few eligible). */
  n: number;
  maxTokens: number;
  /** 0: greedy decoding where the engine allows (WebLLM clamps it to 1e-6). */
  temperature: number;
  split: 'test';
  /** Segments picked from; empty means every segment. */
  segments: string[];
  selectionRule: string;
  seed: string;
  /** Dialogues that could have been picked under these settings. */
  eligible: number;
  /** Whether similar train/validation dialogues were put in the prompt, as Chat does. */
  retrieval: boolean;
  /** The dataset manifest version the dialogues came from. */
  datasetVersion: string | null;
  /** FNV-1a of the system prompt, to tell runs with different prompts apart. */
  promptId: string;
  contextWindow: number;
}

export interface BenchModel {
  id: string;
  name: string;
  /** ModelEntry.source: 'curated' | 'finetuned' | 'custom' | 'test'. */
  source: string;
}

export interface BenchItem extends BenchCase {
  reply: string;
  finishReason: FinishReason | null;
  rougeL: RougeL;
  stats: GenerationStats | null;
  triage: TriageAgreement;
  /** The advice level of the dataset's own doctor reply, under the same rule (a baseline). */
  referenceAdvice: TriageLevel;
  /** Ids of the retrieved dialogues put in the prompt, when retrieval was on. */
  caseIds?: string[];
  /** Why this dialogue has no reply (the engine failed on it); it is left out of the figures. */
  error?: string;
}

export interface BenchmarkRun {
  id: string;
  model: BenchModel;
  /** The GPU, as WebGPU names it, when known: speeds are only comparable on one device. */
  device: string | null;
  /** ISO 8601. */
  startedAt: string;
  finishedAt: string | null;
  durationS: number;
  status: RunStatus;
  /** Why a run stopped early (status 'stopped'). */
  stopReason?: string;
  settings: BenchSettings;
  items: BenchItem[];
  summary: BenchSummary;
}

export interface BenchProgress {
  /** Items finished (with or without an error). */
  done: number;
  total: number;
  /** The dialogue being answered now; null between items and at the end. */
  current: BenchCase | null;
  elapsedS: number;
  /** The run so far (status 'running' until the end). */
  run: BenchmarkRun;
}
