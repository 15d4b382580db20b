// The compact dialogue file format written by the build and read by the browser: one JSON
// file per dataset, each row a tuple instead of an object, repeated strings in tables.
//
//   { "format": 1, "dataset": "v2", "segments": ["askdocs", …], "sources": ["…/know_merge.json"],
//     "rows": [[index, description, turns, segment#, flags, split#, source#, sourceRow, ref?]] }
//
// where turns are [role#, text] or [role#, text, speaker] with role 0 = patient, 1 = doctor.
// Decoding validates every row, so a truncated or tampered file is rejected, never half-read.
import { SPLITS, type Dialogue, type Role, type Turn } from './normalize';
import { isQualityFlag } from './quality-flags';

export const DIALOGUE_FORMAT = 1;
const ROLES: readonly Role[] = ['patient', 'doctor'];

type EncodedTurn = [number, string] | [number, string, string];
type EncodedRow = [
  number,
  string,
  EncodedTurn[],
  number,
  string[],
  number,
  number,
  number,
  string?,
];

export interface DialogueFile {
  format: typeof DIALOGUE_FORMAT;
  dataset: string;
  segments: string[];
  sources: string[];
  rows: EncodedRow[];
}

/** Encodes one dataset's dialogues (all with the same `dataset`), in the given order. */
export function encodeDialogues(dataset: string, dialogues: readonly Dialogue[]): DialogueFile {
  const segments: string[] = [];
  const sources: string[] = [];
  const slot = (table: string[], value: string) => {
    const at = table.indexOf(value);
    return at === -1 ? table.push(value) - 1 : at;
  };
  const rows = dialogues.map((d): EncodedRow => {
    if (d.dataset !== dataset) throw new Error(`${d.id} is not in dataset ${dataset}`);
    const turns = d.turns.map((t): EncodedTurn =>
      t.speaker ? [ROLES.indexOf(t.role), t.text, t.speaker] : [ROLES.indexOf(t.role), t.text],
    );
    const row: EncodedRow = [
      d.index,
      d.description,
      turns,
      slot(segments, d.segment),
      [...d.flags],
      SPLITS.indexOf(d.split),
      slot(sources, d.source.file),
      d.source.row,
    ];
    if (d.source.ref !== undefined) row.push(d.source.ref);
    return row;
  });
  return { format: DIALOGUE_FORMAT, dataset, segments, sources, rows };
}

export class DialogueFileError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'DialogueFileError';
  }
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function stringTable(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) {
    throw new DialogueFileError(`"${name}" must be an array of strings`);
  }
  return value;
}

/** A parsed dialogue file whose header is checked; rows are decoded on demand. */
export interface OpenedDialogueFile {
  dataset: string;
  /** How many rows the file holds. */
  rows: number;
  /** Decodes and validates rows [from, to): the import does it a batch at a time, so that no
   * single task holds the page for long. */
  decode(from: number, to: number): Dialogue[];
}

/** Checks a parsed dialogue file's header; `dataset` must match when given. */
export function openDialogueFile(value: unknown, dataset?: string): OpenedDialogueFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DialogueFileError('expected a JSON object');
  }
  const file = value as Record<string, unknown>;
  if (file.format !== DIALOGUE_FORMAT) {
    throw new DialogueFileError(`unsupported format ${String(file.format)}`);
  }
  if (typeof file.dataset !== 'string' || (dataset !== undefined && file.dataset !== dataset)) {
    throw new DialogueFileError(`holds dataset "${String(file.dataset)}", expected "${dataset}"`);
  }
  const name = file.dataset;
  const segments = stringTable(file.segments, 'segments');
  const sources = stringTable(file.sources, 'sources');
  if (!Array.isArray(file.rows)) throw new DialogueFileError('"rows" must be an array');
  const rows: unknown[] = file.rows;
  return {
    dataset: name,
    rows: rows.length,
    decode: (from, to) =>
      rows.slice(from, to).map((raw, k) => decodeRow(raw, from + k, name, segments, sources)),
  };
}

/** Decodes and validates a parsed dialogue file; `dataset` must match when given. */
export function decodeDialogues(value: unknown, dataset?: string): Dialogue[] {
  const file = openDialogueFile(value, dataset);
  return file.decode(0, file.rows);
}

function decodeRow(
  raw: unknown,
  i: number,
  name: string,
  segments: readonly string[],
  sources: readonly string[],
): Dialogue {
  const bad: (what: string) => never = (what) => {
    throw new DialogueFileError(`row ${i}: ${what}`);
  };
  if (!Array.isArray(raw) || raw.length < 8 || raw.length > 9) bad('is not a dialogue tuple');
  const [index, description, turns, seg, flags, split, src, srcRow, ref] = raw as unknown[];
  if (!isInt(index)) bad('index is not a whole number');
  if (typeof description !== 'string') bad('description is not a string');
  if (!Array.isArray(turns) || turns.length === 0) bad('has no turns');
  const decodedTurns = (turns as unknown[]).map((t, k): Turn => {
    if (!Array.isArray(t) || t.length < 2 || t.length > 3) bad(`turn ${k} is malformed`);
    const [role, text, speaker] = t as unknown[];
    const r = ROLES[role as number];
    if (!isInt(role) || !r) bad(`turn ${k} has an unknown role`);
    if (typeof text !== 'string') bad(`turn ${k} has no text`);
    if (speaker !== undefined && typeof speaker !== 'string') bad(`turn ${k} has a bad speaker`);
    return speaker
      ? { role: r!, text: text as string, speaker: speaker as string }
      : { role: r!, text: text as string };
  });
  const segment = segments[seg as number];
  if (!isInt(seg) || segment === undefined) bad('segment is out of range');
  if (!Array.isArray(flags) || !flags.every(isQualityFlag)) bad('has an unknown flag');
  const s = SPLITS[split as number];
  if (!isInt(split) || !s) bad('split is out of range');
  const sourceFile = sources[src as number];
  if (!isInt(src) || sourceFile === undefined) bad('source is out of range');
  if (!isInt(srcRow)) bad('source row is not a whole number');
  if (ref !== undefined && typeof ref !== 'string') bad('source ref is not a string');
  return {
    id: `${name}-${index as number}`,
    dataset: name,
    index: index as number,
    description: description as string,
    turns: decodedTurns,
    segment: segment!,
    flags: flags as Dialogue['flags'],
    split: s!,
    source: {
      file: sourceFile!,
      row: srcRow as number,
      ...(ref !== undefined ? { ref: ref as string } : {}),
    },
  };
}
