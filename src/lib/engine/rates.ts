// How fast this device runs the model, and what follows from it: the time to the first token a
// prompt of a given size will take, and the answer length the device can write in reasonable
// time. Pure; the measured figures come from the engine's stats. (Rates shown to a person are
// formatRate in src/lib/format.ts.)
import type { ModelMessage, GenerationStats } from './engine';

/** The time to the first token Bedside aims for, in seconds. */
export const DEFAULT_TTFT_BUDGET_S = 10;
/** Seconds of decoding an answer may take at most, before max_tokens cuts it. */
export const DEFAULT_ANSWER_BUDGET_S = 120;
/** An answer shorter than this is rarely useful, however slow the device. */
export const MIN_ANSWER_TOKENS = 48;
export const MAX_ANSWER_TOKENS = 512;

/** Seconds of prefill before the first token, for a prompt of `promptTokens`. */
export function estimateTtftS(promptTokens: number, prefillTokensPerS: number): number {
  return prefillTokensPerS > 0 ? promptTokens / prefillTokensPerS : Infinity;
}

/** The largest prompt, in tokens, that this prefill speed reads within `budgetS` seconds. */
export function promptTokensWithin(budgetS: number, prefillTokensPerS: number): number {
  if (!(prefillTokensPerS > 0) || !(budgetS > 0)) return 0;
  return Math.floor(prefillTokensPerS * budgetS);
}

/**
 * max_tokens for the answer: what this device decodes in `budgetS` seconds, at least
 * MIN_ANSWER_TOKENS and at most `max` (the context window's share). Without a measured speed,
 * `max`: the first answer measures the speed.
 */
export function answerTokensFor(
  decodeTokensPerS: number | null | undefined,
  { budgetS = DEFAULT_ANSWER_BUDGET_S, max = MAX_ANSWER_TOKENS } = {},
): number {
  const ceiling = Math.max(MIN_ANSWER_TOKENS, max);
  if (decodeTokensPerS == null || !(decodeTokensPerS > 0) || !Number.isFinite(decodeTokensPerS)) {
    return ceiling;
  }
  return Math.min(ceiling, Math.max(MIN_ANSWER_TOKENS, Math.floor(decodeTokensPerS * budgetS)));
}

/** Speeds measured on this device for one model, smoothed over the answers seen so far. */
export interface DeviceSpeeds {
  modelId: string;
  prefillTokensPerS: number | null;
  decodeTokensPerS: number | null;
  samples: number;
}

/**
 * Prefill speed to assume before anything was measured on a software renderer: WebLLM on
 * SwiftShader read about 0.7 tokens/s here (TOOLCHAIN.md). Sizing the first prompt with it keeps
 * the first answer from waiting 20 minutes; a GPU needs no assumption (the first answer measures).
 */
export const SOFTWARE_PREFILL_TOKENS_PER_S = 0.7;

/** The prefill speed to size the next prompt with: measured, else the software assumption. */
export function prefillSpeedFor(
  speeds: Pick<DeviceSpeeds, 'prefillTokensPerS'> | null | undefined,
  isSoftware: boolean,
): number | null {
  return speeds?.prefillTokensPerS ?? (isSoftware ? SOFTWARE_PREFILL_TOKENS_PER_S : null);
}

/**
 * Decode speed to assume on a software renderer before anything was measured: about 0.08
 * tokens/s there (13 s a token, TOOLCHAIN.md), so that the first answer's max_tokens is what
 * that device writes in reasonable time, not 512 tokens (almost two hours).
 */
export const SOFTWARE_DECODE_TOKENS_PER_S = 0.08;

/** The decode speed to size the next answer with: measured, else the software assumption. */
export function decodeSpeedFor(
  speeds: Pick<DeviceSpeeds, 'decodeTokensPerS'> | null | undefined,
  isSoftware: boolean,
): number | null {
  return speeds?.decodeTokensPerS ?? (isSoftware ? SOFTWARE_DECODE_TOKENS_PER_S : null);
}

/** The speeds a prompt is sized with (measured on this device, or assumed); null: unknown. */
export type PromptSpeeds = Pick<DeviceSpeeds, 'prefillTokensPerS' | 'decodeTokensPerS'>;

/** What to size the next prompt for a model with, from what this device measured of it. */
export function promptSpeedsFor(
  measured: DeviceSpeeds | null | undefined,
  isSoftware: boolean,
): PromptSpeeds {
  return {
    prefillTokensPerS: prefillSpeedFor(measured, isSoftware),
    decodeTokensPerS: decodeSpeedFor(measured, isSoftware),
  };
}

/** The prefill speed in a generation's stats; null when there is none worth trusting. */
export function prefillSpeedFrom(stats: GenerationStats | null | undefined): number | null {
  if (!stats) return null;
  if (Number.isFinite(stats.prefillTokensPerS) && stats.prefillTokensPerS > 0) {
    return stats.prefillTokensPerS;
  }
  const ttft = stats.timeToFirstTokenS;
  return stats.promptTokens > 0 && Number.isFinite(ttft) && ttft > 0
    ? stats.promptTokens / ttft
    : null;
}

/**
 * Folds one answer's stats into what is known of this device: a running mean weighted towards
 * recent answers (a warm GPU is faster than a cold one), reset when the model changes.
 */
export function updateSpeeds(
  previous: DeviceSpeeds | null,
  modelId: string,
  stats: GenerationStats | null | undefined,
): DeviceSpeeds {
  const base: DeviceSpeeds =
    previous?.modelId === modelId
      ? previous
      : { modelId, prefillTokensPerS: null, decodeTokensPerS: null, samples: 0 };
  const prefill = prefillSpeedFrom(stats);
  const decode =
    stats && Number.isFinite(stats.decodeTokensPerS) && stats.decodeTokensPerS > 0
      ? stats.decodeTokensPerS
      : null;
  if (prefill === null && decode === null) return base;
  const mix = (old: number | null, now: number | null) =>
    now === null ? old : old === null ? now : old * 0.5 + now * 0.5;
  return {
    modelId,
    prefillTokensPerS: mix(base.prefillTokensPerS, prefill),
    decodeTokensPerS: mix(base.decodeTokensPerS, decode),
    samples: base.samples + 1,
  };
}

/**
 * A short request to measure prefill speed right after a model loads, before the first real
 * question: send it with maxTokens 1, then read prefillSpeedFrom(result.stats). About 60
 * tokens, so it takes well under a minute even on a software renderer (0.7 tok/s there).
 */
export const PREFILL_PROBE: readonly ModelMessage[] = [
  {
    role: 'system',
    content: 'You are a careful assistant. Answer in one word.',
  },
  {
    role: 'user',
    content:
      'This short message only measures how fast this device reads a prompt. Please reply with the single word "ready" and nothing else.',
  },
];
