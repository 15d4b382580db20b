// Builds the app as createApp() does, with fakes for what a test must not touch (the GPU,
// WebLLM, the network, the model cache), and shows one of its views through AppHarness.
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { createApp, type App, type AppDeps } from '@/app/create-app';
import type { Capability } from '@/lib/engine/capability';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import type { EngineStateDeps } from '@/state/engine';
import BenchView from '@/views/BenchView.svelte';
import ChatView from '@/views/ChatView.svelte';
import { swiftshader } from '../../fixtures/capability';
import AppHarness from './AppHarness.svelte';

export type EngineFakes = Omit<EngineStateDeps, 'capability'>;

/** The engine's seams: the deterministic test engine, nothing cached, nothing stored. */
export function engineFakes(overrides: Partial<EngineFakes> = {}): EngineFakes {
  const test = new TestEngine({ tokenDelayMs: 1, loadStepMs: 1 });
  return {
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
      get: async (_k, fallback) => fallback,
      set: async () => {},
      delete: async () => {},
    },
    estimate: { read: async () => null, persist: async () => false },
    finetuned: { status: 'not-configured' },
    extraModels: [TEST_ENGINE_ENTRY],
    ...overrides,
  };
}

/** Settings kept in memory (theme, first visit). */
function memorySettings(): NonNullable<AppDeps['settings']> {
  const values = new Map<string, unknown>();
  return {
    get: async <T>(key: string, fallback: T) =>
      values.has(key) ? (values.get(key) as T) : fallback,
    set: async (key: string, value: unknown) => void values.set(key, value),
    delete: async (key: string) => void values.delete(key),
  } as NonNullable<AppDeps['settings']>;
}

export interface TestAppOptions extends Omit<AppDeps, 'detectCapability' | 'engine'> {
  /** What WebGPU detection finds (default: Chromium's SwiftShader adapter). */
  capability?: Capability;
  engine?: Partial<EngineFakes>;
}

export function testApp(options: TestAppOptions = {}): App {
  const { capability = swiftshader, engine, ...deps } = options;
  return createApp({
    settings: memorySettings(),
    ...deps,
    detectCapability: async () => capability,
    engine: engineFakes(engine),
  });
}

/** Shows a view that needs only the states built at once (Dataset, Models, About). */
export function renderView(app: App, View: Component) {
  return render(AppHarness, { app, View });
}

/** Builds the Chat (as its first visit does) and shows its view. */
export async function renderChat(app: App) {
  const chat = await app.chat.load();
  render(AppHarness, { app, View: ChatView, provide: chat.provide });
  return chat;
}

/** Builds the Benchmark (as its first visit does) and shows its view. */
export async function renderBench(app: App) {
  const bench = await app.bench.load();
  render(AppHarness, { app, View: BenchView, provide: bench.provide });
  return bench;
}
