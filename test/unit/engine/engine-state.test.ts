// EngineState with every outside dependency replaced: the engine, the cache, the databases,
// storage. What is checked is what a user (or Chat) sees: status, progress, errors and what
// is left on the device after each kind of failure.
import { describe, expect, it, vi } from 'vitest';
import type { CacheStatus } from '@/lib/engine/cache';
import type { Capability } from '@/lib/engine/capability';
import type { Checked } from '@/lib/engine/custom-models';
import type { Engine, GenerateOptions, LoadOptions, ModelMessage } from '@/lib/engine/engine';
import { EngineError } from '@/lib/engine/errors';
import type { DownloadRecord } from '@/lib/engine/model-db';
import type { CustomModel, ModelEntry } from '@/lib/engine/registry';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import { EngineState, SELECTED_MODEL_KEY } from '@/state/engine.svelte';
import { FakeLocks } from './fake-locks';
import { swiftshader } from '../../fixtures/capability';

const SMOL32 = 'SmolLM2-360M-Instruct-q4f32_1-MLC';
const LLAMA32 = 'Llama-3.2-1B-Instruct-q4f32_1-MLC';

class FakeEngine implements Engine {
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
    if (this.generateError !== undefined) throw this.generateError;
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

function setup(
  options: { custom?: CustomModel[]; settings?: Map<string, unknown>; locks?: FakeLocks } = {},
) {
  const engine = new FakeEngine();
  const cached = new Map<string, CacheStatus>();
  const cache = {
    status: vi.fn(async (entry: ModelEntry) => cached.get(entry.id) ?? 'absent'),
    delete: vi.fn(async (entry: ModelEntry) => void cached.delete(entry.id)),
  };
  const custom = new Map((options.custom ?? []).map((m) => [m.id, m]));
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
  const settingsMap = options.settings ?? new Map<string, unknown>();
  const settings = {
    get: async <T>(key: string, fallback: T) => (settingsMap.get(key) as T) ?? fallback,
    set: async (key: string, value: unknown) => void settingsMap.set(key, value),
    delete: async (key: string) => void settingsMap.delete(key),
  };
  const storage = {
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
  const state = new EngineState({
    capability: { capability: swiftshader },
    createEngine: () => engine,
    cache,
    db,
    settings,
    storage,
    checkCustom,
    finetuned: { status: 'not-configured' },
    extraModels: [],
    locks: options.locks,
  });
  return { state, engine, cache, cached, db, settingsMap, storage, checkCustom, downloads };
}

describe('EngineState: choice and selection', () => {
  it('recommends an f32 model on SwiftShader and uses it until the user chooses', async () => {
    const { state, settingsMap } = setup();
    await state.ready;
    expect(state.recommended?.model.id).toBe(SMOL32);
    expect(state.selectedModel?.id).toBe(SMOL32);
    await state.select(LLAMA32);
    expect(state.selectedModel?.id).toBe(LLAMA32);
    expect(settingsMap.get(SELECTED_MODEL_KEY)).toBe(LLAMA32);

    const again = setup({ settings: settingsMap });
    await again.state.ready;
    expect(again.state.selectedModel?.id).toBe(LLAMA32);
    expect(again.state.contextWindow()).toBe(4096);
  });

  it('lists the test engine only when given, and the fine-tuned model only when configured', async () => {
    const { state } = setup();
    expect(state.models.some((m) => m.source === 'test' || m.source === 'finetuned')).toBe(false);
    const withTest = new EngineState({
      capability: { capability: swiftshader },
      extraModels: [TEST_ENGINE_ENTRY],
      createEngine: () => new TestEngine({ tokenDelayMs: 1, loadStepMs: 1 }),
      db: setup().db,
      finetuned: { status: 'not-configured' },
    });
    expect(withTest.models.at(-1)?.id).toBe(TEST_ENGINE_ENTRY.id);
    expect(withTest.recommended?.model.id).not.toBe(TEST_ENGINE_ENTRY.id);
  });
});

describe('EngineState: loading', () => {
  it('loads the selected model once, with progress while it downloads', async () => {
    const { state, engine } = setup();
    await state.ready;
    const seen: (string | undefined)[] = [];
    const first = state.ensureLoaded();
    seen.push(state.status);
    const second = state.ensureLoaded();
    await Promise.all([first, second]);
    expect(engine.loads).toEqual([SMOL32]);
    expect(seen).toEqual(['loading']);
    expect(state.status).toBe('ready');
    expect(state.loadedModelId).toBe(SMOL32);
    expect(state.progress).toBeNull();
    await state.ensureLoaded();
    expect(engine.loads).toHaveLength(1);
  });

  it('called at startup, waits for the saved selection and the device check', async () => {
    const settings = new Map<string, unknown>([[SELECTED_MODEL_KEY, LLAMA32]]);
    const { engine } = setup();
    let resolveCap!: (c: Capability) => void;
    const capability = {
      capability: null as Capability | null,
      ready: new Promise<Capability>((r) => (resolveCap = r)),
    };
    const state = new EngineState({
      capability,
      createEngine: () => engine,
      db: setup().db,
      settings: {
        get: async <T>(key: string, fallback: T) => (settings.get(key) as T) ?? fallback,
        set: async () => {},
        delete: async () => {},
      },
      finetuned: { status: 'not-configured' },
      extraModels: [],
    });
    const loading = state.ensureLoaded();
    capability.capability = swiftshader;
    resolveCap(swiftshader);
    expect((await loading).id).toBe(LLAMA32);
  });

  it('shows parsed progress during the load', async () => {
    const { state, engine } = setup();
    engine.hang = true;
    const loading = state.load(SMOL32);
    await vi.waitFor(() => expect(state.progress?.phase).toBe('downloading'));
    expect(state.progress?.fraction).toBe(0.25);
    expect(state.progress?.file).toBe('weights shard 1 of 4');
    state.cancelLoad();
    expect(await loading).toBe(false);
  });

  it('cancelling leaves nothing loaded, nothing marked downloaded and no failure', async () => {
    const { state, engine } = setup();
    engine.hang = true;
    const loading = state.ensureLoaded(SMOL32).catch((e: unknown) => e);
    await vi.waitFor(() => expect(state.status).toBe('loading'));
    state.cancelLoad();
    const error = await loading;
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).failure.kind).toBe('cancelled');
    expect(state.status).toBe('idle');
    expect(state.loadedModelId).toBeNull();
    await vi.waitFor(() => expect(state.cacheStatus[SMOL32]).toBe('absent'));
  });

  it('quota exceeded: deletes the partial model and says how much space is needed', async () => {
    const { state, engine, cache, cached } = setup();
    cached.set(SMOL32, 'partial');
    engine.failWith = 'Error: Failed to store x with error: QuotaExceededError: quota';
    await state.refreshStorage();
    expect(await state.load(SMOL32)).toBe(false);
    expect(cache.delete).toHaveBeenCalledWith(expect.objectContaining({ id: SMOL32 }));
    expect(state.error?.kind).toBe('quota');
    expect(state.error?.message).toMatch(/needs about 240\.0 MB.*about 100\.0 MB more/);
    expect(state.status).toBe('error');
    await vi.waitFor(() => expect(state.cacheStatus[SMOL32]).toBe('absent'));
  });

  it('network failure: keeps what was downloaded, and retry loads again', async () => {
    const { state, engine, cache } = setup();
    engine.failWith = 'TypeError: Failed to fetch';
    await state.load(SMOL32);
    expect(state.error?.kind).toBe('network');
    expect(cache.delete).not.toHaveBeenCalled();
    await state.runAction(state.error!.action!);
    expect(engine.loads).toEqual([SMOL32, SMOL32]);
    expect(state.loadedModelId).toBe(SMOL32);
    expect(state.error).toBeNull();
  });

  it('corrupt cached files: marked broken, and "download again" deletes before loading', async () => {
    const { state, engine, cache, cached } = setup();
    cached.set(SMOL32, 'cached');
    engine.failWith = 'SyntaxError: Unexpected token < in JSON';
    await state.load(SMOL32);
    expect(state.error?.action?.kind).toBe('redownload');
    await vi.waitFor(() => expect(state.cacheStatus[SMOL32]).toBe('broken'));
    await state.runAction(state.error!.action!);
    expect(cache.delete).toHaveBeenCalledOnce();
    expect(state.loadedModelId).toBe(SMOL32);
  });

  it('never tries an f16 model on a GPU without shader-f16, and offers the f32 build', async () => {
    const { state, engine } = setup();
    const error = (await state
      .ensureLoaded('Llama-3.2-1B-Instruct-q4f16_1-MLC')
      .catch((e: unknown) => e)) as EngineError;
    expect(engine.loads).toEqual([]);
    expect(error.failure.kind).toBe('no-shader-f16');
    expect(error.failure.action).toMatchObject({ kind: 'choose-model', modelId: LLAMA32 });
  });
});

