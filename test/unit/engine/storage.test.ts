// ModelStorage: the models' files on this device, deleting them (never under another tab's
// download), and the storage budget.
import { describe, expect, it, vi } from 'vitest';
import { EngineError } from '@/lib/engine/errors';
import { createEngineState } from '@/state/engine';
import { FakeLocks } from './fake-locks';
import { fakeSettings, LLAMA32, setup, SMOL32 } from './engine-fakes';
import { swiftshader } from '../../fixtures/capability';

describe('ModelStorage: files on this device', () => {
  it('clear all deletes every downloaded model, unloading the loaded one', async () => {
    const { runtime, storage, engine, cache, cached } = setup();
    await runtime.ensureLoaded();
    cached.set(SMOL32, 'cached');
    cached.set(LLAMA32, 'partial');
    await storage.refreshCache();
    expect(storage.downloadedCount).toBe(2);
    await storage.clearAll();
    expect(cache.delete.mock.calls.map(([e]) => e.id).sort()).toEqual([LLAMA32, SMOL32]);
    expect(engine.unloads).toBeGreaterThan(0);
    expect(runtime.loadedModelId).toBeNull();
    expect(Object.values(storage.cacheStatus).every((s) => s === 'absent')).toBe(true);
    expect(storage.downloadedCount).toBe(0);
  });

  it('reads the storage budget and asks for persistent storage', async () => {
    const { storage, estimate } = setup();
    expect(storage.estimate).toBeNull();
    expect(await storage.requestPersist()).toBe(true);
    expect(estimate.persist).toHaveBeenCalledOnce();
    expect(storage.estimate).toEqual({ usage: 900e6, quota: 1000e6, persisted: false });
  });

  it('a model whose last load failed on its files is still "broken" after a reload', async () => {
    const first = setup();
    first.cached.set(SMOL32, 'cached');
    first.engine.failWith = 'SyntaxError: Unexpected token < in JSON';
    await first.runtime.load(SMOL32);
    // The next visit: the same records, the same files.
    const { storage } = createEngineState({
      capability: { capability: swiftshader },
      cache: first.cache,
      db: first.db,
      settings: fakeSettings(),
      finetuned: { status: 'not-configured' },
      extraModels: [],
    });
    await storage.refreshCache();
    expect(storage.cacheStatus[SMOL32]).toBe('broken');
    expect(storage.cacheStatus[LLAMA32]).toBe('absent');
  });
});

describe('ModelStorage: two tabs and one model', () => {
  it('a second tab waits while the first downloads, saying so, then loads', async () => {
    const locks = new FakeLocks();
    const tabA = setup({ locks });
    const tabB = setup({ locks });
    tabA.engine.hang = true;
    const loadingA = tabA.runtime.ensureLoaded(SMOL32).catch((e: unknown) => e);
    await vi.waitFor(() => expect(tabA.engine.loads).toEqual([SMOL32]));

    const loadingB = tabB.runtime.ensureLoaded(SMOL32);
    await vi.waitFor(() => expect(tabB.runtime.loading?.progress.phase).toBe('waiting'));
    expect(tabB.runtime.loading?.progress.label).toBe(
      'Waiting: another tab is downloading this model',
    );
    expect(tabB.engine.loads).toEqual([]);

    tabA.runtime.cancelLoad(); // tab A's download ends (here: cancelled), releasing the model
    await loadingA;
    await loadingB;
    expect(tabB.engine.loads).toEqual([SMOL32]);
    expect(tabB.runtime.loadedModelId).toBe(SMOL32);
  });

  it('deleting a model another tab is downloading leaves its files alone and says why', async () => {
    const locks = new FakeLocks();
    const tabA = setup({ locks });
    const tabB = setup({ locks });
    tabA.engine.hang = true;
    const loadingA = tabA.runtime.ensureLoaded(SMOL32).catch(() => {});
    await vi.waitFor(() => expect(tabA.engine.loads).toEqual([SMOL32]));

    expect(await tabB.storage.deleteModel(SMOL32)).toBe(false);
    expect(tabB.cache.delete).not.toHaveBeenCalled();
    expect(tabB.storage.failure?.kind).toBe('busy');
    expect(tabB.storage.failure?.title).toBe('Another tab is downloading this model');

    tabA.runtime.cancelLoad();
    await loadingA;
    expect(await tabB.storage.deleteModel(SMOL32)).toBe(true);
    expect(tabB.cache.delete).toHaveBeenCalledOnce();
  });

  it('deleting the model this tab is downloading cancels the download first', async () => {
    const locks = new FakeLocks();
    const { runtime, storage, engine, cache } = setup({ locks });
    engine.hang = true;
    const loading = runtime.ensureLoaded(SMOL32).catch((e: unknown) => e);
    await vi.waitFor(() => expect(engine.loads).toEqual([SMOL32]));
    expect(await storage.deleteModel(SMOL32)).toBe(true);
    expect(cache.delete).toHaveBeenCalledOnce();
    expect(await loading).toBeInstanceOf(EngineError);
    expect(runtime.loadedModelId).toBeNull();
  });
});
