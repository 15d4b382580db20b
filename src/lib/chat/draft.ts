// Checks on what the user is about to send, before anything is stored. Pure.
import { buildPrompt, estimateTokens, PromptTooLongError } from './prompt';

/** Tokens kept free for the answer: a quarter of the window, between 64 and 512. */
export function answerBudget(contextWindow: number): number {
  return Math.max(64, Math.min(512, Math.floor(contextWindow / 4)));
}

/** Why `text` cannot be sent to a model with this context window, or null when it can. */
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
