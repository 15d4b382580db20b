import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialogueCase } from '@/lib/chat/cases';
import { CHAT_DB, ConversationStore } from '@/lib/chat/conversations';
import { toJSON } from '@/lib/chat/export';
import type { PipelineTimings } from '@/lib/chat/timing';
import type { ChatMessage, Conversation } from '@/lib/chat/types';
import { describeFailure, EngineError } from '@/lib/engine/errors';
import { ChatInputError } from '@/lib/chat/pipeline/question';
import { ChatState, type ChatStateDeps } from '@/state/chat.svelte';
import { deferred, dialogue, FakeEngine } from './fakes';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const CASES = [
  dialogue('v1-1', 'I have a dry cough and a fever for three days'),
  dialogue('v2-9', 'Cough that will not go away after a cold'),
].map((d) => dialogueCase(d));

function setup(overrides: Partial<ChatStateDeps> = {}) {
  const engine = new FakeEngine();
  const store = new ConversationStore();
  const retrieve = vi.fn(async (_text: string) => CASES);
  const settled: ChatMessage[] = [];
  const timings: PipelineTimings[] = [];
  const chat = new ChatState({
    store,
    engine,
    retrieve,
    onSettled: (a) => settled.push(a),
    onTimings: (t) => timings.push(t),
    ...overrides,
  });
  return { engine, store, retrieve, chat, settled, timings };
}

const last = (chat: ChatState) => chat.active!.messages.at(-1)!;

describe('ChatState: sending', () => {
  it('triages, retrieves similar cases, prompts the model and saves the conversation', async () => {
    const { chat, engine, retrieve, store, settled } = setup();
    await chat.load();
    await chat.send('  I have had a cough for a week  ');

    const conversation = chat.active!;
    expect(conversation.title).toBe('I have had a cough for a week');
    const [user, answer] = conversation.messages;
    expect(user).toMatchObject({ role: 'user', content: 'I have had a cough for a week' });
    expect(user!.triage?.level).toBe('routine');
    expect(retrieve).toHaveBeenCalledWith('I have had a cough for a week');
    expect(answer).toMatchObject({
      role: 'assistant',
      content: engine.reply,
      modelId: 'fake-model',
      cases: [
        { id: 'v1-1', dataset: 'v1', segment: 'covid-scrape-2020' },
        { id: 'v2-9', dataset: 'v2' },
      ],
    });
    expect(answer!.stats?.decodeTokensPerS).toBe(20);
    expect(answer!.interrupted).toBeUndefined();
    expect(chat.pending).toBeNull();
    expect(settled).toEqual([answer]);

    // The model saw the safety rules, the reference cases, then the question.
    const prompt = engine.calls[0]!;
    expect(prompt[0]!.role).toBe('system');
    expect(prompt[0]!.content).toContain('Case 1 (v1, covid-scrape-2020)');
    expect(prompt.at(-1)).toEqual({ role: 'user', content: 'I have had a cough for a week' });

    // Saved: a fresh store (a reload) reads the same conversation.
    await store.close();
    const reloaded = await new ConversationStore().get(conversation.id);
    expect(reloaded!.messages.map((m) => m.content)).toEqual([
      'I have had a cough for a week',
      engine.reply,
    ]);
  });

  it('shows the emergency triage before the model answers, and the model still answers', async () => {
    const { chat, engine } = setup();
    engine.loadGate = deferred();
    const sending = chat.send('crushing chest pain spreading to my left arm and sweating');
    // Before the model is even loaded, the user message carries its triage.
    await vi.waitFor(() => expect(chat.pending?.phase).toBe('loading'));
    const user = chat.active!.messages[0]!;
    expect(user.triage?.level).toBe('emergency');
    engine.loadGate.resolve();
    await sending;
    expect(engine.calls[0]![0]!.content).toContain('possible emergency signs');
    expect(last(chat).content).toBe(engine.reply);
  });

  it('refuses a message too long for the model, storing nothing', async () => {
    const { chat, store, engine } = setup();
    engine.window = 1024;
    await expect(chat.send('pain '.repeat(3000))).rejects.toThrow(ChatInputError);
    await expect(chat.send('pain '.repeat(3000))).rejects.toThrow(/too long for this model/);
    await expect(chat.send('   ')).rejects.toThrow(/Type a message/);
    expect(chat.conversations).toEqual([]);
    expect(await store.list()).toEqual([]);
    expect(engine.loads).toBe(0);
  });

  it('answers without cases, and says why, when the dataset cannot be searched', async () => {
    const { chat, engine } = setup({
      retrieve: async () => {
        throw new Error('The dataset could not be downloaded');
      },
    });
    await chat.send('my knee hurts when I run');
    expect(last(chat)).toMatchObject({
      content: engine.reply,
      cases: [],
      casesUnavailable: 'Error: The dataset could not be downloaded',
    });
  });

  it('notes when older turns were left out of the model memory', async () => {
    const { chat, engine } = setup();
    engine.window = 2048;
    engine.reply = 'word '.repeat(600);
    await chat.send('first question '.repeat(50));
    await chat.send('second question '.repeat(50));
    await chat.send('and the latest?');
    expect(last(chat).droppedTurns).toBeGreaterThan(0);
    expect(engine.calls.at(-1)!.at(-1)!.content).toBe('and the latest?');
  });

  it('reports the time our code adds before the engine, without the model load', async () => {
    let now = 0;
    const engine = new FakeEngine();
    engine.loadGate = deferred();
    const { chat, timings } = setup({
      engine,
      clock: () => now,
      triage: () => {
        now += 1;
        return { level: 'routine', flags: [] };
      },
      retrieve: async () => {
        now += 5;
        return CASES;
      },
    });
    const sending = chat.send('a headache');
    await vi.waitFor(() => expect(chat.pending?.phase).toBe('loading'));
    now += 1000; // the model downloads
    engine.loadGate.resolve();
    await sending;
    expect(timings).toEqual([
      expect.objectContaining({
        kind: 'send',
        triageMs: 1,
        retrievalMs: 5,
        promptMs: 0,
        totalMs: 6,
        modelWaitMs: 1000,
        cases: 2,
      }),
    ]);
  });
});