describe('EngineState: generation', () => {
  it('returns the reply and keeps the stats for Chat and the Models view', async () => {
    const { state } = setup();
    await state.ensureLoaded();
    const tokens: string[] = [];
    const result = await state.generate([{ role: 'user', content: 'hi' }], {
      onToken: (d) => tokens.push(d),
    });
    expect(result.text).toBe('Hi');
    expect(tokens).toEqual(['Hi']);
    expect(state.lastStats?.decodeTokensPerS).toBe(4);
    expect(state.status).toBe('ready');
  });

  it('device lost while answering: unloads, suggests a smaller model, throws for Chat', async () => {
    const { state, engine } = setup();
    await state.ensureLoaded(LLAMA32);
    engine.generateError = 'Error: DeviceLostError: device lost';
    const error = (await state
      .generate([{ role: 'user', content: 'hi' }])
      .catch((e: unknown) => e)) as EngineError;
    expect(error.failure.kind).toBe('device-lost');
    expect(error.failure.message).toMatch(/conversation is kept/);
    expect(error.failure.action).toMatchObject({ kind: 'choose-model', modelId: SMOL32 });
    expect(engine.unloads).toBeGreaterThan(0);
    expect(state.loadedModelId).toBeNull();
  });

  it('refuses to generate with no model loaded', async () => {
    const { state } = setup();
    await expect(state.generate([{ role: 'user', content: 'x' }])).rejects.toThrow(/ensureLoaded/);
  });
});

