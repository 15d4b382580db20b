// Conversations, kept in IndexedDB on this device (database `bedside-chat`). Nothing here is
// ever sent anywhere. Every record read back is checked against the conversation schema: a
// damaged one is listed apart (quarantined), kept as it is until the person exports or
// deletes it, and never reaches a view. Storage failures reject with a StorageError whose
// message says what to do.
import type { DBSchema, IDBPDatabase } from 'idb';
import { openDatabase } from '../platform/idb';
import { parseStoredConversation, type DamagedRecord } from '../schema/stored';
import { toStorageError, type StorageAction } from '../storage/errors';
import { stripBidiControls } from '../text/bidi';
import type { ChatMessage, Conversation } from './types';

export const CHAT_DB = 'bedside-chat';

interface ChatSchema extends DBSchema {
  // `unknown`, not Conversation: what comes back is whatever was stored, and is checked.
  conversations: { key: string; value: unknown; indexes: { updatedAt: number } };
}

/** A stored record that is not a valid conversation (see DamagedRecord). */
export type DamagedConversation = DamagedRecord & { key: IDBValidKey };

export interface ConversationList {
  /** Valid conversations, most recently updated first (repaired in memory where needed). */
  conversations: Conversation[];
  /** Records that failed the schema, in key order; still in the database, untouched. */
  damaged: DamagedConversation[];
}

export interface ImportSaved {
  /** Conversations written (copies included). */
  added: number;
  /** Of those, added as copies under a new id because their id was taken on this device. */
  copies: number;
}

/** The conversation a change is for, or why it cannot be changed. */
function current(raw: unknown, id: string): Conversation {
  if (raw === undefined)
    throw new Error(`Conversation ${id} no longer exists (deleted in another tab?)`);
  const parsed = parseStoredConversation(raw, id);
  if (!parsed.ok) {
    throw new Error(
      `This conversation is damaged (${parsed.damaged.reason}) and was left as it is: export or delete it from the list of damaged conversations.`,
    );
  }
  return parsed.value;
}

/** Lets the page paint and handle input between two pieces of work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Newest first; ties in key order, newest key first, as the updatedAt index gave them. */
function byRecency(a: Conversation, b: Conversation): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export const NEW_CONVERSATION_TITLE = 'New conversation';

export function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * A title from the first user message: its first line, cut at a word near 60 characters,
 * without hidden direction controls (a title names the conversation and its export files).
 */
export function titleFrom(text: string): string {
  const line = stripBidiControls(text).trim().split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  if (!line) return NEW_CONVERSATION_TITLE;
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `${space > 30 ? cut.slice(0, space) : cut}…`;
}

/**
 * A title as the user typed it: trimmed, spaces collapsed, at most 120 characters, and without
 * hidden direction controls, which would make "Scan<U+202E>gnp.exe" show as "Scanexe.png".
 */
export function cleanTitle(title: string): string {
  return stripBidiControls(title).trim().replace(/\s+/g, ' ').slice(0, 120);
}