describe('ChatState: a draft is looked up while it is written', () => {
  it('asks for the cases Send will ask for, shows and stores nothing, and not while answering', async () => {
    const { chat, retrieve, store } = setup();
    await chat.load();
    chat.prepare('  I have had a cough for a week ');
    expect(retrieve).toHaveBeenLastCalledWith('I have had a cough for a week');
    chat.prepare('   ');
    expect(retrieve).toHaveBeenCalledTimes(1);
    expect(chat.active).toBeNull();
    expect(await store.list()).toEqual([]);

    await chat.send('I have had a cough for a week');
    expect(retrieve).toHaveBeenLastCalledWith('I have had a cough for a week');
    // A short follow-up is looked up with the question before it, as Send looks it up.
    chat.prepare('and at night?');
    expect(retrieve).toHaveBeenLastCalledWith('I have had a cough for a week\nand at night?');
  });

  it('looks nothing up while an answer is in progress', async () => {
    const searching = deferred<typeof CASES>();
    const retrieve = vi.fn((_text: string) => searching.promise);
    const { chat } = setup({ retrieve });
    await chat.load();
    const sending = chat.send('I have had a cough for a week');
    expect(chat.pending).not.toBeNull();
    chat.prepare('and a fever since yesterday evening');
    expect(retrieve).toHaveBeenCalledTimes(1);
    searching.resolve(CASES);
    await sending;
  });

  it('a failed lookup of a draft is not an error', async () => {
    const { chat } = setup({ retrieve: () => Promise.reject(new Error('no index')) });
    await chat.load();
    expect(() => chat.prepare('headache')).not.toThrow();
    await Promise.resolve();
    expect(chat.notice).toBeNull();
  });
});

