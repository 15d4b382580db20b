// Checks on what the user is about to send, before anything is stored, and the budget the model
// gets on this device. Pure.
import { answerTokensFor, type DeviceSpeeds } from '../engine/rates';
import { buildPrompt, estimateTokens, PromptTooLongError, type PromptOptions } from './prompt';

/**
 * Tokens kept free for the answer: a quarter of the window, between 64 and 512; and, once the
 * device's decode speed is known, no more than it writes in about two minutes (at least 48).
 */
export function answerBudget(contextWindow: number, decodeTokensPerS?: number | null): number {
  const share = Math.max(64, Math.min(512, Math.floor(contextWindow / 4)));
  return decodeTokensPerS == null ? share : answerTokensFor(decodeTokensPerS, { max: share });
}

/**
 * The prompt options that fit this model on this device: its window, an answer budget that
 * follows the decode speed, and the measured prefill speed for the time-to-first-token budget.
 */
export function devicePromptOptions(
  contextWindow: number,
  speeds?: Pick<DeviceSpeeds, 'prefillTokensPerS' | 'decodeTokensPerS'> | null,
  ttftBudgetS?: number,
): Pick<PromptOptions, 'contextWindow' | 'maxAnswerTokens' | 'prefillTokensPerS' | 'ttftBudgetS'> {
  return {
    contextWindow,
    maxAnswerTokens: answerBudget(contextWindow, speeds?.decodeTokensPerS),
    prefillTokensPerS: speeds?.prefillTokensPerS ?? null,
    ...(ttftBudgetS ? { ttftBudgetS } : {}),
  };
}

/**
 * Why `text` cannot be sent to a model with this context window, or null when it can. The
 * message says whose fault it is: a message too long for the window, or a window too small for
 * Bedside's safety instructions and any message.
 */
export function fitProblem(text: string, contextWindow: number): string | null {
  try {
    buildPrompt([{ role: 'user', content: text }], {
      contextWindow,
      maxAnswerTokens: answerBudget(contextWindow),
    });
    return null;
  } catch (error) {
    if (error instanceof PromptTooLongError) return error.message;
    throw error;
  }
}

/** A quiet hint under the composer when a draft takes much of the model's memory. */
export function draftHint(text: string, contextWindow: number): string | null {
  const budget = contextWindow - answerBudget(contextWindow);
  const tokens = estimateTokens(text);
  if (tokens < budget * 0.5) return null;
  return `Long message: about ${tokens} of the ${budget} tokens this model can read. Earlier messages may be left out of its memory.`;
}
