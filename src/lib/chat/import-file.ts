// Reading a conversation export file: every conversation is checked on its own, so that one
// broken conversation costs only itself. A good one is kept, a repairable one is repaired and
// said so, a broken one is refused with a reason that names it ("conversation 3 ("Chest
// pain"): message 2 has an invalid date"). Only a problem with the file itself (too large, not
// JSON, not an export, an unknown version) refuses the whole file. Pure.
import * as v from 'valibot';
import { formatBytes } from '../format';
import { ConversationSchema } from '../schema/conversation';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportEnvelopeSchema } from '../schema/export-file';
import { issueSentence, kindOf } from '../schema/issues';
import { MAX_IMPORT_BYTES } from '../schema/limits';
import { repairTitle } from '../schema/title';
import { newId as defaultNewId } from './conversations';
import type { Conversation } from './types';

/** The whole file cannot be imported; the message says why and what to do. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** One conversation of the file and what happened to it. */
export interface ImportNote {
  /** 1-based position in the file. */
  position: number;
  /** Its title as shown (repaired, shortened), or '' when it has none. */
  title: string;
  /** A sentence: `conversation 3 ("Chest pain"): message 2 has an invalid date`. */
  message: string;
}

export interface ImportResult {
  /** Ready to save: valid, repaired where needed, ids unique within the file, in file order. */
  conversations: Conversation[];
  /** Left out, each with the reason. */
  refused: ImportNote[];
  /** Kept with a change (title cleaned, missing date filled in, new id). */
  repaired: ImportNote[];
  /** Exact repeats of an earlier conversation in the file, imported once. */
  duplicates: ImportNote[];
  /** Conversations in the file. */
  total: number;
}

/** Refuses a file by its size, before a byte of it is read. */
export function checkImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `Cannot import: the file is ${formatBytes(bytes)}, larger than the ${formatBytes(MAX_IMPORT_BYTES, 0)} limit. Export fewer conversations per file and import them one file at a time.`,
    );
  }
}

function shortTitle(raw: unknown): string {
  const title = (raw as { title?: unknown } | null)?.title;
  if (typeof title !== 'string') return '';
  const clean = repairTitle(title).title;
  return clean.length > 40 ? `${clean.slice(0, 39).trimEnd()}…` : clean;
}

function subject(position: number, title: string): string {
  return title ? `conversation ${position} ("${title}")` : `conversation ${position}`;
}

/** The file's own problems, as the ImportError that refuses it. */
function envelopeError(data: unknown): ImportError {
  const result = v.safeParse(ExportEnvelopeSchema, data, { abortEarly: true });
  const issue = result.issues?.[0];
  const key = issue?.path?.[0]?.key;
  if (key === 'version') {
    // Only a number or a text is quoted: an object's own "toString" may be anything.
    const found = (data as { version?: unknown }).version;
    const version =
      typeof found === 'number' || typeof found === 'string'
        ? String(found).slice(0, 20)
        : kindOf(found);
    return new ImportError(
      `Cannot import: export version ${version} is not supported (expected ${EXPORT_VERSION}). It may come from a newer Bedside.`,
    );
  }
  if (key === 'conversations') return new ImportError(`Cannot import: ${issue!.message}.`);
  return new ImportError(
    `Cannot import: this is not a Bedside conversation export (expected "format": "${EXPORT_FORMAT}", found ${kindOf(data)}).`,
  );
}