describe('ChatState: stop, regenerate, edit, failures', () => {
  it('stop keeps the partial answer, marked stopped, and saves it', async () => {
    const { chat, engine, store } = setup();
    const pause = deferred();
    engine.pause = pause.promise;
    const sending = chat.send('what helps a sore throat?');
    await vi.waitFor(() => expect(last(chat).content).toBe('Rest, '));
    expect(chat.pending?.phase).toBe('generating');
    chat.stop();
    pause.resolve();
    await sending;
    expect(last(chat)).toMatchObject({ content: 'Rest, ', interrupted: true });
    expect(engine.cancels).toBe(0);
    const saved = await store.get(chat.activeId!);
    expect(saved!.messages.at(-1)).toMatchObject({ content: 'Rest, ', interrupted: true });
  });

  it('stop while the model loads cancels the load; nothing reaches the engine', async () => {
    const { chat, engine } = setup();
    engine.loadGate = deferred();
    const sending = chat.send('is this rash serious?');
    await vi.waitFor(() => expect(chat.pending?.phase).toBe('loading'));
    chat.stop();
    await sending;
    expect(engine.cancels).toBe(1);
    expect(engine.calls).toHaveLength(0);
    expect(last(chat)).toMatchObject({ role: 'assistant', content: '', interrupted: true });
    expect(chat.active!.messages[0]!.content).toBe('is this rash serious?');
  });

  it('saves a streaming answer as it goes, marked unfinished until it ends', async () => {
    const { chat, engine, store } = setup({ saveEveryMs: 0 });
    const pause = deferred();
    engine.pause = pause.promise;
    const sending = chat.send('hello');
    await vi.waitFor(async () => {
      const saved = await store.get(chat.activeId!);
      expect(saved?.messages.at(-1)).toMatchObject({ content: 'Rest, ', interrupted: true });
    });
    pause.resolve();
    await sending;
    const saved = await store.get(chat.activeId!);
    expect(saved!.messages.at(-1)!.interrupted).toBeUndefined();
  });

  it('a device-lost failure keeps the question, explains, and "try again" answers it', async () => {
    const { chat, engine, store } = setup();
    engine.failWith = new EngineError(
      describeFailure('Error: DeviceLostError: The WebGPU device was lost', {
        phase: 'generate',
        model: { id: 'm', name: 'SmolLM2', downloadBytes: 1 },
      }),
    );
    await chat.send('my head hurts');
    expect(chat.active!.messages[0]!.content).toBe('my head hurts');
    expect(last(chat).error).toMatch(/The GPU ran out of memory.*your conversation is kept/);
    expect((await store.get(chat.activeId!))!.messages).toHaveLength(2);

    engine.failWith = null;
    await chat.regenerate();
    expect(chat.active!.messages).toHaveLength(2);
    expect(last(chat)).toMatchObject({ content: engine.reply });
    expect(last(chat).error).toBeUndefined();
  });

  it('regenerate replaces the last answer with a new one', async () => {
    const { chat, engine } = setup();
    await chat.send('first');
    const firstAnswer = last(chat);
    engine.reply = 'A different answer.';
    await chat.regenerate();
    expect(chat.active!.messages).toHaveLength(2);
    expect(last(chat).content).toBe('A different answer.');
    expect(last(chat).id).not.toBe(firstAnswer.id);
    // The model saw the question once, without the answer it replaces.
    expect(engine.calls[1]!.filter((m) => m.role !== 'system')).toEqual([
      { role: 'user', content: 'first' },
    ]);
  });

  it('edit replaces the last question, triages it again and answers it', async () => {
    const { chat, engine } = setup();
    await chat.send('I have a mild cold');
    await chat.send('it is getting better');
    await chat.editLast('I suddenly cannot breathe');
    const messages = chat.active!.messages;
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(messages[2]!.content).toBe('I suddenly cannot breathe');
    expect(messages[2]!.triage?.level).toBe('emergency');
    expect(engine.calls.at(-1)!.at(-1)!.content).toBe('I suddenly cannot breathe');
  });

  it('leaves a failed answer out of what the model sees next', async () => {
    const { chat, engine } = setup();
    engine.failWith = 'Error: something broke';
    await chat.send('question one');
    engine.failWith = null;
    await chat.send('question two');
    const seen = engine.calls.at(-1)!.filter((m) => m.role !== 'system');
    expect(seen).toEqual([{ role: 'user', content: 'question one\n\nquestion two' }]);
  });

  it('sends nothing while an answer is in progress', async () => {
    const { chat, engine } = setup();
    const pause = deferred();
    engine.pause = pause.promise;
    const sending = chat.send('one');
    await vi.waitFor(() => expect(chat.pending?.phase).toBe('generating'));
    await expect(chat.send('two')).rejects.toThrow(/still answering/);
    pause.resolve();
    await sending;
    expect(chat.active!.messages).toHaveLength(2);
  });
});

