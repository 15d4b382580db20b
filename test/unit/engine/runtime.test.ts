// EngineRuntime: what a user (or Chat) sees while a model loads and answers: the status,
// progress, failures and what is left on the device after each kind of failure.
import { describe, expect, it, vi } from 'vitest';
import { EngineError } from '@/lib/engine/errors';
import { createEngineState, SELECTED_MODEL_KEY } from '@/state/engine';
import {
  fakeModelDb,
  fakeSettings,
  FakeEngine,
  LLAMA32,
  pendingCapability,
  progressOf,
  setup,
  SMOL32,
} from './engine-fakes';
import { swiftshader } from '../../fixtures/capability';

describe('EngineRuntime: loading', () => {
  it('loads the selected model once, with progress while it downloads', async () => {
    const { catalog, runtime, engine } = setup();
    await catalog.ready;
    const seen: (string | undefined)[] = [];
    const first = runtime.ensureLoaded();
    seen.push(runtime.status.kind);
    const second = runtime.ensureLoaded();
    await Promise.all([first, second]);
    expect(engine.loads).toEqual([SMOL32]);
    expect(seen).toEqual(['loading']);
    expect(runtime.status.kind).toBe('ready');
    expect(runtime.loadedModelId).toBe(SMOL32);
    expect(progressOf(runtime)).toBeNull();
    await runtime.ensureLoaded();
    expect(engine.loads).toHaveLength(1);
  });

  it('called at startup, waits for the saved selection and the device check', async () => {
    const settings = new Map<string, unknown>([[SELECTED_MODEL_KEY, LLAMA32]]);
    const engine = new FakeEngine();
    const { state: capability, finish } = pendingCapability();
    const { runtime } = createEngineState({
      capability,
      createEngine: () => engine,
      db: fakeModelDb().db,
      settings: { ...fakeSettings(settings), set: async () => {}, delete: async () => {} },
      finetuned: { status: 'not-configured' },
      extraModels: [],
    });
    const loading = runtime.ensureLoaded();
    finish(swiftshader);
    expect((await loading).id).toBe(LLAMA32);
  });

  it('shows parsed progress during the load', async () => {
    const { runtime, engine } = setup();
    engine.hang = true;
    const loading = runtime.load(SMOL32);
    await vi.waitFor(() => expect(progressOf(runtime)?.phase).toBe('downloading'));
    expect(progressOf(runtime)?.fraction).toBe(0.25);
    expect(progressOf(runtime)?.file).toBe('weights shard 1 of 4');
    expect(runtime.loading?.model?.id).toBe(SMOL32);
    runtime.cancelLoad();
    expect(await loading).toBe(false);
  });

  it('cancelling leaves nothing loaded, nothing marked downloaded and no failure', async () => {
    const { runtime, storage, engine } = setup();
    engine.hang = true;
    const loading = runtime.ensureLoaded(SMOL32).catch((e: unknown) => e);
    await vi.waitFor(() => expect(runtime.status.kind).toBe('loading'));
    runtime.cancelLoad();
    const error = await loading;
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).failure.kind).toBe('cancelled');
    expect(runtime.status.kind).toBe('idle');
    expect(runtime.loadedModelId).toBeNull();
    await vi.waitFor(() => expect(storage.cacheStatus[SMOL32]).toBe('absent'));
    // Said as information, not as a failure.
    expect(runtime.failure?.title).toBe('Download cancelled');
    runtime.dismissFailure();
    expect(runtime.failure).toBeNull();
  });

  it('quota exceeded: deletes the partial model and says how much space is needed', async () => {
    const { runtime, storage, engine, cache, cached } = setup();
    cached.set(SMOL32, 'partial');
    engine.failWith = 'Error: Failed to store x with error: QuotaExceededError: quota';
    await storage.refreshEstimate();
    expect(await runtime.load(SMOL32)).toBe(false);
    expect(cache.delete).toHaveBeenCalledWith(expect.objectContaining({ id: SMOL32 }));
    expect(runtime.failure?.kind).toBe('quota');
    expect(runtime.failure?.message).toMatch(/needs about 240\.0 MB.*about 100\.0 MB more/);
    expect(runtime.status.kind).toBe('error');
    await vi.waitFor(() => expect(storage.cacheStatus[SMOL32]).toBe('absent'));
  });

  it('network failure: keeps what was downloaded, and retry loads again', async () => {
    const { runtime, engine, cache } = setup();
    engine.failWith = 'TypeError: Failed to fetch';
    await runtime.load(SMOL32);
    expect(runtime.failure?.kind).toBe('network');
    expect(cache.delete).not.toHaveBeenCalled();
    await runtime.runAction(runtime.failure!.action!);
    expect(engine.loads).toEqual([SMOL32, SMOL32]);
    expect(runtime.loadedModelId).toBe(SMOL32);
    expect(runtime.failure).toBeNull();
  });

  it('corrupt cached files: marked broken, and "download again" deletes before loading', async () => {
    const { runtime, storage, engine, cache, cached } = setup();
    cached.set(SMOL32, 'cached');
    engine.failWith = 'SyntaxError: Unexpected token < in JSON';
    await runtime.load(SMOL32);
    expect(runtime.failure?.action?.kind).toBe('redownload');
    await vi.waitFor(() => expect(storage.cacheStatus[SMOL32]).toBe('broken'));
    await runtime.runAction(runtime.failure!.action!);
    expect(cache.delete).toHaveBeenCalledOnce();
    expect(runtime.loadedModelId).toBe(SMOL32);
  });

  it('never tries an f16 model on a GPU without shader-f16, and offers the f32 build', async () => {
    const { runtime, engine } = setup();
    const error = (await runtime
      .ensureLoaded('Llama-3.2-1B-Instruct-q4f16_1-MLC')
      .catch((e: unknown) => e)) as EngineError;
    expect(engine.loads).toEqual([]);
    expect(error.failure.kind).toBe('no-shader-f16');
    expect(error.failure.action).toMatchObject({ kind: 'choose-model', modelId: LLAMA32 });
  });
});

