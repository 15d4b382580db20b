import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerOutcome, withTriage } from '@/lib/chat/follow-up';
import { ConversationStore } from '@/lib/chat/conversations';
import type { ChatMessage } from '@/lib/chat/types';
import { triage } from '@/lib/safety/triage';
import { ChatState } from '@/state/chat.svelte';
import { FollowUpState } from '@/state/chat-follow-up.svelte';
import { FakeEngine } from './fakes';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function setup() {
  const store = new ConversationStore();
  const chat = new ChatState({ store, engine: new FakeEngine(), retrieve: async () => [] });
  return { chat, store, followUps: new FollowUpState(chat) };
}

const CHEST = 'I have a dull pain in my chest since this afternoon';

describe('the structured follow-up check in the Chat', () => {
  it('asks about the latest question when its domain has warning signs not mentioned', async () => {
    const { chat, followUps } = setup();
    await chat.load();
    await chat.send('I have had a runny nose for two days');
    expect(followUps.current(chat.active)).toBeNull();

    await chat.send(CHEST);
    const check = followUps.current(chat.active)!;
    expect(check.followUp.domain).toBe('chest-pain');
    expect(check.messageId).toBe(chat.active!.messages.at(-2)!.id);
    expect(check.followUp.questions.length).toBeGreaterThanOrEqual(2);
    expect(check.followUp.questions.length).toBeLessThanOrEqual(4);
    expect(check.answers).toEqual({});
  });

  it('a "yes" raises the banner of that question and saves it; a "no" keeps what the text gave', async () => {
    const { chat, followUps, store } = setup();
    await chat.load();
    await chat.send(CHEST);
    const conversationId = chat.active!.id;
    const question = () => chat.active!.messages.at(-2)!;
    expect(question().triage?.level).toBe('urgent');
    const { messageId } = followUps.current(chat.active)!;

    await followUps.answer(conversationId, messageId, 'chest-recent', false);
    expect(question().triage?.level).toBe('urgent');
    expect(followUps.current(chat.active)!.outcome).toMatch(/still applies/);

    await followUps.answer(conversationId, messageId, 'chest-spread', true);
    expect(question().triage?.level).toBe('emergency');
    const check = followUps.current(chat.active)!;
    expect(check.answers).toEqual({ 'chest-recent': false, 'chest-spread': true });
    expect(check.outcome).toMatch(/emergency/);

    // Saved: a reload shows the raised banner.
    await store.close();
    const saved = await new ConversationStore().get(conversationId);
    expect(saved!.messages[0]!.triage?.level).toBe('emergency');
  });

  it('skipping removes the questions and never blocks the next message', async () => {
    const { chat, followUps } = setup();
    await chat.load();
    await chat.send(CHEST);
    followUps.skip(followUps.current(chat.active)!.messageId);
    expect(followUps.current(chat.active)).toBeNull();
    await chat.send('it is worse when I take a deep breath');
    expect(chat.active!.messages).toHaveLength(4);
  });
});

describe('withTriage and answerOutcome', () => {
  const user = (id: string, content: string): ChatMessage => ({
    id,
    role: 'user',
    content,
    createdAt: 1,
    triage: triage(content),
  });

  it("replaces one question's triage, and says nothing changed when it is the same", () => {
    const messages = [user('a', CHEST)];
    const raised = triage('crushing chest pain spreading to my left arm');
    expect(withTriage(messages, 'a', raised)![0]!.triage).toEqual(raised);
    expect(withTriage(messages, 'a', triage(CHEST))).toBeNull();
    expect(withTriage(messages, 'missing', raised)).toBeNull();
  });

  it('says what an answer changed', () => {
    const urgent = triage(CHEST);
    const emergency = triage('crushing chest pain spreading to my left arm');
    const routine = triage('a runny nose');
    expect(answerOutcome(urgent, emergency)).toMatch(/emergency/);
    expect(answerOutcome(routine, urgent)).toMatch(/check today/);
    expect(answerOutcome(emergency, urgent)).toMatch(/Answer changed/);
    expect(answerOutcome(routine, routine)).toMatch(/no warning sign/);
  });
});
