// Builds what the model sees: a system prompt in the dataset's doctor voice with the safety
// rules, a few similar dataset dialogues as short reference cases, and as much of the
// conversation as fits both the model's context window and, given the prefill speed measured on
// this device, a time-to-first-token budget. Pure: no I/O, no Svelte.
import type { Triage } from '../safety/triage';
import { CASE_CLIPS, estimateTokens, pickCases, type CasePick } from './prompt-cases';
import { SMALL_CONTEXT_WINDOW, systemPromptFor } from './system-prompt';
import type { RetrievedCase } from './types';

export { clipCase, estimateTokens, formatCase } from './prompt-cases';

export {
  redFlagNote,
  SHORT_SYSTEM_PROMPT,
  SMALL_CONTEXT_WINDOW,
  SYSTEM_PROMPT,
  systemPromptFor,
} from './system-prompt';

/** What the prompt needs of a similar case. */
export type PromptCase = Pick<RetrievedCase, 'dialogueId' | 'text' | 'dataset' | 'segment'>;

export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface HistoryTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface PromptOptions {
  /** The model's context window in tokens. */
  contextWindow: number;
  /** Tokens kept free for the answer. */
  maxAnswerTokens: number;
  /** Similar cases, best first. */
  cases?: readonly PromptCase[];
  /** At most this share of the context goes to reference cases. */
  caseShare?: number;
  /** Each line of a case (patient, doctor) is cut to this many characters. */
  maxCaseChars?: number;
  /** The triage of the latest user message; red flags are restated to the model. */
  triage?: Triage;
  /** Prefill speed measured on this device (tokens/s); without it only the window limits. */
  prefillTokensPerS?: number | null;
  /** Seconds to the first token the prompt should stay within (default 10). */
  ttftBudgetS?: number;
}

export interface PromptTrim {
  /** time: cut to start answering within the budget; window: the context window was full. */
  reason: 'time' | 'window';
  /** One sentence for under the answer. */
  note: string;
}

export interface BuiltPrompt {
  messages: PromptMessage[];
  /** Ids of the cases that made it into the prompt. */
  caseIds: string[];
  /** The cases that made it into the prompt, each with the text the model was shown. */
  usedCases: { dialogueId: string; excerpt: string }[];
  /** Older turns left out (context window or time budget; 0 when none). */
  droppedTurns: number;
  estimatedTokens: number;
  /** Token budget for the prompt (context window minus the answer's share). */
  budget: number;
  /** Cases shown shorter than usual to fit. */
  casesShrunk: number;
  /** Cases offered but left out. */
  casesDropped: number;
  /** Estimated seconds before the first token; null without a measured prefill speed. */
  estimatedTtftS: number | null;
  /** The short system prompt was used (small window, or a device too slow for the full one). */
  shortSystemPrompt: boolean;
  /** Even the smallest prompt is estimated to take longer than the budget. */
  overTimeBudget: boolean;
  /** What was cut and why; null when nothing was. */
  trim: PromptTrim | null;
}

export class PromptTooLongError extends Error {
  constructor(
    readonly estimatedTokens: number,
    readonly budget: number,
    /** message: the person's message is too long; window: the model's window is too small. */
    readonly blame: 'message' | 'window' = 'message',
    contextWindow?: number,
  ) {
    super(
      blame === 'window'
        ? `This model's context window (${contextWindow ?? budget} tokens) is too small for Bedside's safety instructions, your message and an answer. Pick a model with a larger context window.`
        : `Your message is too long for this model: about ${estimatedTokens} tokens, and it can read about ${budget} besides Bedside's instructions. Shorten it, or pick a model with a larger context window.`,
    );
    this.name = 'PromptTooLongError';
  }
}

/** Per-message overhead of chat templates (role markers, separators), in tokens. */
const MESSAGE_OVERHEAD = 6;
/** The least room a message must have, in tokens, for the blame to fall on the message. */
const MIN_MESSAGE_ROOM = 32;
const CASES_HEADING =
  '\n\nReference cases from the dataset (examples only, not about this patient):\n\n';

function messageTokens(message: { content: string }): number {
  return estimateTokens(message.content) + MESSAGE_OVERHEAD;
}

/** The most recent turns within `room` tokens, never starting with an orphaned answer. */
function pickHistory(earlier: readonly HistoryTurn[], room: number) {
  const kept: HistoryTurn[] = [];
  let tokens = 0;
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const cost = messageTokens(earlier[i]!);
    if (tokens + cost > room) break;
    kept.unshift(earlier[i]!);
    tokens += cost;
  }
  while (kept[0]?.role === 'assistant') tokens -= messageTokens(kept.shift()!);
  return { kept, tokens };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function trimNote(
  built: BuiltPrompt,
  reason: PromptTrim['reason'],
  shorter: boolean,
  budgetS: number,
) {
  const cut = [
    built.casesShrunk > 0 &&
      `${plural(built.casesShrunk, 'reference case was', 'reference cases were')} shortened`,
    built.casesDropped > 0 &&
      `${plural(built.casesDropped, 'reference case was', 'reference cases were')} left out`,
    built.droppedTurns > 0 &&
      `${plural(built.droppedTurns, 'earlier message was', 'earlier messages were')} left out of the model's memory`,
    shorter && 'the shorter safety instructions were used',
  ].filter((x): x is string => Boolean(x));
  const what = cut.length > 1 ? `${cut.slice(0, -1).join(', ')} and ${cut.at(-1)}` : cut[0];
  if (reason === 'window') return `This model's memory is full: ${what}.`;
  const wait = `about ${Math.round(built.estimatedTtftS ?? 0)} s`;
  if (!what) return `This device reads prompts slowly: the answer may take ${wait} to start.`;
  return built.overTimeBudget
    ? `This device reads prompts slowly: ${what}, and the answer may still take ${wait} to start.`
    : `To start answering within about ${budgetS} s on this device, ${what}.`;
}

