import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  cleanTitle,
  CHAT_DB,
  ConversationStore,
  NEW_CONVERSATION_TITLE,
  titleFrom,
} from '@/lib/chat/conversations';
import type { ChatMessage } from '@/lib/chat/types';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const msg = (role: 'user' | 'assistant', content: string, createdAt = 1): ChatMessage => ({
  id: `${role}-${createdAt}`,
  role,
  content,
  createdAt,
});

describe('ConversationStore', () => {
  it('creates, titles from the first message, lists newest first, renames and deletes', async () => {
    const store = new ConversationStore();
    const a = await store.create(1000);
    const b = await store.create(2000);
    expect(a.title).toBe(NEW_CONVERSATION_TITLE);

    await store.saveMessages(
      a.id,
      [msg('user', 'My child has a rash after antibiotics'), msg('assistant', 'I see…')],
      3000,
    );
    let list = await store.list();
    expect(list.map((c) => c.id)).toEqual([a.id, b.id]);
    expect(list[0]!.title).toBe('My child has a rash after antibiotics');
    expect(list[0]!.messages).toHaveLength(2);

    await store.rename(a.id, '  Rash   question ');
    await store.saveMessages(a.id, [msg('user', 'something else entirely')], 4000);
    expect((await store.get(a.id))!.title).toBe('Rash question');
    await expect(store.rename(a.id, '   ')).rejects.toThrow('needs a title');

    await store.delete(b.id);
    list = await store.list();
    expect(list.map((c) => c.id)).toEqual([a.id]);
  });

  it('keeps conversations across reopening the database (a reload)', async () => {
    const first = new ConversationStore();
    const c = await first.create();
    await first.saveMessages(c.id, [msg('user', 'hello')]);
    await first.close();
    const second = new ConversationStore();
    expect((await second.get(c.id))!.messages[0]!.content).toBe('hello');
  });

  it('says so when saving into a conversation deleted elsewhere', async () => {
    const store = new ConversationStore();
    const c = await store.create();
    await store.delete(c.id);
    await expect(store.saveMessages(c.id, [msg('user', 'x')])).rejects.toThrow(/no longer exists/);
  });

  it('writes the conversation on screen again after the database was deleted under it (issue 15 item 5)', async () => {
    const store = new ConversationStore();
    const c = await store.create(1000);
    const shown = await store.saveMessages(c.id, [msg('user', 'first question')], 2000);
    // Another tab clears the site's data: the database goes, this store's connection with it.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(CHAT_DB);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the store'));
    });
    const messages = [...shown.messages, msg('assistant', 'an answer', 3)];
    await store.saveMessages(c.id, messages, 3000, shown);
    const again = await new ConversationStore().get(c.id);
    expect(again).toMatchObject({ id: c.id, title: 'first question', createdAt: 1000 });
    expect(again!.updatedAt).toBe(3000);
    expect(again!.messages.map((m) => m.content)).toEqual(['first question', 'an answer']);
  });

  it('imports without overwriting a conversation that has the same id', async () => {
    const store = new ConversationStore();
    const c = await store.create();
    await store.saveMessages(c.id, [msg('user', 'original')]);
    await store.importMany([{ ...c, messages: [msg('user', 'imported')] }]);
    const all = await store.list();
    expect(all).toHaveLength(2);
    expect((await store.get(c.id))!.messages[0]!.content).toBe('original');
  });
});

describe('titleFrom', () => {
  it('cuts long first lines at a word', () => {
    expect(titleFrom('  short question \n second line')).toBe('short question');
    const t = titleFrom(
      'I have been having a pounding headache every morning for the last three weeks now',
    );
    expect(t.endsWith('…')).toBe(true);
    expect(t.length).toBeLessThanOrEqual(61);
    expect(titleFrom('   ')).toBe(NEW_CONVERSATION_TITLE);
  });

  it('leaves out hidden direction controls, which would disguise the title (issue 15 item 7)', () => {
    expect(titleFrom('Scan\u202Egnp.exe is my result')).toBe('Scangnp.exe is my result');
    expect(cleanTitle('  Scan\u2066gnp\u2069.exe ')).toBe('Scangnp.exe');
  });
});
