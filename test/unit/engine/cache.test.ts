// ModelCache over the real IndexedDB layout WebLLM uses (fake-indexeddb here), with WebLLM's
// cache functions mocked at the module boundary: no network, no 6 MB import.
import * as webllm from '@mlc-ai/web-llm';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ModelCache } from '@/lib/engine/cache';
import { curatedById, type ModelEntry } from '@/lib/engine/registry';

vi.mock('@mlc-ai/web-llm', () => ({
  hasModelInCache: vi.fn(),
  deleteModelAllInfoInCache: vi.fn(),
}));

const qwen = curatedById('Qwen2.5-0.5B-Instruct-q4f32_1-MLC') as ModelEntry;
const smol = curatedById('SmolLM2-360M-Instruct-q4f32_1-MLC') as ModelEntry;
const base = `${qwen.record?.model}/resolve/main/`;
const otherBase = `${smol.record?.model}/resolve/main/`;

async function seed(name: string, urls: string[]) {
  const db = await openDB(name, 1, {
    upgrade: (d) => void d.createObjectStore('urls', { keyPath: 'url' }),
  });
  for (const url of urls) await db.put('urls', { url, data: new ArrayBuffer(8) });
  db.close();
}

async function keys(name: string): Promise<string[]> {
  const db = await openDB(name, 1);
  const all = (await db.getAllKeys('urls')).map(String);
  db.close();
  return all.sort();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetAllMocks();
});

describe('ModelCache.status', () => {
  it('asks WebLLM with the same appConfig as the engine (IndexedDB backend)', async () => {
    vi.mocked(webllm.hasModelInCache).mockResolvedValue(true);
    await seed('webllm/config', [`${base}mlc-chat-config.json`]);
    await seed('webllm/wasm', [qwen.record?.model_lib ?? '']);
    expect(await new ModelCache().status(qwen)).toBe('cached');
    expect(webllm.hasModelInCache).toHaveBeenCalledWith(qwen.id, {
      model_list: [qwen.record],
      cacheBackend: 'indexeddb',
    });
  });

  it('tells a partial download from none, without creating WebLLM databases', async () => {
    vi.mocked(webllm.hasModelInCache).mockResolvedValue(false);
    const cache = new ModelCache();
    expect(await cache.status(qwen)).toBe('absent');
    expect(await indexedDB.databases()).toEqual([]);

    await seed('webllm/model', [`${base}tensor-cache.json`, `${base}params_shard_0.bin`]);
    expect(await cache.status(qwen)).toBe('partial');
    expect(await cache.status(smol)).toBe('absent');
  });

  it('counts weights without their model library as partial, not usable', async () => {
    vi.mocked(webllm.hasModelInCache).mockResolvedValue(true);
    await seed('webllm/config', [`${base}mlc-chat-config.json`]);
    expect(await new ModelCache().status(qwen)).toBe('partial');
  });

  it('says "unknown" rather than guessing when WebLLM fails', async () => {
    vi.mocked(webllm.hasModelInCache).mockRejectedValue(new Error('boom'));
    expect(await new ModelCache().status(qwen)).toBe('unknown');
  });
});

describe('ModelCache.delete', () => {
  it('deletes through WebLLM when its file list is cached, then sweeps what is left', async () => {
    vi.mocked(webllm.deleteModelAllInfoInCache).mockResolvedValue(undefined);
    await seed('webllm/model', [
      `${base}tensor-cache.json`,
      `${base}params_shard_0.bin`,
      `${base}tokenizer.json`,
      `${otherBase}tensor-cache.json`,
    ]);
    await seed('webllm/config', [`${base}mlc-chat-config.json`]);
    await seed('webllm/wasm', [qwen.record?.model_lib ?? '', smol.record?.model_lib ?? '']);

    await new ModelCache().delete(qwen);

    expect(webllm.deleteModelAllInfoInCache).toHaveBeenCalledWith(qwen.id, {
      model_list: [qwen.record],
      cacheBackend: 'indexeddb',
    });
    expect(await keys('webllm/model')).toEqual([`${otherBase}tensor-cache.json`]);
    expect(await keys('webllm/config')).toEqual([]);
    expect(await keys('webllm/wasm')).toEqual([smol.record?.model_lib]);
  });

  it('never asks WebLLM (which would fetch tensor-cache.json) when the list is not cached', async () => {
    await seed('webllm/model', [`${base}tokenizer.json`]);
    await seed('webllm/wasm', [qwen.record?.model_lib ?? '']);
    await new ModelCache().delete(qwen);
    expect(webllm.deleteModelAllInfoInCache).not.toHaveBeenCalled();
    expect(await keys('webllm/model')).toEqual([]);
    expect(await keys('webllm/wasm')).toEqual([]);
  });

  it('still removes the files when WebLLM’s delete throws', async () => {
    vi.mocked(webllm.deleteModelAllInfoInCache).mockRejectedValue('Error: Failed to fetch');
    await seed('webllm/model', [`${base}tensor-cache.json`, `${base}params_shard_1.bin`]);
    await new ModelCache().delete(qwen);
    expect(await keys('webllm/model')).toEqual([]);
  });
});