/**
 * Builds the prompt. The system prompt and the latest user message are always kept; if they do
 * not fit the window, PromptTooLongError blames the message or, when even a short message could
 * not fit, the model's window. A window of SMALL_CONTEXT_WINDOW tokens or less gets the short
 * system prompt. Reference cases take at most `caseShare` of the window, best first, shortened
 * and then dropped to fit; the rest goes to the conversation, newest first. With a prefill speed,
 * the estimated time to the first token is kept within `ttftBudgetS` by shortening, then dropping
 * cases, then dropping old turns, then using the short system prompt.
 */
export function buildPrompt(history: HistoryTurn[], options: PromptOptions): BuiltPrompt {
  const last = history.at(-1);
  if (!last || last.role !== 'user') {
    throw new Error('buildPrompt: the conversation must end with a user message');
  }
  const budget = Math.max(0, options.contextWindow - options.maxAnswerTokens);
  const speed = options.prefillTokensPerS ?? 0;
  const budgetS = options.ttftBudgetS ?? 10;
  const timeTokens = speed > 0 ? Math.floor(speed * budgetS) : Infinity;
  const cases = options.cases ?? [];
  const maxChars = options.maxCaseChars ?? CASE_CLIPS[0]!;
  const earlier = history.slice(0, -1);
  const system = (short: boolean) => systemPromptFor({ triage: options.triage, short });

  const shortTokens = messageTokens({ content: system(true) });
  let short = options.contextWindow <= SMALL_CONTEXT_WINDOW;
  if (!short && messageTokens({ content: system(false) }) + messageTokens(last) > budget) {
    short = true;
  }
  if (shortTokens + messageTokens(last) > budget) {
    const room = budget - shortTokens;
    if (room < MIN_MESSAGE_ROOM) {
      throw new PromptTooLongError(shortTokens, budget, 'window', options.contextWindow);
    }
    throw new PromptTooLongError(estimateTokens(last.content), room, 'message');
  }

  const assemble = (useShort: boolean, timed: boolean): BuiltPrompt => {
    const base = system(useShort);
    const fixed = messageTokens({ content: base }) + messageTokens(last);
    const windowRoom = budget - fixed;
    const caseCap = Math.min(Math.floor(budget * (options.caseShare ?? 0.3)), windowRoom);
    let picked: CasePick;
    let turns: ReturnType<typeof pickHistory>;
    if (!timed) {
      picked = pickCases(cases, caseCap, maxChars);
      turns = pickHistory(earlier, windowRoom - picked.tokens);
    } else {
      // Under the time budget the conversation outranks the reference cases.
      const timeRoom = timeTokens - fixed;
      const windowTurns = pickHistory(earlier, windowRoom);
      picked = pickCases(cases, Math.min(caseCap, timeRoom - windowTurns.tokens), maxChars);
      turns = pickHistory(earlier, Math.min(windowRoom, timeRoom) - picked.tokens);
    }
    const content = picked.texts.length
      ? `${base}${CASES_HEADING}${picked.texts.join('\n\n')}`
      : base;
    const estimatedTokens = messageTokens({ content }) + messageTokens(last) + turns.tokens;
    return {
      messages: [{ role: 'system', content }, ...turns.kept.map((t) => ({ ...t })), { ...last }],
      caseIds: picked.used.map((c) => c.dialogueId),
      usedCases: picked.used,
      droppedTurns: earlier.length - turns.kept.length,
      estimatedTokens,
      budget,
      casesShrunk: picked.shrunk,
      casesDropped: cases.length - picked.used.length,
      estimatedTtftS: speed > 0 ? estimatedTokens / speed : null,
      shortSystemPrompt: useShort,
      overTimeBudget: estimatedTokens > timeTokens,
      trim: null,
    };
  };

  const windowOnly = assemble(short, false);
  let built = windowOnly;
  if (windowOnly.estimatedTokens > timeTokens) {
    built = assemble(short, true);
    if (built.overTimeBudget && !short) built = assemble(true, true);
  }
  const cutByWindow =
    windowOnly.casesShrunk + windowOnly.casesDropped + windowOnly.droppedTurns > 0;
  const shorter = built.shortSystemPrompt && !windowOnly.shortSystemPrompt;
  const cutByTime =
    shorter ||
    built.casesShrunk > windowOnly.casesShrunk ||
    built.casesDropped > windowOnly.casesDropped ||
    built.droppedTurns > windowOnly.droppedTurns;
  const reason = cutByTime || built.overTimeBudget ? 'time' : cutByWindow ? 'window' : null;
  if (reason) built.trim = { reason, note: trimNote(built, reason, shorter, budgetS) };
  return built;
}
