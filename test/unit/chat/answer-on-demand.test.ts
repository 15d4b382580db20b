// The answer code (prompt builder, pipeline, message checks) loads on demand: typing asks for
// it, a message sent before it is there waits for it (and is still checked), and a failed load
// says what to do and stores nothing. Its own file: the code loads once per module graph, and
// these tests need it not loaded yet.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadedAnswerCode } from '@/lib/chat/answer-on-demand';
import { ConversationStore } from '@/lib/chat/conversations';
import { ChatInputError } from '@/lib/chat/pipeline/question';
import { ComposerState } from '@/state/chat-composer.svelte';
import { ChatState } from '@/state/chat.svelte';
import { FakeEngine } from './fakes';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.doUnmock('@/lib/chat/answer-code');
});

const chatState = () =>
  new ChatState({
    engine: new FakeEngine(),
    retrieve: async () => [],
    store: new ConversationStore(),
    triage: () => ({ level: 'routine', flags: [] }),
  });

describe('the answer code, on demand', () => {
  it('a failed load says what to do; nothing is stored, the draft is kept', async () => {
    vi.doMock('@/lib/chat/answer-code', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const chat = chatState();
    const composer = new ComposerState({ chat, getDialogue: async () => undefined });
    composer.setText('a sore throat for two days');
    expect(await composer.submit()).toBe(false);
    expect(composer.text).toBe('a sore throat for two days');
    expect(composer.error).toMatch(/answer code could not be loaded \(.+\)\. .*reload the page/i);
    expect(chat.conversations).toEqual([]);
    expect(await new ConversationStore().listAll()).toMatchObject({ conversations: [] });
    expect(loadedAnswerCode()).toBeNull();
  });

  it('a message sent before it has loaded waits for it, is checked, then answered', async () => {
    expect(loadedAnswerCode()).toBeNull();
    const chat = chatState();
    await expect(chat.send('pain '.repeat(3000))).rejects.toThrow(ChatInputError);
    expect(chat.conversations).toEqual([]);
    await chat.send('a sore throat for two days');
    const messages = chat.active!.messages;
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(messages[1]!.content).not.toBe('');
    expect(loadedAnswerCode()).not.toBeNull();
  });

  it('is asked for as soon as the person types', () => {
    const chat = chatState();
    const prepare = vi.spyOn(chat, 'prepare');
    const composer = new ComposerState({ chat, getDialogue: async () => undefined });
    composer.setText('I');
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});
