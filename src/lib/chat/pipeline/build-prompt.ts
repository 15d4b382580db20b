// Step 2: what the model sees for the last question of a conversation (safety rules, similar
// cases, as much history as fits the model's window and, at this device's measured speeds, a
// time-to-first-token budget), and what the answer records of it. Pure.
import type { PromptSpeeds } from '../../engine/rates';
import { usedCases } from '../cases';
import { devicePromptOptions } from '../draft';
import { historyForPrompt } from '../history';
import { buildPrompt, type BuiltPrompt } from '../prompt';
import type { ChatMessage, RetrievedCase } from '../types';

/** Seconds a person should wait at most before the answer starts (the prompt is cut to fit). */
export const TTFT_BUDGET_S = 10;

const UNKNOWN: PromptSpeeds = { prefillTokensPerS: null, decodeTokensPerS: null };

export interface AnswerPrompt extends BuiltPrompt {
  /** The context window it was built for. */
  contextWindow: number;
  /** The speeds it was sized with (null: unknown). */
  speeds: PromptSpeeds;
  /** Tokens the answer may take: a share of the window, less on a device that writes slowly. */
  maxTokens: number;
}

/** The prompt for the last user message of `messages`, its red flags restated to the model. */
export function answerPrompt(
  messages: readonly ChatMessage[],
  cases: readonly RetrievedCase[],
  contextWindow: number,
  speeds: PromptSpeeds | null = null,
): AnswerPrompt {
  const triage = messages.at(-1)?.triage;
  const device = devicePromptOptions(contextWindow, speeds, TTFT_BUDGET_S);
  const built = buildPrompt(historyForPrompt(messages), {
    ...device,
    cases,
    ...(triage ? { triage } : {}),
  });
  return { ...built, contextWindow, speeds: speeds ?? UNKNOWN, maxTokens: device.maxAnswerTokens };
}

/**
 * The same prompt for the model that was really loaded: rebuilt only when its context window or
 * this device's speeds with it differ from those assumed before it loaded (another model was
 * picked meanwhile, or the speeds of an earlier visit were read since).
 */
export function promptForModel(
  prompt: AnswerPrompt,
  messages: readonly ChatMessage[],
  cases: readonly RetrievedCase[],
  contextWindow: number,
  speeds: PromptSpeeds | null = null,
): AnswerPrompt {
  const now = speeds ?? UNKNOWN;
  const same =
    contextWindow === prompt.contextWindow &&
    now.prefillTokensPerS === prompt.speeds.prefillTokensPerS &&
    now.decodeTokensPerS === prompt.speeds.decodeTokensPerS;
  return same ? prompt : answerPrompt(messages, cases, contextWindow, speeds);
}

/**
 * The answer with what it is grounded on: the cases the prompt really used, the turns left out,
 * and, when something was cut for the window or for time, the sentence that says so.
 */
export function groundedAnswer(
  answer: ChatMessage,
  cases: readonly RetrievedCase[],
  prompt: AnswerPrompt,
): ChatMessage {
  const grounded: ChatMessage = { ...answer, cases: usedCases(cases, prompt.usedCases) };
  if (prompt.droppedTurns > 0) grounded.droppedTurns = prompt.droppedTurns;
  else delete grounded.droppedTurns;
  if (prompt.trim) grounded.trimNote = prompt.trim.note;
  else delete grounded.trimNote;
  return grounded;
}
