// Conversations, kept in IndexedDB on this device (database `bedside-chat`). Nothing here is
// ever sent anywhere.
import type { DBSchema, IDBPDatabase } from 'idb';
import { openDatabase } from '../platform/idb';
import type { ChatMessage, Conversation } from './types';

export const CHAT_DB = 'bedside-chat';

interface ChatSchema extends DBSchema {
  conversations: { key: string; value: Conversation; indexes: { updatedAt: number } };
}

export const NEW_CONVERSATION_TITLE = 'New conversation';

export function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

/** A title from the first user message: its first line, cut at a word near 60 characters. */
export function titleFrom(text: string): string {
  const line = text.trim().split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  if (!line) return NEW_CONVERSATION_TITLE;
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `${space > 30 ? cut.slice(0, space) : cut}…`;
}

/** A title as the user typed it: trimmed, spaces collapsed, at most 120 characters. */
export function cleanTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').slice(0, 120);
}

export class ConversationStore {
  #database = openDatabase<ChatSchema>({
    name: CHAT_DB,
    version: 1,
    upgrade(upgrading) {
      const store = upgrading.createObjectStore('conversations', { keyPath: 'id' });
      store.createIndex('updatedAt', 'updatedAt');
    },
  });

  /** The open connection, opened again after another tab closed or deleted the database. */
  get #db(): Promise<IDBPDatabase<ChatSchema>> {
    return this.#database.connection();
  }

  /** All conversations, most recently updated first. */
  async list(): Promise<Conversation[]> {
    const all = await (await this.#db).getAllFromIndex('conversations', 'updatedAt');
    return all.reverse();
  }

  async get(id: string): Promise<Conversation | undefined> {
    return (await this.#db).get('conversations', id);
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
    await (await this.#db).put('conversations', structuredClone(conversation));
  }

  async saveMessages(id: string, messages: ChatMessage[], now = Date.now()): Promise<Conversation> {
    const db = await this.#db;
    const tx = db.transaction('conversations', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) throw new Error(`Conversation ${id} no longer exists (deleted in another tab?)`);
    const firstUser = messages.find((m) => m.role === 'user');
    const title =
      current.title === NEW_CONVERSATION_TITLE && firstUser
        ? titleFrom(firstUser.content)
        : current.title;
    const next: Conversation = {
      ...current,
      title,
      messages: structuredClone(messages),
      updatedAt: now,
    };
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  async rename(id: string, title: string): Promise<void> {
    const clean = cleanTitle(title);
    if (!clean) throw new Error('A conversation needs a title');
    const db = await this.#db;
    const tx = db.transaction('conversations', 'readwrite');
    const current = await tx.store.get(id);
    if (current) await tx.store.put({ ...current, title: clean });
    await tx.done;
  }

  async delete(id: string): Promise<void> {
    await (await this.#db).delete('conversations', id);
  }

  /** Adds imported conversations; ids already present get a fresh id rather than overwrite. */
  async importMany(conversations: Conversation[]): Promise<number> {
    const db = await this.#db;
    const tx = db.transaction('conversations', 'readwrite');
    for (const conversation of conversations) {
      const exists = await tx.store.getKey(conversation.id);
      await tx.store.put(exists ? { ...conversation, id: newId() } : conversation);
    }
    await tx.done;
    return conversations.length;
  }

  async close(): Promise<void> {
    (await this.#db).close();
  }
}
