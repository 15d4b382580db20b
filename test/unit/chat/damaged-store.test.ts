// Issue 15, items 1, 4 and 6 at the conversation store: a damaged record never hides the
// others, a record without updatedAt is still listed, and a full disk says what to do.
import { openDB } from 'idb';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHAT_DB, ConversationStore } from '@/lib/chat/conversations';
import type { Conversation } from '@/lib/chat/types';
import { isValidTime } from '@/lib/text/dates';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const good: Conversation = {
  id: 'good',
  title: 'Headache',
  createdAt: 1000,
  updatedAt: 2000,
  messages: [{ id: 'm', role: 'user', content: 'hi', createdAt: 1000 }],
};

/** Writes records as another program (or an older Bedside, or a bad import) left them. */
async function putRaw(...records: unknown[]): Promise<void> {
  const db = await openDB(CHAT_DB, 1);
  for (const record of records) await db.put('conversations', record);
  db.close();
}

describe('item 1: a stored conversation with an out-of-range date', () => {
  it('does not reach the list, and the others still do', async () => {
    const store = new ConversationStore();
    await store.put(good);
    await putRaw({ ...good, id: 'bad', updatedAt: 8640000000000001 });
    const list = await store.list();
    expect(list.map((c) => c.id)).toEqual(['good']);
    expect(list.every((c) => isValidTime(c.updatedAt))).toBe(true);
  });
});

describe('item 4: corrupted conversation records', () => {
  it('lists a conversation saved without updatedAt', async () => {
    const store = new ConversationStore();
    await store.put(good);
    const { updatedAt: _, ...old } = { ...good, id: 'old', title: 'Old', createdAt: 500 };
    await putRaw({ ...old, messages: [{ ...good.messages[0], createdAt: 3000 }] });
    const list = await store.list();
    expect(list.map((c) => c.id)).toEqual(['old', 'good']);
    expect(list[0]!.updatedAt).toBe(3000);
  });

  it('never lists or opens a garbage record as a conversation', async () => {
    const store = new ConversationStore();
    await store.put(good);
    await putRaw(
      { id: 'no-messages', title: 'x', createdAt: 1, updatedAt: 1 },
      { id: 42, title: 42, updatedAt: 0, messages: [] },
      { id: 'title-number', title: 42, createdAt: 0, updatedAt: 0, messages: [] },
    );
    expect((await store.list()).map((c) => c.id)).toEqual(['good']);
    expect(await store.get('no-messages')).toBeUndefined();
    expect(await store.get('title-number')).toBeUndefined();
  });
});

describe('item 6: the disk is full while saving', () => {
  it('says what to do instead of "QuotaExceededError: "', async () => {
    const store = new ConversationStore();
    const c = await store.create(1);
    // Safari's variant: the right name and an empty message.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('', 'QuotaExceededError');
    });
    const saving = store.saveMessages(c.id, good.messages, 2);
    await expect(saving).rejects.toThrow(/no storage space left/);
    await expect(saving).rejects.toThrow(/Export your conversations/);
    await expect(saving).rejects.toThrow(/delete a downloaded model on the Models page/);
    await expect(saving).rejects.toThrow(/free space on the device/);
  });
});

describe('quarantine: listAll, deleteDamaged', () => {
  it('lists damaged records apart, with key, reason and the record, untouched in the database', async () => {
    const store = new ConversationStore();
    await store.put(good);
    const garbage = { id: 'g', title: 'x', createdAt: 1, updatedAt: 1 };
    await putRaw(garbage, { id: 7, title: 't', createdAt: 1, updatedAt: 1, messages: [] });
    const { conversations, damaged } = await store.listAll();
    expect(conversations).toEqual([good]);
    expect(damaged).toEqual([
      {
        key: 7,
        id: '7',
        reason: 'the conversation has an id that is not text',
        record: { id: 7, title: 't', createdAt: 1, updatedAt: 1, messages: [] },
      },
      { key: 'g', id: 'g', reason: 'the conversation has no "messages"', record: garbage },
    ]);
    // Listing repaired nothing on disk.
    const db = await openDB(CHAT_DB, 1);
    expect(await db.get('conversations', 'g')).toEqual(garbage);
    db.close();

    await store.deleteDamaged(7);
    await store.deleteDamaged('g');
    expect(await store.listAll()).toEqual({ conversations: [good], damaged: [] });
  });

  it('refuses to change a damaged record, and says what to do', async () => {
    const store = new ConversationStore();
    await putRaw({ id: 'g', title: 'x', createdAt: 1, updatedAt: 1 });
    await expect(store.saveMessages('g', [])).rejects.toThrow(
      'This conversation is damaged (the conversation has no "messages") and was left as it is',
    );
    await expect(store.rename('g', 'New')).rejects.toThrow(/damaged/);
  });

  it('shows a repaired title, and writes the repair with the next save', async () => {
    const store = new ConversationStore();
    await putRaw({ ...good, title: 'evil\u202Etxt.exe' });
    expect((await store.list())[0]!.title).toBe('eviltxt.exe');
    await store.saveMessages('good', good.messages, 5000);
    const db = await openDB(CHAT_DB, 1);
    expect((await db.get('conversations', 'good')).title).toBe('eviltxt.exe');
    db.close();
  });
});

describe('importConversations', () => {
  it('adds a copy under a new id when the id is taken, even by a damaged record', async () => {
    const store = new ConversationStore();
    await store.put(good);
    await putRaw({ id: 'g', title: 'x' });
    const saved = await store.importConversations([
      good,
      { ...good, id: 'g' },
      { ...good, id: 'fresh' },
    ]);
    expect(saved).toEqual({ added: 3, copies: 2 });
    const { conversations, damaged } = await store.listAll();
    expect(conversations).toHaveLength(4);
    expect(damaged.map((d) => d.id)).toEqual(['g']);
    expect(await store.importMany([{ ...good, id: 'other' }])).toBe(1);
  });
});

describe('listAll in pages', () => {
  it('reads every record across pages, whatever the key types, newest first', async () => {
    const store = new ConversationStore();
    for (const [i, id] of ['a', 'b', 'c', 'd', 'e'].entries())
      await store.put({ ...good, id, updatedAt: 1000 + i });
    await putRaw({ id: 3, title: 't' }, { id: 'c-bad', messages: [] });
    for (const pageSize of [1, 2, 3, 7, 500]) {
      const { conversations, damaged } = await store.listAll({ pageSize });
      expect(conversations.map((c) => c.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
      expect(damaged.map((d) => d.key)).toEqual([3, 'c-bad']);
    }
  });
});
