// Records read back from IndexedDB. A record that fails its schema is not thrown at the view:
// it is reported as damaged, with its key (to delete it), a reason, and the record itself as
// it was stored (to export it), and the rest of the data stays usable.
import * as v from 'valibot';
import type { Conversation } from '../chat/types';
import type { Dialogue } from '../data/normalize';
import { ConversationSchema } from './conversation';
import { DialogueSchema } from './dialogue';
import { issueSentence } from './issues';
import { repairTitle } from './title';

export interface DamagedRecord {
  /** The record's key in its object store: what deleting it needs. */
  key: IDBValidKey | null;
  /** The key or the record's id, as text to show. */
  id: string;
  /** Why it cannot be used, e.g. "message 2 has an invalid date". */
  reason: string;
  /** The record exactly as stored, for export. */
  record: unknown;
}

export type StoredResult<T> =
  | {
      ok: true;
      value: T;
      /** What was repaired in memory (empty when nothing). */ repairs: string[];
    }
  | { ok: false; damaged: DamagedRecord };

/** A key as text: "42", "abc", "2026-01-02T…", "[1,2]". */
export function keyText(key: IDBValidKey | null | undefined): string {
  if (key === null || key === undefined) return '(no key)';
  if (key instanceof Date)
    return Number.isNaN(key.getTime()) ? '(invalid date key)' : key.toISOString();
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  if (Array.isArray(key)) return `[${key.map((k) => keyText(k)).join(', ')}]`;
  return `(${(key as ArrayBuffer).byteLength ?? '?'}-byte binary key)`;
}

function damaged(
  record: unknown,
  key: IDBValidKey | null,
  reason: string,
): { ok: false; damaged: DamagedRecord } {
  const ownId =
    typeof record === 'object' &&
    record !== null &&
    typeof (record as { id?: unknown }).id === 'string'
      ? (record as { id: string }).id
      : null;
  return { ok: false, damaged: { key, id: ownId ?? keyText(key), reason, record } };
}

function parse<T>(
  schema: v.GenericSchema<unknown, T>,
  record: unknown,
  key: IDBValidKey | null,
  subject: string,
): StoredResult<T> | { ok: false; damaged: DamagedRecord } {
  if (record === undefined) return damaged(record, key, `${subject} is missing`);
  try {
    const result = v.safeParse(schema, record, { abortEarly: true });
    if (result.success) return { ok: true, value: result.output, repairs: [] };
    return damaged(record, key, issueSentence(result.issues[0], subject));
  } catch (error) {
    // A getter that throws, a revoked proxy: anything that cannot be read is damaged too.
    return damaged(record, key, `${subject} cannot be read (${String(error).slice(0, 100)})`);
  }
}

/** A conversation record: repaired in memory where it can be (title, missing updatedAt). */
export function parseStoredConversation(
  record: unknown,
  key: IDBValidKey | null = null,
): StoredResult<Conversation> {
  const result = parse(ConversationSchema, record, key, 'the conversation');
  if (!result.ok) return result;
  const raw = record as { title: string; updatedAt?: unknown };
  const repairs = repairTitle(raw.title).repairs;
  if (raw.updatedAt === undefined)
    repairs.push('took the missing last-updated date from its messages');
  return { ok: true, value: result.value, repairs };
}

/**
 * A dataset dialogue record, for the Dataset view and the stores that read dialogues: a
 * damaged one gives "This dialogue is damaged: <reason>" instead of a view that never opens.
 */
export function parseStoredDialogue(
  record: unknown,
  key: IDBValidKey | null = null,
): StoredResult<Dialogue> {
  return parse(DialogueSchema, record, key, 'the dialogue');
}