describe('EngineRuntime: generation', () => {
  it('returns the reply and keeps the stats for Chat and the Models view', async () => {
    const { runtime } = setup();
    await runtime.ensureLoaded();
    const tokens: string[] = [];
    const result = await runtime.generate([{ role: 'user', content: 'hi' }], {
      onToken: (d) => tokens.push(d),
    });
    expect(result.text).toBe('Hi');
    expect(tokens).toEqual(['Hi']);
    expect(runtime.lastStats?.decodeTokensPerS).toBe(4);
    expect(runtime.status.kind).toBe('ready');
  });

  it('device lost while answering: unloads, suggests a smaller model, throws for Chat', async () => {
    const { runtime, engine } = setup();
    await runtime.ensureLoaded(LLAMA32);
    engine.generateError = 'Error: DeviceLostError: device lost';
    const error = (await runtime
      .generate([{ role: 'user', content: 'hi' }])
      .catch((e: unknown) => e)) as EngineError;
    expect(error.failure.kind).toBe('device-lost');
    expect(error.failure.message).toMatch(/conversation is kept/);
    expect(error.failure.action).toMatchObject({ kind: 'choose-model', modelId: SMOL32 });
    expect(engine.unloads).toBeGreaterThan(0);
    expect(runtime.loadedModelId).toBeNull();
  });

  it('a conversation too long for the model keeps it loaded for the next reply', async () => {
    const { runtime, engine } = setup();
    await runtime.ensureLoaded(LLAMA32);
    engine.generateError = 'Error: ContextWindowSizeExceededError: prompt too long';
    await expect(runtime.generate([{ role: 'user', content: 'long' }])).rejects.toBeInstanceOf(
      EngineError,
    );
    expect(runtime.failure?.kind).toBe('context-window');
    expect(runtime.loadedModelId).toBe(LLAMA32);
    expect(engine.unloads).toBe(0);
    expect((await runtime.generate([{ role: 'user', content: 'short' }])).text).toBe('Hi');
    expect(runtime.failure).toBeNull();
  });

  it('refuses to generate with no model loaded', async () => {
    const { runtime } = setup();
    await expect(runtime.generate([{ role: 'user', content: 'x' }])).rejects.toThrow(
      /ensureLoaded/,
    );
  });
});
