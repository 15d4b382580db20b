// Turns every supported source schema into one shape, `Dialogue`, and rejects malformed rows
// with an error that names the file, the row and the field. Pure: no I/O.
import type { QualityFlag } from './quality-flags';
import { DataValidationError, describe, RowReader, type NormalizeContext } from './rows';
import { aciBench, mtsDialog } from './transcripts';

export type Role = 'patient' | 'doctor';
export type Split = 'train' | 'validation' | 'test';
export const SPLITS: readonly Split[] = ['train', 'validation', 'test'];

export interface Turn {
  role: Role;
  text: string;
  /** Who spoke, when it was not the patient or the doctor themselves ("family member"). */
  speaker?: string;
}

export interface DialogueSource {
  /** The source file, relative to DATASET_DIR (or the hub file name when downloaded). */
  file: string;
  /** 0-based row in that file. */
  row: number;
  /** The source's own identifier for the row, when it has one (MTS `ID`, ACI `encounter_id`). */
  ref?: string;
}

export interface Dialogue {
  /** `<dataset>-<index>`, e.g. `v2-1003`. */
  id: string;
  /** Source id from static-data/datasets.json: `v1`, `v2`, `mts`, `aci`. */
  dataset: string;
  /** 0-based position within the dataset (across its files, in declared order). */
  index: number;
  /** The source's summary of the conversation; '' when the source has none. */
  description: string;
  turns: Turn[];
  segment: string;
  flags: QualityFlag[];
  split: Split;
  source: DialogueSource;
}

/** A dialogue before quality flags and the split are assigned (see assemble.ts). */
export type NormalizedDialogue = Omit<Dialogue, 'flags' | 'split'>;

export const SCHEMA_KINDS = [
  'description-utterances',
  'instruction-input-output',
  'mts-dialog-csv',
  'aci-bench-csv',
] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

export { DataValidationError, segmentFor, type NormalizeContext, type SegmentRule } from './rows';
export { parseAciMetadata } from './transcripts';

function asRows(data: unknown, ctx: NormalizeContext): Record<string, unknown>[] {
  if (!Array.isArray(data)) {
    throw new DataValidationError(
      ctx.file,
      null,
      null,
      `expected a JSON array of rows, found ${describe(data)}`,
    );
  }
  return data.map((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new DataValidationError(
        ctx.file,
        i,
        null,
        `expected an object, found ${describe(row)}`,
      );
    }
    return row as Record<string, unknown>;
  });
}

const UTTERANCE = /^\s*(patient|doctor)\s*:\s*/i;

/** know_medical_dialogues v1 (local copy): `{ description, utterances: ["patient: …", "doctor: …"] }`. */
function descriptionUtterances(data: unknown, ctx: NormalizeContext): NormalizedDialogue[] {
  return asRows(data, ctx).map((record, i) => {
    const r: RowReader = new RowReader(ctx, i);
    const description = r.text(record, 'description');
    const utterances = record.utterances;
    if (!Array.isArray(utterances) || utterances.length === 0) {
      r.fail('utterances', `expected a non-empty array of strings, found ${describe(utterances)}`);
    }
    const turns = utterances.map((u: unknown, k): Turn => {
      const field = `utterances[${k}]`;
      if (typeof u !== 'string') r.fail(field, `expected a string, found ${describe(u)}`);
      const m = UTTERANCE.exec(u);
      if (!m) r.fail(field, `does not start with "patient:" or "doctor:" ("${u.slice(0, 40)}")`);
      const text = u.slice(m[0].length).trim();
      if (text === '') r.fail(field, 'has a speaker but no text');
      return { role: m[1]!.toLowerCase() as Role, text };
    });
    return r.dialogue(description, turns);
  });
}

/** Alpaca shape (hub files of v1 and v2): the instruction (+ input) asks, the output answers. */
function instructionInputOutput(data: unknown, ctx: NormalizeContext): NormalizedDialogue[] {
  return asRows(data, ctx).map((record, i) => {
    const r: RowReader = new RowReader(ctx, i);
    const instruction = r.text(record, 'instruction');
    const input = r.text(record, 'input', { optional: true });
    const output = r.text(record, 'output');
    const question = input ? `${instruction}\n\n${input}` : instruction;
    return r.dialogue('', [
      { role: 'patient', text: question },
      { role: 'doctor', text: output },
    ]);
  });
}

/**
 * Parses a source file's text as its declared schema. JSON files may be a JSON array or JSON
 * Lines (one object per line), as the hub serves both.
 */
export function normalizeFile(
  kind: SchemaKind,
  text: string,
  ctx: NormalizeContext,
): NormalizedDialogue[] {
  switch (kind) {
    case 'description-utterances':
      return descriptionUtterances(parseJsonRows(text, ctx.file), ctx);
    case 'instruction-input-output':
      return instructionInputOutput(parseJsonRows(text, ctx.file), ctx);
    case 'mts-dialog-csv':
      return mtsDialog(text, ctx);
    case 'aci-bench-csv':
      return aciBench(text, ctx);
  }
}

/** Parses a JSON array, or JSON Lines; a syntax error names the file and position. */
export function parseJsonRows(text: string, file: string): unknown {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(src);
  } catch (e) {
    const lines = src.split('\n').filter((l) => l.trim() !== '');
    if (lines.length > 1 && lines[0]!.trim().startsWith('{')) {
      try {
        return lines.map((l) => JSON.parse(l) as unknown);
      } catch {
        // fall through to the JSON error, which is the likelier intent
      }
    }
    throw new DataValidationError(file, null, null, `not valid JSON: ${(e as Error).message}`);
  }
}