/** Two validated conversations with the same content: their schema outputs share key order. */
function same(a: Conversation, b: Conversation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Checks each conversation of a parsed file. */
export function checkConversations(
  list: readonly unknown[],
  options: { newId?: () => string } = {},
): ImportResult {
  const newId = options.newId ?? defaultNewId;
  const result: ImportResult = {
    conversations: [],
    refused: [],
    repaired: [],
    duplicates: [],
    total: list.length,
  };
  const byId = new Map<string, { position: number; conversation: Conversation }>();
  for (const [i, raw] of list.entries()) {
    const position = i + 1;
    const title = shortTitle(raw);
    const who = subject(position, title);
    const parsed = v.safeParse(ConversationSchema, raw, { abortEarly: true });
    if (!parsed.success) {
      result.refused.push({ position, title, message: issueSentence(parsed.issues[0], who) });
      continue;
    }
    let conversation = parsed.output;
    const repairs = repairTitle((raw as { title: string }).title).repairs;
    if ((raw as { updatedAt?: unknown }).updatedAt === undefined)
      repairs.push('took the missing last-updated date from its messages');
    const earlier = byId.get(conversation.id);
    if (earlier && same(earlier.conversation, conversation)) {
      result.duplicates.push({
        position,
        title,
        message: `${who} repeats conversation ${earlier.position} exactly: imported once`,
      });
      continue;
    }
    if (earlier) {
      conversation = { ...conversation, id: newId() };
      repairs.push(`has the same id as conversation ${earlier.position}: imported under a new id`);
    } else {
      byId.set(conversation.id, { position, conversation });
    }
    if (repairs.length)
      result.repaired.push({ position, title, message: `${who}: ${repairs.join('; ')}` });
    result.conversations.push(conversation);
  }
  return result;
}

/** Parses and checks an export file's text. Throws ImportError when the file is unusable. */
export function parseConversationFile(
  text: string,
  options: { newId?: () => string } = {},
): ImportResult {
  // A UTF-16 code unit is at least one byte, so this never refuses what checkImportSize allowed.
  checkImportSize(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportError(
      `Cannot import: the file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const envelope = v.safeParse(ExportEnvelopeSchema, data, { abortEarly: true });
  if (!envelope.success) throw envelopeError(data);
  return checkConversations(envelope.output.conversations, options);
}

const MAX_LISTED = 10;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function listed(notes: readonly ImportNote[]): string[] {
  const shown = notes.slice(0, MAX_LISTED).map((n) => n.message);
  if (notes.length > MAX_LISTED)
    shown.push(`… and ${(notes.length - MAX_LISTED).toLocaleString('en-US')} more`);
  return shown;
}

export interface ImportSection {
  /** "Not imported", "Repeated in the file" or "Repaired". */
  heading: string;
  /** One line per conversation, at most 10, then "… and n more". */
  lines: string[];
}

/** The conversations refused, repeated or repaired, grouped under a heading each (if any). */
export function importSections(result: ImportResult): ImportSection[] {
  const sections: [string, ImportNote[]][] = [
    ['Not imported', result.refused],
    ['Repeated in the file', result.duplicates],
    ['Repaired', result.repaired],
  ];
  return sections
    .filter(([, notes]) => notes.length > 0)
    .map(([heading, notes]) => ({ heading, lines: listed(notes) }));
}

export interface ImportSummary {
  /** One sentence: "Imported 7 of 10 conversations; 3 could not be imported." */
  summary: string;
  /** One line per refused, repeated or repaired conversation (at most 10 of each). */
  details: string[];
  /** True when something was left out or changed, so the details deserve attention. */
  attention: boolean;
}

/**
 * What an import did, for the person who chose the file. `saved` is what the store did
 * (ConversationStore.importConversations): `copies` were added under a new id because theirs
 * was taken on this device.
 */
export function describeImport(
  result: ImportResult,
  saved: { added: number; copies: number } = { added: result.conversations.length, copies: 0 },
): ImportSummary {
  const parts: string[] = [];
  if (result.total === 0) parts.push('The file holds no conversations');
  else if (saved.added === 0) parts.push('Nothing was imported');
  else if (saved.added === result.total)
    parts.push(`Imported ${plural(saved.added, 'conversation')}`);
  else
    parts.push(
      `Imported ${saved.added.toLocaleString('en-US')} of ${plural(result.total, 'conversation')}`,
    );
  if (result.refused.length)
    parts.push(`${plural(result.refused.length, 'conversation')} could not be read`);
  const were = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'was' : 'were'}`;
  if (saved.copies)
    parts.push(
      `${were(saved.copies)} already on this device and ${saved.copies === 1 ? 'was' : 'were'} added as ${saved.copies === 1 ? 'a copy' : 'copies'}`,
    );
  if (result.duplicates.length)
    parts.push(`${were(result.duplicates.length)} repeated in the file and imported once`);
  const details = importSections(result).flatMap((s) => [`${s.heading}:`, ...s.lines]);
  return {
    summary: `${parts.join('; ')}.`,
    details,
    attention: details.length > 0 || saved.added < result.total,
  };
}
