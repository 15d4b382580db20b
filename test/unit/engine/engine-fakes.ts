// The three engine states (createEngineState) with every outside dependency replaced: the
// engine, the cache, the databases, storage. Shared by the catalog, storage and runtime tests.
import { vi } from 'vitest';
import type { CacheStatus } from '@/lib/engine/cache';
import type { Capability } from '@/lib/engine/capability';
import type { Checked } from '@/lib/engine/custom-models';
import type { Engine, GenerateOptions, LoadOptions, ModelMessage } from '@/lib/engine/engine';
import type { DownloadRecord } from '@/lib/engine/model-db';
import type { CustomModel, ModelEntry } from '@/lib/engine/registry';
import { CapabilityState } from '@/state/capability.svelte';
import { createEngineState, type EngineRuntime } from '@/state/engine';
import type { FakeLocks } from './fake-locks';
import { swiftshader } from '../../fixtures/capability';

export const SMOL32 = 'SmolLM2-360M-Instruct-q4f32_1-MLC';
export const LLAMA32 = 'Llama-3.2-1B-Instruct-q4f32_1-MLC';

export class FakeEngine implements Engine {
  loadedModelId: string | null = null;
  loads: string[] = [];
  unloads = 0;
  /** Set to make the next load fail with this raw error. */
  failWith: unknown = undefined;
  hang = false;
  generateError: unknown = undefined;

  async load(model: ModelEntry, { onProgress, signal }: LoadOptions = {}) {
    this.loads.push(model.id);
    onProgress?.({
      progress: 0.25,
      timeElapsed: 1,
      text: 'Fetching param cache[1/4]: 50MB fetched. 25% completed, 1 secs elapsed.',
    });
    if (this.hang) {
      await new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(new Error('CancelledError'))),
      );
    }
    if (this.failWith !== undefined) {
      const raw = this.failWith;
      this.failWith = undefined;
      throw raw;
    }
    this.loadedModelId = model.id;
  }

  async generate(_messages: ModelMessage[], { onToken }: GenerateOptions = {}) {
    if (this.generateError !== undefined) {
      const raw = this.generateError;
      this.generateError = undefined;
      throw raw;
    }
    onToken?.('Hi', 'Hi');
    return {
      text: 'Hi',
      finishReason: 'stop' as const,
      stats: {
        promptTokens: 5,
        completionTokens: 1,
        timeToFirstTokenS: 0.2,
        prefillTokensPerS: 25,
        decodeTokensPerS: 4,
        totalS: 0.5,
      },
    };
  }

  interrupt() {}

  async unload() {
    this.unloads += 1;
    this.loadedModelId = null;
  }
}

/** Fakes of the model records (custom models, how downloads ended). */
export function fakeModelDb(customModels: CustomModel[] = []) {
  const custom = new Map(customModels.map((m) => [m.id, m]));
  const downloads = new Map<string, DownloadRecord>();
  const db = {
    listCustom: async () => [...custom.values()],
    putCustom: vi.fn(async (m: CustomModel) => void custom.set(m.id, m)),
    deleteCustom: vi.fn(async (id: string) => void custom.delete(id)),
    downloads: async () => new Map(downloads),
    setDownload: async (id: string, state: DownloadRecord['state']) =>
      void downloads.set(id, { id, state, at: 0 }),
    clearDownload: async (id: string) => void downloads.delete(id),
  };
  return { db, downloads };
}

export function fakeSettings(map = new Map<string, unknown>()) {
  return {
    get: async <T>(key: string, fallback: T) => (map.get(key) as T) ?? fallback,
    set: async (key: string, value: unknown) => void map.set(key, value),
    delete: async (key: string) => void map.delete(key),
  };
}

export function setup(
  options: { custom?: CustomModel[]; settings?: Map<string, unknown>; locks?: FakeLocks } = {},
) {
  const engine = new FakeEngine();
  const cached = new Map<string, CacheStatus>();
  const cache = {
    status: vi.fn(async (entry: ModelEntry) => cached.get(entry.id) ?? 'absent'),
    delete: vi.fn(async (entry: ModelEntry) => void cached.delete(entry.id)),
  };
  const { db, downloads } = fakeModelDb(options.custom);
  const settingsMap = options.settings ?? new Map<string, unknown>();
  const estimate = {
    read: async () => ({ usage: 900e6, quota: 1000e6, persisted: false }),
    persist: vi.fn(async () => true),
  };
  const checkCustom = vi.fn(
    async (input: {
      id: string;
      modelUrl: string;
      modelLibUrl: string;
    }): Promise<Checked<CustomModel>> => ({
      ok: true,
      value: {
        ...input,
        contextWindow: 2048,
        precision: 'f32',
        weightFormat: 'q4f32_1',
        addedAt: 1,
      },
    }),
  );
  const state = createEngineState({
    capability: { capability: swiftshader },
    createEngine: () => engine,
    cache,
    db,
    settings: fakeSettings(settingsMap),
    estimate,
    checkCustom,
    finetuned: { status: 'not-configured' },
    extraModels: [],
    locks: options.locks,
  });
  return { ...state, engine, cache, cached, db, settingsMap, estimate, checkCustom, downloads };
}

/** A device check that finishes when the test says so. */
export function pendingCapability() {
  let finish!: (capability: Capability) => void;
  const state = new CapabilityState(() => new Promise<Capability>((r) => (finish = r)));
  return { state, finish: (capability: Capability) => finish(capability) };
}

/** The download progress on screen, if a model is loading. */
export function progressOf(runtime: EngineRuntime) {
  return runtime.status.kind === 'loading' ? runtime.status.progress : null;
}
