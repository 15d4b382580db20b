// Builds the Chat view over real states: EngineState with the fast deterministic test engine,
// ChatState over fake IndexedDB, and a small stand-in dataset (similar cases by a fixed list).
import { render } from '@testing-library/svelte';
import { IDBFactory } from 'fake-indexeddb';
import type { Engine } from '@/lib/engine/engine';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import { href } from '@/lib/router';
import { CapabilityState } from '@/state/capability.svelte';
import { ChatState } from '@/state/chat.svelte';
import type { DatasetState } from '@/state/dataset.svelte';
import { EngineState } from '@/state/engine.svelte';
import { dialogue } from '../../unit/chat/fakes';
import ChatHarness from './ChatHarness.svelte';
import { dialogueCase } from '@/lib/chat/cases';
import { swiftshader as gpu } from '../../fixtures/capability';

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

export function setup(
  options: { webgpu?: boolean; engine?: Engine; loadStepMs?: number; tokenDelayMs?: number } = {},
) {
  globalThis.indexedDB = new IDBFactory();
  location.hash = '#/chat';
  const capability = new CapabilityState(async () =>
    options.webgpu === false
      ? { ...gpu, status: 'no-webgpu' as const, reason: 'navigator.gpu is missing' }
      : gpu,
  );
  const test =
    options.engine ??
    new TestEngine({
      tokenDelayMs: options.tokenDelayMs ?? 1,
      loadStepMs: options.loadStepMs ?? 1,
    });
  const engine = new EngineState({
    capability,
    createEngine: () => test,
    cache: { status: async () => 'absent', delete: async () => {} },
    db: {
      listCustom: async () => [],
      putCustom: async () => {},
      deleteCustom: async () => {},
      downloads: async () => new Map(),
      setDownload: async () => {},
      clearDownload: async () => {},
    },
    settings: {
      get: async () => TEST_ENGINE_ENTRY.id as never,
      set: async () => {},
      delete: async () => {},
    },
    storage: { read: async () => null, persist: async () => false },
    finetuned: { status: 'not-configured' },
    extraModels: [TEST_ENGINE_ENTRY],
  });
  const dataset = fakeDataset();
  const chat = new ChatState({
    engine,
    dataset,
    navigate: (id) => {
      location.hash = href('chat', id ? { id } : {});
    },
  });
  const view = render(ChatHarness, { capability, engine, dataset, chat });
  return { capability, engine, dataset, chat, view };
}
