// Builds the Chat view over the real app (createApp): the fast deterministic test engine,
// conversations in fake IndexedDB, and a small stand-in dataset (similar cases by a fixed list).
import { IDBFactory } from 'fake-indexeddb';
import { loadThread } from '@/components/chat/MessageThreadOnDemand.svelte';
import { loadAnswerCode } from '@/lib/chat/answer-on-demand';
import { ConversationStore } from '@/lib/chat/conversations';
import type { Conversation } from '@/lib/chat/types';
import type { Engine } from '@/lib/engine/engine';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import { dialogueCase } from '@/lib/chat/cases';
import type { DatasetState } from '@/state/dataset.svelte';
import { swiftshader as gpu } from '../../fixtures/capability';
import { dialogue } from '../../unit/chat/fakes';
import { renderChat, testApp } from '../harness/app';

export const CASES = [
  { ...dialogue('v1-4', 'I have a dry cough and fever'), description: 'Dry cough and fever' },
  { ...dialogue('v2-8', 'Cough for weeks'), flags: ['contains-url' as const] },
];

export function fakeDataset() {
  return {
    status: 'ready',
    progress: null,
    error: null,
    manifest: null,
    current: {
      manifest: {
        datasets: [{ id: 'v1', title: 'know_medical_dialogues v1' }],
        segments: [{ segment: 'covid-scrape-2020', label: 'COVID-19 consultations (2020 scrape)' }],
      },
    },
    ensureReady: async () => {},
    retry: async () => {},
    retrieve: async (text: string) => {
      retrieveCalls.push(text);
      return CASES.map((d) => dialogueCase(d, 1));
    },
    getDialogue: async (id: string) => CASES.find((d) => d.id === id),
  } as unknown as DatasetState;
}

/** The text each retrieval was asked with, newest last. */
export const retrieveCalls: string[] = [];

export async function setup(
  options: {
    webgpu?: boolean;
    engine?: Engine;
    loadStepMs?: number;
    tokenDelayMs?: number;
    /** Records in the conversation database before the Chat opens, whatever they hold. */
    stored?: unknown[];
  } = {},
) {
  globalThis.indexedDB = new IDBFactory();
  location.hash = '#/chat';
  if (options.stored) {
    const store = new ConversationStore();
    for (const record of options.stored) await store.put(record as Conversation);
    store.close();
  }
  const test =
    options.engine ??
    new TestEngine({
      tokenDelayMs: options.tokenDelayMs ?? 1,
      loadStepMs: options.loadStepMs ?? 1,
    });
  const app = testApp({
    capability:
      options.webgpu === false
        ? { ...gpu, status: 'no-webgpu' as const, reason: 'navigator.gpu is missing' }
        : gpu,
    engine: {
      createEngine: () => test,
      // The saved choice for Chat is the test engine.
      settings: {
        get: async () => TEST_ENGINE_ENTRY.id as never,
        set: async () => {},
        delete: async () => {},
      },
    },
    dataset: fakeDataset(),
  });
  // A person types for seconds, in which the answer code and the thread load (ChatState.prepare,
  // ChatView); the tests paste and send at once. A send before the answer code has loaded:
  // test/unit/chat/answer-on-demand.test.ts.
  await Promise.all([loadAnswerCode(), loadThread()]);
  const { chat, composer } = await renderChat(app);
  return { app, engine: app.engine.runtime, dataset: app.dataset, chat, composer };
}
