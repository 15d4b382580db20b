// The triage rules load on demand: typing asks for them, and a message sent before they are
// there waits for them — it is never sent untriaged. Its own file: the rules load once per
// module graph, and the first test needs them not loaded yet.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConversationStore } from '@/lib/chat/conversations';
import { loadedTriage } from '@/lib/chat/triage-on-demand';
import { ComposerState } from '@/state/chat-composer.svelte';
import { ChatState } from '@/state/chat.svelte';
import { FakeEngine } from './fakes';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const chatState = () =>
  new ChatState({
    engine: new FakeEngine(),
    retrieve: async () => [],
    store: new ConversationStore(),
  });

describe('the triage rules, on demand', () => {
  it('a message sent before they have loaded waits for them and is triaged', async () => {
    expect(loadedTriage()).toBeNull();
    const chat = chatState();
    await chat.send('crushing chest pain spreading to my left arm and sweating');
    expect(chat.active!.messages[0]!.triage?.level).toBe('emergency');
    expect(loadedTriage()).not.toBeNull();
  });

  it('are asked for as soon as the person types', async () => {
    const chat = chatState();
    const prepare = vi.spyOn(chat, 'prepare');
    const composer = new ComposerState({ chat, getDialogue: async () => undefined });
    composer.setText('I');
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});
