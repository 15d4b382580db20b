// Step 2: what the model sees for the last question of a conversation (safety rules, similar
// cases, as much history as fits), and what the answer records of it. Pure.
import { usedCases } from '../cases';
import { answerBudget } from '../draft';
import { historyForPrompt } from '../history';
import { buildPrompt, type BuiltPrompt } from '../prompt';
import type { ChatMessage, RetrievedCase } from '../types';

export interface AnswerPrompt extends BuiltPrompt {
  /** The context window it was built for. */
  contextWindow: number;
  /** Tokens the answer may take. */
  maxTokens: number;
}

/** The prompt for the last user message of `messages`, its red flags restated to the model. */
export function answerPrompt(
  messages: readonly ChatMessage[],
  cases: readonly RetrievedCase[],
  contextWindow: number,
): AnswerPrompt {
  const triage = messages.at(-1)?.triage;
  const maxTokens = answerBudget(contextWindow);
  const built = buildPrompt(historyForPrompt(messages), {
    contextWindow,
    maxAnswerTokens: maxTokens,
    cases,
    ...(triage ? { triage } : {}),
  });
  return { ...built, contextWindow, maxTokens };
}

/**
 * The same prompt for the model that was really loaded: rebuilt only when its context window
 * differs from the one assumed before it loaded (another model was picked meanwhile).
 */
export function promptForModel(
  prompt: AnswerPrompt,
  messages: readonly ChatMessage[],
  cases: readonly RetrievedCase[],
  contextWindow: number,
): AnswerPrompt {
  return contextWindow === prompt.contextWindow
    ? prompt
    : answerPrompt(messages, cases, contextWindow);
}

/** The answer with what it is grounded on: the cases the prompt really used, turns left out. */
export function groundedAnswer(
  answer: ChatMessage,
  cases: readonly RetrievedCase[],
  prompt: AnswerPrompt,
): ChatMessage {
  const grounded: ChatMessage = { ...answer, cases: usedCases(cases, prompt.usedCases) };
  if (prompt.droppedTurns > 0) grounded.droppedTurns = prompt.droppedTurns;
  else delete grounded.droppedTurns;
  return grounded;
}