describe('ChatState: conversations', () => {
  it('lists, opens, renames and deletes conversations; they survive a reload', async () => {
    const { chat, store } = setup();
    await chat.load();
    await chat.send('about my back');
    const a = chat.activeId!;
    await chat.open(null);
    expect(chat.active).toBeNull();
    await chat.send('about my knee');
    const b = chat.activeId!;
    expect(chat.conversations.map((c) => c.id)).toEqual([b, a]);

    await chat.rename(a, '  Back   pain ');
    await expect(chat.rename(a, '  ')).rejects.toThrow(/needs a title/);
    await chat.remove(b);
    expect(chat.activeId).toBeNull();

    await store.close();
    const reloaded = new ChatState({
      store: new ConversationStore(),
      engine: new FakeEngine(),
      retrieve: async () => [],
    });
    expect(await reloaded.open(a)).toBe(true);
    expect(reloaded.active!.title).toBe('Back pain');
    expect(reloaded.conversations).toHaveLength(1);
    expect(await reloaded.open(b)).toBe(false);
    expect(reloaded.notice).toMatch(/not on this device/);
  });

  it('deleting the conversation being answered stops the answer and saves nothing more', async () => {
    const { chat, engine, store } = setup();
    const pause = deferred();
    engine.pause = pause.promise;
    const sending = chat.send('one');
    await vi.waitFor(() => expect(chat.pending?.phase).toBe('generating'));
    const id = chat.activeId!;
    await chat.remove(id);
    pause.resolve();
    await sending;
    expect(await store.get(id)).toBeUndefined();
    expect(chat.conversations).toEqual([]);
    expect(chat.notice).toBeNull();
  });

  it('imports an exported file next to the existing conversations', async () => {
    const { chat } = setup();
    await chat.send('already here');
    const exported = toJSON([
      { ...chat.active!, id: 'other', title: 'Imported one' },
      { ...chat.active! }, // same id: kept as a copy, not overwritten
    ]);
    expect((await chat.importFile(new Blob([exported]))).saved.added).toBe(2);
    expect(chat.conversations.map((c) => c.title).sort()).toEqual([
      'Imported one',
      'already here',
      'already here',
    ]);
    await expect(chat.importFile(new Blob(['{"format":"something else"}']))).rejects.toThrow(
      /not a Bedside conversation export/,
    );
  });

  it('says so when a conversation cannot be saved, and keeps it on screen', async () => {
    const { chat, store } = setup();
    vi.spyOn(store, 'saveMessages').mockRejectedValue(new TypeError('disk on fire'));
    await chat.send('hello');
    expect(chat.notice).toMatch(/could not be saved.*disk on fire/);
    expect(chat.active!.messages).toHaveLength(2);
    chat.dismissNotice();
    expect(chat.notice).toBeNull();
  });

  it('a full disk says what to do, without "QuotaExceededError:" (issue 15 item 6)', async () => {
    const { chat } = setup();
    await chat.load();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('', 'QuotaExceededError');
    });
    await chat.send('hello');
    expect(chat.notice).toBe(
      'This conversation could not be saved: this device has no storage space left for Bedside. Export your conversations (Export all) to keep a copy of what is on screen, then delete a downloaded model on the Models page or free space on the device, and try again.',
    );
    expect(chat.active!.messages).toHaveLength(2);
    put.mockRestore();
  });

  it('goes on saving after another tab deleted the database; a reload lists it all (item 5)', async () => {
    const { chat, store } = setup();
    await chat.load();
    const id = await chat.send('before the site data was cleared');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(CHAT_DB);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by this tab'));
    });
    await chat.send('after it was cleared');
    await chat.open(null);
    const other = await chat.send('a new conversation afterwards');
    expect(chat.notice).toBeNull();
    store.close();
    const reloaded = new ChatState({ engine: new FakeEngine(), retrieve: async () => [] });
    await reloaded.load();
    expect(reloaded.conversations.map((c) => c.id).sort()).toEqual([id, other].sort());
    await reloaded.open(id);
    expect(
      reloaded.active!.messages.filter((m) => m.role === 'user').map((m) => m.content),
    ).toEqual(['before the site data was cleared', 'after it was cleared']);
  });

  it('lists damaged records apart, exports nothing of them as conversations, deletes them (item 4)', async () => {
    const { chat, store } = setup();
    await store.put({ id: 'good', title: 'Good', createdAt: 1, updatedAt: 2, messages: [] });
    await store.put({ id: 'bad', title: 42, messages: 'x' } as unknown as Conversation);
    await chat.load();
    expect(chat.conversations.map((c) => c.id)).toEqual(['good']);
    expect(chat.damaged).toMatchObject([{ key: 'bad', id: 'bad', record: { title: 42 } }]);
    await chat.deleteDamaged(chat.damaged[0]!);
    expect(chat.damaged).toEqual([]);
    expect((await store.listAll()).damaged).toEqual([]);
    expect(chat.notice).toBeNull();
  });

  it('imports a file with out-of-range dates and malformed messages: the rest is kept, each refusal said (items 1, 2)', async () => {
    const { chat } = setup();
    await chat.send('already here');
    const good = { id: 'g', title: 'Good', createdAt: 1, updatedAt: 2, messages: [] };
    const text = JSON.stringify({
      format: 'bedside-conversations',
      version: 1,
      conversations: [
        good,
        { ...good, id: 'x', title: 't', updatedAt: 8640000000000001 },
        { ...good, id: 'y', title: 'u', createdAt: -1e20 },
      ],
    });
    const done = await chat.importFile(new File([text], 'mixed.json'));
    expect(done.summary).toBe('Imported 1 of 3 conversations; 2 conversations could not be read.');
    expect(done.details).toContain('conversation 2 ("t") has an invalid last-updated date');
    expect(chat.conversations.map((c) => c.title).sort()).toEqual(['Good', 'already here']);
    expect(chat.damaged).toEqual([]);
  });
});