describe('EngineState: custom models and deletion', () => {
  const input = {
    id: 'Mine-q4f32_1-MLC',
    modelUrl: 'https://huggingface.co/me/mine',
    modelLibUrl: 'https://huggingface.co/me/mine/resolve/main/mine.wasm',
  };

  it('returns field errors without checking the network, and keeps a valid model', async () => {
    const { state, checkCustom, db } = setup();
    await state.ready;
    const bad = await state.addCustomModel({ ...input, id: SMOL32 });
    expect(bad.ok).toBe(false);
    expect(checkCustom).not.toHaveBeenCalled();
    const good = await state.addCustomModel(input);
    expect(good.ok).toBe(true);
    expect(db.putCustom).toHaveBeenCalled();
    expect(state.model(input.id)?.source).toBe('custom');
    expect(state.contextWindow(input.id)).toBe(2048);
  });

  it('removing a custom model deletes its files and forgets the selection', async () => {
    const { state, cache, db } = setup();
    await state.ready;
    await state.addCustomModel(input);
    await state.select(input.id);
    await state.removeCustomModel(input.id);
    expect(cache.delete).toHaveBeenCalledWith(expect.objectContaining({ id: input.id }));
    expect(db.deleteCustom).toHaveBeenCalledWith(input.id);
    expect(state.model(input.id)).toBeUndefined();
    expect(state.selectedModelId).toBeNull();
  });

  it('clear all deletes every downloaded model, unloading the loaded one', async () => {
    const { state, engine, cache, cached } = setup();
    await state.ensureLoaded();
    cached.set(SMOL32, 'cached');
    cached.set(LLAMA32, 'partial');
    await state.refreshCache();
    await state.clearAll();
    expect(cache.delete.mock.calls.map(([e]) => e.id).sort()).toEqual([LLAMA32, SMOL32]);
    expect(engine.unloads).toBeGreaterThan(0);
    expect(state.loadedModelId).toBeNull();
    expect(Object.values(state.cacheStatus).every((s) => s === 'absent')).toBe(true);
  });
});

describe('EngineState: two tabs and one model', () => {
  it('a second tab waits while the first downloads, saying so, then loads', async () => {
    const locks = new FakeLocks();
    const tabA = setup({ locks });
    const tabB = setup({ locks });
    tabA.engine.hang = true;
    const loadingA = tabA.state.ensureLoaded(SMOL32).catch((e: unknown) => e);
    await vi.waitFor(() => expect(tabA.engine.loads).toEqual([SMOL32]));

    const loadingB = tabB.state.ensureLoaded(SMOL32);
    await vi.waitFor(() => expect(tabB.state.progress?.phase).toBe('waiting'));
    expect(tabB.state.progress?.label).toBe('Waiting: another tab is downloading this model');
    expect(tabB.engine.loads).toEqual([]);

    tabA.state.cancelLoad(); // tab A's download ends (here: cancelled), releasing the model
    await loadingA;
    await loadingB;
    expect(tabB.engine.loads).toEqual([SMOL32]);
    expect(tabB.state.loadedModelId).toBe(SMOL32);
  });

  it('deleting a model another tab is downloading leaves its files alone and says why', async () => {
    const locks = new FakeLocks();
    const tabA = setup({ locks });
    const tabB = setup({ locks });
    tabA.engine.hang = true;
    const loadingA = tabA.state.ensureLoaded(SMOL32).catch(() => {});
    await vi.waitFor(() => expect(tabA.engine.loads).toEqual([SMOL32]));

    expect(await tabB.state.deleteModel(SMOL32)).toBe(false);
    expect(tabB.cache.delete).not.toHaveBeenCalled();
    expect(tabB.state.error?.kind).toBe('busy');
    expect(tabB.state.error?.title).toBe('Another tab is downloading this model');

    tabA.state.cancelLoad();
    await loadingA;
    expect(await tabB.state.deleteModel(SMOL32)).toBe(true);
    expect(tabB.cache.delete).toHaveBeenCalledOnce();
  });

  it('deleting the model this tab is downloading cancels the download first', async () => {
    const locks = new FakeLocks();
    const { state, engine, cache } = setup({ locks });
    engine.hang = true;
    const loading = state.ensureLoaded(SMOL32).catch((e: unknown) => e);
    await vi.waitFor(() => expect(engine.loads).toEqual([SMOL32]));
    expect(await state.deleteModel(SMOL32)).toBe(true);
    expect(cache.delete).toHaveBeenCalledOnce();
    expect(await loading).toBeInstanceOf(EngineError);
    expect(state.loadedModelId).toBeNull();
  });
});
