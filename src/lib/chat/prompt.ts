// Builds what the model sees: a system prompt in the dataset's doctor voice with the safety
// rules, a few similar dataset dialogues as short reference cases, and as much of the
// conversation as fits the model's context window. Pure: no I/O, no Svelte.
import type { Triage } from '../safety/triage';
import type { RetrievedCase } from './types';

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
}

export interface BuiltPrompt {
  messages: PromptMessage[];
  /** Ids of the cases that made it into the prompt. */
  caseIds: string[];
  /** The cases that made it into the prompt, each with the text the model was shown. */
  usedCases: { dialogueId: string; excerpt: string }[];
  /** Older turns left out because the context window is full (0 when none). */
  droppedTurns: number;
  estimatedTokens: number;
  /** Token budget for the prompt (context window minus the answer's share). */
  budget: number;
}

export class PromptTooLongError extends Error {
  constructor(
    readonly estimatedTokens: number,
    readonly budget: number,
  ) {
    super(
      `Your message is too long for this model: about ${estimatedTokens} tokens, and it can read about ${budget}. Shorten it, or pick a model with a larger context window.`,
    );
    this.name = 'PromptTooLongError';
  }
}

/** Per-message overhead of chat templates (role markers, separators), in tokens. */
const MESSAGE_OVERHEAD = 6;

/**
 * A deliberately pessimistic token estimate: English BPE tokenizers average about four
 * characters a token; medical words, numbers and non-ASCII run shorter, so count three.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

function messageTokens(message: { content: string }): number {
  return estimateTokens(message.content) + MESSAGE_OVERHEAD;
}

export const SYSTEM_PROMPT = `You are Bedside, a careful and kind doctor answering a patient's questions in an online consultation, in the plain, warm voice of the doctors in the reference cases ("Thanks for your question…").

Rules you always follow:
- You cannot examine the patient and you do not diagnose. Describe what is possible or likely, never what is certain, and say what would help a clinician decide.
- If anything suggests an emergency (chest pain with sweating or spreading to the arm or jaw, stroke signs, trouble breathing, heavy bleeding, thoughts of suicide, an overdose, a very young infant with fever), say first and plainly to call the local emergency number or go to an emergency department now.
- Recommend seeing a doctor in person whenever symptoms are severe, lasting or getting worse.
- Do not give prescription drug doses. Over-the-counter advice must mention checking the label and asking a pharmacist.
- If you do not know, say so. Do not make up facts, studies or statistics.
- The reference cases are earlier consultations from a public dataset. They may be outdated, wrong or about someone else. Use them only as examples of tone and of questions worth asking; never treat them as facts about this patient.
- Keep answers short: a few sentences or a short list. Ask one or two questions if more detail would help.`;

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** A case's text ("Patient: …\nDoctor: …") with each speaker's part clipped to `maxChars`. */
export function clipCase(text: string, maxChars: number): string {
  return text
    .split(/\n(?=(?:Patient|Doctor): )/)
    .map((part) => {
      const m = /^(Patient|Doctor): ([\s\S]*)$/.exec(part);
      return m ? `${m[1]}: ${clip(m[2]!, maxChars)}` : clip(part, maxChars);
    })
    .join('\n');
}

/** One reference case as the model sees it: a heading, then the exchange, clipped. */
export function formatCase(c: PromptCase, index: number, maxChars: number): string {
  return `Case ${index + 1} (${c.dataset}, ${c.segment}):\n${clipCase(c.text, maxChars)}`;
}

function redFlagNote(triage: Triage | undefined): string {
  if (!triage || triage.level === 'routine' || triage.flags.length === 0) return '';
  const labels = triage.flags.map((f) => f.label).join('; ');
  return triage.level === 'emergency'
    ? `\n\nSafety check: the patient's latest message shows possible emergency signs (${labels}). Start your answer by telling them to call the local emergency number or go to the nearest emergency department now. Do not reassure them that it is minor.`
    : `\n\nSafety check: the patient's latest message shows signs that need a clinician soon (${labels}). Advise them to see a doctor within a day or so, and sooner if it gets worse.`;
}

/**
 * Builds the prompt. The system prompt and the latest user message are always kept; if those
 * alone do not fit, PromptTooLongError says so. Reference cases take at most `caseShare` of
 * the budget (best first); the rest goes to the conversation, newest first, and older turns
 * that do not fit are left out and counted in `droppedTurns`.
 */
export function buildPrompt(history: HistoryTurn[], options: PromptOptions): BuiltPrompt {
  const last = history.at(-1);
  if (!last || last.role !== 'user') {
    throw new Error('buildPrompt: the conversation must end with a user message');
  }
  const budget = Math.max(0, options.contextWindow - options.maxAnswerTokens);
  const system = SYSTEM_PROMPT + redFlagNote(options.triage);
  const fixed = messageTokens({ content: system }) + messageTokens(last);
  if (fixed > budget) throw new PromptTooLongError(fixed, budget);

  // Reference cases, best first, within their share and what is left.
  const caseBudget = Math.min(Math.floor(budget * (options.caseShare ?? 0.3)), budget - fixed);
  const maxCaseChars = options.maxCaseChars ?? 400;
  const caseTexts: string[] = [];
  const usedCases: BuiltPrompt['usedCases'] = [];
  let caseTokens = 0;
  for (const c of options.cases ?? []) {
    const text = formatCase(c, caseTexts.length, maxCaseChars);
    const cost = estimateTokens(text) + 2;
    if (caseTokens + cost > caseBudget) break;
    caseTexts.push(text);
    usedCases.push({ dialogueId: c.dialogueId, excerpt: clipCase(c.text, maxCaseChars) });
    caseTokens += cost;
  }
  const systemContent =
    caseTexts.length > 0
      ? `${system}\n\nReference cases from the dataset (examples only, not about this patient):\n\n${caseTexts.join('\n\n')}`
      : system;
  let used = messageTokens({ content: systemContent }) + messageTokens(last);

  // Earlier turns, newest first, while they fit. A turn that does not fit ends the walk, so
  // the kept history is always a contiguous, most-recent stretch.
  const earlier = history.slice(0, -1);
  const kept: HistoryTurn[] = [];
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const turn = earlier[i]!;
    const cost = messageTokens(turn);
    if (used + cost > budget) break;
    kept.unshift(turn);
    used += cost;
  }
  // Never start the kept history with an assistant turn cut off from its question.
  while (kept[0]?.role === 'assistant') {
    used -= messageTokens(kept.shift()!);
  }

  return {
    messages: [
      { role: 'system', content: systemContent },
      ...kept.map((t) => ({ role: t.role, content: t.content })),
      { role: 'user', content: last.content },
    ],
    caseIds: usedCases.map((c) => c.dialogueId),
    usedCases,
    droppedTurns: earlier.length - kept.length,
    estimatedTokens: used,
    budget,
  };
}
