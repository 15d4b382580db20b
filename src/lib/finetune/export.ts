// Turns normalized dialogues into chat-format fine-tuning examples (the `messages` JSONL that
// transformers/trl read), with filters by segment and quality flag. Pure: the script
// scripts/export-finetune.ts does the file I/O.
import { triageAgreement } from '../bench/advice';
import { redFlagNote, SYSTEM_PROMPT } from '../chat/prompt';
import type { Dialogue, Split } from '../data/normalize';
import { QUALITY_FLAGS, type QualityFlag } from '../data/quality-flags';
import { triage } from '../safety/triage';

export interface FinetuneMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface FinetuneExample {
  messages: FinetuneMessage[];
  /**
   * The system prompt the app would send for each answer, in order, when they differ (a later
   * question raised red flags the first did not); the first message holds the last one.
   */
  systemByTurn?: string[];
}

export interface ExportFilters {
  /** Segments to include. */
  segments: string[];
  /** Rows carrying any of these flags are dropped. */
  dropFlags: QualityFlag[];
  /** The system message put first in every example (the app's own, by default). */
  systemPrompt: string;
  /** Turns longer than this many characters drop the example (keeps sequences trainable). */
  maxTurnChars: number;
  /**
   * Train on the prompt shape the app sends: the system prompt gets the red-flag note of the
   * question being answered, and a row whose red-flagged question is answered with less urgent
   * advice than the note demands (bench/advice.ts's rule) is dropped, so that the model does
   * not learn to ignore the note.
   */
  redFlagNotes: boolean;
}

/** The know_medical_dialogues segments written by default; machine-translated rows are opt-in. */
export const DEFAULT_SEGMENTS = ['covid-scrape-2020', 'askdocs'];
export const DEFAULT_DROP_FLAGS: QualityFlag[] = [
  'duplicate',
  'short-answer',
  'moderator-boilerplate',
];

export const DEFAULT_FILTERS: ExportFilters = {
  segments: DEFAULT_SEGMENTS,
  dropFlags: DEFAULT_DROP_FLAGS,
  systemPrompt: SYSTEM_PROMPT,
  maxTurnChars: 6000,
  redFlagNotes: true,
};

export type DropReason =
  | 'test-split'
  | 'segment'
  | `flag:${QualityFlag}`
  | 'no-exchange'
  | 'turn-too-long'
  | 'red-flag-not-escalated';

export interface ExportResult {
  examples: Record<Exclude<Split, 'test'>, FinetuneExample[]>;
  /** Ids of the dialogues written, per split. */
  ids: Record<Exclude<Split, 'test'>, string[]>;
  dropped: Partial<Record<DropReason, number>>;
  counts: {
    bySegment: Record<string, number>;
    byDataset: Record<string, number>;
    multiTurn: number;
  };
}

export function isQualityFlagName(value: string): value is QualityFlag {
  return (QUALITY_FLAGS as readonly string[]).includes(value);
}

/**
 * A dialogue as alternating user/assistant messages: patient → user, doctor → assistant;
 * consecutive turns of one side are joined; leading doctor turns (a clinician opening the
 * visit) and trailing patient turns (a question left unanswered) are dropped, since training
 * needs the conversation to start with the user and end on an answer. Null when no
 * user→assistant exchange is left.
 */
export function toChatMessages(dialogue: Dialogue): FinetuneMessage[] | null {
  const merged: FinetuneMessage[] = [];
  for (const turn of dialogue.turns) {
    const role = turn.role === 'patient' ? 'user' : 'assistant';
    const text = turn.text.trim();
    if (!text) continue;
    const last = merged.at(-1);
    if (last && last.role === role) last.content = `${last.content}\n${text}`;
    else merged.push({ role, content: text });
  }
  while (merged[0]?.role === 'assistant') merged.shift();
  while (merged.at(-1)?.role === 'user') merged.pop();
  return merged.length >= 2 ? merged : null;
}

/**
 * The system prompt of each answer, as the app would build it (the red-flag note of the
 * question it answers), or null when a red-flagged question gets less urgent advice than that.
 */
export function systemsByTurn(messages: FinetuneMessage[], base: string): string[] | null {
  const systems: string[] = [];
  for (let i = 1; i < messages.length; i += 1) {
    if (messages[i]!.role !== 'assistant') continue;
    const question = messages[i - 1]!.content;
    const flags = triage(question);
    if (flags.level !== 'routine' && !triageAgreement(question, messages[i]!.content).agree) {
      return null;
    }
    systems.push(base + redFlagNote(flags));
  }
  return systems;
}

function bump<K extends string>(record: Partial<Record<K, number>>, key: K): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** Filters and converts; the test split is always held out for the benchmark. */
export function buildFinetuneExport(
  dialogues: readonly Dialogue[],
  filters: ExportFilters = DEFAULT_FILTERS,
): ExportResult {
  const result: ExportResult = {
    examples: { train: [], validation: [] },
    ids: { train: [], validation: [] },
    dropped: {},
    counts: { bySegment: {}, byDataset: {}, multiTurn: 0 },
  };
  for (const dialogue of dialogues) {
    if (dialogue.split === 'test') {
      bump(result.dropped, 'test-split');
      continue;
    }
    if (!filters.segments.includes(dialogue.segment)) {
      bump(result.dropped, 'segment');
      continue;
    }
    const flag = dialogue.flags.find((f) => filters.dropFlags.includes(f));
    if (flag) {
      bump(result.dropped, `flag:${flag}`);
      continue;
    }
    const messages = toChatMessages(dialogue);
    if (!messages) {
      bump(result.dropped, 'no-exchange');
      continue;
    }
    if (messages.some((m) => m.content.length > filters.maxTurnChars)) {
      bump(result.dropped, 'turn-too-long');
      continue;
    }
    const systems = filters.redFlagNotes
      ? systemsByTurn(messages, filters.systemPrompt)
      : [filters.systemPrompt];
    if (!systems) {
      bump(result.dropped, 'red-flag-not-escalated');
      continue;
    }
    result.examples[dialogue.split].push({
      messages: [{ role: 'system', content: systems.at(-1)! }, ...messages],
      ...(new Set(systems).size > 1 ? { systemByTurn: systems } : {}),
    });
    result.ids[dialogue.split].push(dialogue.id);
    bump(result.counts.bySegment, dialogue.segment);
    bump(result.counts.byDataset, dialogue.dataset);
    if (messages.length > 2) result.counts.multiTurn += 1;
  }
  return result;
}

export function toJsonl(examples: readonly FinetuneExample[]): string {
  return examples.map((e) => JSON.stringify(e)).join('\n') + (examples.length ? '\n' : '');
}
