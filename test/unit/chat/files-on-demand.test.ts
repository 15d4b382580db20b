// Export and import code loads on the first menu action. A failed load says what to do, and
// the next action tries again. Its own file: the code loads once per module graph.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toJSON } from '@/lib/chat/export';
import { ConversationStore } from '@/lib/chat/conversations';
import { ChatState } from '@/state/chat.svelte';
import { FakeEngine } from './fakes';

afterEach(() => {
  vi.doUnmock('@/lib/chat/conversation-files');
});

const chatState = () => {
  globalThis.indexedDB = new IDBFactory();
  return new ChatState({
    engine: new FakeEngine(),
    retrieve: async () => [],
    store: new ConversationStore(),
  });
};

const file = () =>
  new Blob([
    toJSON([
      {
        id: 'c1',
        title: 'Cough',
        createdAt: 1,
        updatedAt: 2,
        messages: [{ id: 'm1', role: 'user', content: 'A dry cough', createdAt: 1 }],
      },
    ]),
  ]);

describe('export and import code, on demand', () => {
  it('an import whose code cannot be loaded says so; the next one loads it and imports', async () => {
    vi.doMock('@/lib/chat/conversation-files', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const chat = chatState();
    await expect(chat.importFile(file())).rejects.toThrow(
      /Exporting and importing could not be loaded \(.+\)\. .*reload the page/i,
    );
    expect(chat.conversations).toEqual([]);

    vi.doUnmock('@/lib/chat/conversation-files');
    const done = await chat.importFile(file());
    expect(done.saved.added).toBe(1);
    expect(chat.conversations.map((c) => c.title)).toEqual(['Cough']);
  });
});
