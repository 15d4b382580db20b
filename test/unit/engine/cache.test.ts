// ModelCache over the real IndexedDB layout WebLLM 0.2.86 uses (fake-indexeddb here): the
// page reads WebLLM's databases itself and never loads WebLLM to ask.
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ModelCache } from '@/lib/engine/cache';
import { curatedById, customEntry, type ModelEntry } from '@/lib/engine/registry';

vi.mock('@mlc-ai/web-llm', () => {
  throw new Error('ModelCache loaded WebLLM (~6 MB) on the page');
});

const qwen = curatedById('Qwen2.5-0.5B-Instruct-q4f32_1-MLC') as ModelEntry;
const smol = curatedById('SmolLM2-360M-Instruct-q4f32_1-MLC') as ModelEntry;
const base = `${qwen.record?.model}/resolve/main/`;
const otherBase = `${smol.record?.model}/resolve/main/`;
const tensorCache = (shards: string[]) => ({
  records: shards.map((dataPath) => ({ dataPath, format: 'raw-shard', nbytes: 8 })),
});

/** Stores files as WebLLM's ArtifactIndexedDBCache does; tensor-cache.json parsed. */
async function seed(name: string, urls: string[], data: Record<string, unknown> = {}) {
  const db = await openDB(name, 1, {
    upgrade: (d) => void d.createObjectStore('urls', { keyPath: 'url' }),
  });
  for (const url of urls) await db.put('urls', { url, data: data[url] ?? new ArrayBuffer(8) });
  db.close();
}

async function keys(name: string): Promise<string[]> {
  const db = await openDB(name, 1);
  const all = (await db.getAllKeys('urls')).map(String);
  db.close();
  return all.sort();
}

/** Everything WebLLM stores for a downloaded model with two weight shards. */
async function seedModel(entry: ModelEntry, folder: string) {
  await seed(
    'webllm/model',
    [
      `${folder}tensor-cache.json`,
      `${folder}params_shard_0.bin`,
      `${folder}params_shard_1.bin`,
      `${folder}tokenizer.json`,
    ],
    { [`${folder}tensor-cache.json`]: tensorCache(['params_shard_0.bin', 'params_shard_1.bin']) },
  );
  await seed('webllm/config', [`${folder}mlc-chat-config.json`]);
  await seed('webllm/wasm', [entry.record?.model_lib ?? '']);
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('ModelCache.status', () => {
  it('counts a model as cached when its listed shards, config and library are all there', async () => {
    await seedModel(qwen, base);
    expect(await new ModelCache().status(qwen)).toBe('cached');
    expect(await new ModelCache().status(smol)).toBe('absent');
  });

  it('tells a partial download from none, without creating WebLLM databases', async () => {
    const cache = new ModelCache();
    expect(await cache.status(qwen)).toBe('absent');
    expect(await indexedDB.databases()).toEqual([]);

    // tensor-cache.json lists two shards; one arrived.
    await seed('webllm/model', [`${base}tensor-cache.json`, `${base}params_shard_0.bin`], {
      [`${base}tensor-cache.json`]: tensorCache(['params_shard_0.bin', 'params_shard_1.bin']),
    });
    await seed('webllm/config', [`${base}mlc-chat-config.json`]);
    await seed('webllm/wasm', [qwen.record?.model_lib ?? '']);
    expect(await cache.status(qwen)).toBe('partial');
    expect(await cache.status(smol)).toBe('absent');
  });

  it('counts weights without their model library as partial, not usable', async () => {
    await seedModel(qwen, base);
    const db = await openDB('webllm/wasm', 1);
    await db.clear('urls');
    db.close();
    expect(await new ModelCache().status(qwen)).toBe('partial');
  });

  it('answers for every model at once with one reading of each WebLLM database', async () => {
    await seedModel(qwen, base);
    const open = vi.spyOn(indexedDB, 'open');
    const cache = new ModelCache();
    const all = [qwen, smol, qwen, smol, qwen, smol];
    expect(await Promise.all(all.map((m) => cache.status(m)))).toEqual(
      all.map((m) => (m === qwen ? 'cached' : 'absent')),
    );
    // Three databases, plus tensor-cache.json read once per Qwen answer.
    expect(open.mock.calls.length).toBeLessThanOrEqual(3 + 3);
  });

  it('says "unknown" rather than guessing when IndexedDB fails', async () => {
    const broken = {
      open: () => {
        throw new DOMException('The user denied permission', 'UnknownError');
      },
    } as unknown as IDBFactory;
    expect(await new ModelCache({ idb: () => broken }).status(qwen)).toBe('unknown');
  });
});

describe('ModelCache.delete', () => {
  it('deletes every file of the model and its library, leaving other models alone', async () => {
    await seedModel(qwen, base);
    await seed('webllm/model', [`${otherBase}tensor-cache.json`]);
    await seed('webllm/wasm', [smol.record?.model_lib ?? '']);

    await new ModelCache().delete(qwen);

    expect(await keys('webllm/model')).toEqual([`${otherBase}tensor-cache.json`]);
    expect(await keys('webllm/config')).toEqual([]);
    expect(await keys('webllm/wasm')).toEqual([smol.record?.model_lib]);
    expect(await new ModelCache().status(qwen)).toBe('absent');
  });

  it('removes what a stopped download left, even without tensor-cache.json', async () => {
    await seed('webllm/model', [`${base}tokenizer.json`, `${base}params_shard_3.bin`]);
    await seed('webllm/wasm', [qwen.record?.model_lib ?? '']);
    await new ModelCache().delete(qwen);
    expect(await keys('webllm/model')).toEqual([]);
    expect(await keys('webllm/wasm')).toEqual([]);
  });

  it('keeps a model library that another downloaded model still uses', async () => {
    // A custom model built on Qwen's prebuilt library, downloaded next to Qwen itself.
    const custom = customEntry({
      id: 'Bedside-custom-q4f32_1-MLC',
      modelUrl: 'https://huggingface.co/bedside-e2e/custom',
      modelLibUrl: qwen.record?.model_lib ?? '',
      contextWindow: 2048,
      precision: 'f32',
      weightFormat: 'q4f32_1',
      addedAt: 0,
    });
    const customBase = 'https://huggingface.co/bedside-e2e/custom/resolve/main/';
    await seedModel(qwen, base);
    await seed('webllm/config', [`${customBase}mlc-chat-config.json`]);
    const cache = new ModelCache({ models: () => [qwen, smol, custom] });

    await cache.delete(qwen);
    expect(await keys('webllm/wasm')).toEqual([qwen.record?.model_lib]);
    // The shared library alone is not a download of Qwen.
    expect(await cache.status(qwen)).toBe('absent');

    await cache.delete(custom);
    expect(await keys('webllm/wasm')).toEqual([]);
    expect(await keys('webllm/config')).toEqual([]);
  });
});
