import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { BenchDb, type SavedRun } from '@/lib/bench/db';
import { runBenchmark } from '@/lib/bench/run';
import { FIVE } from './helpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function saved(id: string, savedAt: number): Promise<SavedRun> {
  const run = await runBenchmark({
    id,
    dialogues: FIVE,
    n: 2,
    segments: [],
    model: { id: 'm', name: 'M', source: 'curated' },
    maxTokens: 64,
    contextWindow: 4096,
    generate: async () => ({ text: 'rest', finishReason: 'stop', stats: null }),
  });
  return { id, savedAt, imported: false, run };
}

describe('BenchDb', () => {
  it('keeps runs across instances (a reload), newest first, and deletes them', async () => {
    const first = new BenchDb();
    await first.put(await saved('a', 1));
    await first.put(await saved('b', 2));
    const reopened = new BenchDb();
    const list = await reopened.list();
    expect(list.map((s) => s.id)).toEqual(['b', 'a']);
    expect(list[0]!.run.items).toHaveLength(2);
    await reopened.delete('b');
    expect((await new BenchDb().list()).map((s) => s.id)).toEqual(['a']);
  });
});
