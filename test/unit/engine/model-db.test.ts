import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ModelDb } from '@/lib/engine/model-db';
import type { CustomModel } from '@/lib/engine/registry';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const model = (id: string, addedAt: number): CustomModel => ({
  id,
  modelUrl: `https://m.example/${id}`,
  modelLibUrl: `https://m.example/${id}.wasm`,
  contextWindow: 4096,
  precision: 'f32',
  weightFormat: 'q4f32_1',
  addedAt,
});

describe('ModelDb', () => {
  it('keeps custom models across reopening, in the order they were added, until removed', async () => {
    const first = new ModelDb();
    await first.putCustom(model('b', 2));
    await first.putCustom(model('a', 1));
    await first.close();
    const second = new ModelDb();
    expect((await second.listCustom()).map((m) => m.id)).toEqual(['a', 'b']);
    await second.deleteCustom('a');
    expect((await second.listCustom()).map((m) => m.id)).toEqual(['b']);
  });

  it('records how downloads ended', async () => {
    const db = new ModelDb();
    await db.setDownload('x', 'failed');
    expect((await db.downloads()).get('x')?.state).toBe('failed');
    await db.setDownload('x', 'complete');
    expect((await db.downloads()).get('x')?.state).toBe('complete');
    await db.clearDownload('x');
    expect((await db.downloads()).has('x')).toBe(false);
  });
});