export class ConversationStore {
  // One opener for every database (platform/idb.ts): it closes for another tab's upgrade,
  // and opens again after another tab closed or deleted the database (clearing site data).
  #database = openDatabase<ChatSchema>({
    name: CHAT_DB,
    version: 1,
    upgrade(upgrading) {
      const store = upgrading.createObjectStore('conversations', { keyPath: 'id' });
      store.createIndex('updatedAt', 'updatedAt');
    },
  });

  constructor() {
    // Opened at once, as before: the database exists (with its store) from the moment the
    // app has a conversation store. A failure shows on the first real use.
    this.#database.connection().catch(() => {});
  }

  /**
   * Runs storage work, once more on a reopened connection when the database was closed or
   * deleted under it, turning browser storage errors into worded StorageErrors.
   */
  async #guard<T>(action: StorageAction, work: (db: IDBPDatabase<ChatSchema>) => Promise<T>) {
    try {
      return await this.#database.run(work);
    } catch (error) {
      throw toStorageError(error, action);
    }
  }

  /**
   * Every record, checked: the valid conversations (most recently updated first) and the
   * damaged records. All records are read, not the updatedAt index, which leaves out a
   * record without that field. Never throws because of what a record holds. Records are read
   * and checked `pageSize` at a time with a yield to the page between pages, so ten thousand
   * conversations never make one long task (each page is its own read transaction: a change
   * made meanwhile in another tab may show on the next listing).
   */
  async listAll({ pageSize = 500 }: { pageSize?: number } = {}): Promise<ConversationList> {
    const conversations: Conversation[] = [];
    const damaged: DamagedConversation[] = [];
    let after: IDBValidKey | undefined;
    for (;;) {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const [keys, records] = await this.#guard('read', async (db) => {
        const tx = db.transaction('conversations');
        return Promise.all([
          tx.store.getAllKeys(range, pageSize),
          tx.store.getAll(range, pageSize),
          tx.done,
        ]);
      });
      for (const [i, record] of records.entries()) {
        const key: IDBValidKey = keys[i]!;
        const parsed = parseStoredConversation(record, key);
        if (parsed.ok) conversations.push(parsed.value);
        else damaged.push({ ...parsed.damaged, key });
      }
      if (keys.length < pageSize) break;
      after = keys[keys.length - 1];
      await yieldToPage();
    }
    return { conversations: conversations.sort(byRecency), damaged };
  }

  /** The valid conversations, most recently updated first (listAll without the damaged). */
  async list(): Promise<Conversation[]> {
    return (await this.listAll()).conversations;
  }

  /** A valid conversation, or undefined when there is none (or only a damaged record). */
  async get(id: string): Promise<Conversation | undefined> {
    const record = await this.#guard('read', (db) => db.get('conversations', id));
    const parsed = record === undefined ? null : parseStoredConversation(record, id);
    return parsed?.ok ? parsed.value : undefined;
  }

  /** Deletes a damaged record by its key (DamagedConversation.key). */
  async deleteDamaged(key: IDBValidKey): Promise<void> {
    await this.#guard('delete', (db) => db.delete('conversations', key as string));
  }

  async create(now = Date.now()): Promise<Conversation> {
    const conversation: Conversation = {
      id: newId(),
      title: NEW_CONVERSATION_TITLE,
      createdAt: now,
      updatedAt: now,
      messages: [],
    };
    await this.put(conversation);
    return conversation;
  }

  /** Saves a conversation as it is (structured-cloned, so later edits do not leak in). */
  async put(conversation: Conversation): Promise<void> {
    await this.#guard('save', (db) => db.put('conversations', structuredClone(conversation)));
  }

  /**
   * Saves a conversation's messages. When the record is gone (another tab cleared the site's
   * data, or deleted it) and `onScreen` is given, the conversation is written again from it:
   * what the person still sees and goes on writing in is kept, not lost with a technical error.
   */
  async saveMessages(
    id: string,
    messages: ChatMessage[],
    now = Date.now(),
    onScreen?: Conversation,
  ): Promise<Conversation> {
    return this.#guard('save', async (db) => {
      const tx = db.transaction('conversations', 'readwrite');
      const raw = await tx.store.get(id);
      const stored = raw === undefined && onScreen?.id === id ? onScreen : current(raw, id);
      const firstUser = messages.find((m) => m.role === 'user');
      const title =
        stored.title === NEW_CONVERSATION_TITLE && firstUser
          ? titleFrom(firstUser.content)
          : stored.title;
      const next: Conversation = {
        ...stored,
        title,
        messages: structuredClone(messages),
        updatedAt: now,
      };
      await tx.store.put(next);
      await tx.done;
      return next;
    });
  }

  async rename(id: string, title: string): Promise<void> {
    const clean = cleanTitle(title);
    if (!clean) throw new Error('A conversation needs a title');
    await this.#guard('save', async (db) => {
      const tx = db.transaction('conversations', 'readwrite');
      const raw = await tx.store.get(id);
      if (raw !== undefined) await tx.store.put({ ...current(raw, id), title: clean });
      await tx.done;
    });
  }

  async delete(id: string): Promise<void> {
    await this.#guard('delete', (db) => db.delete('conversations', id));
  }

  /**
   * Adds imported conversations (parseConversationFile's output). One whose id is already
   * taken here (by any conversation, even an identical one, or by a damaged record) is added
   * as a copy under a fresh id, so nothing stored is ever overwritten.
   */
  async importConversations(conversations: readonly Conversation[]): Promise<ImportSaved> {
    return this.#guard('save', async (db) => {
      const saved: ImportSaved = { added: 0, copies: 0 };
      const tx = db.transaction('conversations', 'readwrite');
      for (const conversation of conversations) {
        const taken = (await tx.store.getKey(conversation.id)) !== undefined;
        const copy = structuredClone(conversation);
        await tx.store.put(taken ? { ...copy, id: newId() } : copy);
        saved.added += 1;
        if (taken) saved.copies += 1;
      }
      await tx.done;
      return saved;
    });
  }

  /** importConversations, counting the conversations added. */
  async importMany(conversations: Conversation[]): Promise<number> {
    return (await this.importConversations(conversations)).added;
  }

  close(): void {
    this.#database.close();
  }
}
