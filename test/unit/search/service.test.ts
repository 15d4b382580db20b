import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DataStore } from '@/lib/data/store';
import type { RequestContext } from '@/lib/platform/worker-port';
import { WARM_QUERIES, WARM_ROUNDS } from '@/lib/search/index';
import type { IndexProgress } from '@/lib/search/protocol';
import { createSearchService } from '@/lib/search/service';
import { BASE_URL, buildFixture, fakeFetch } from '../data/fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const context = (): RequestContext<IndexProgress> => ({
  progress: () => {},
  transfer: () => {},
  signal: new AbortController().signal,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('search service: the index warm-up', () => {
  it('waits while Dataset searches arrive, then runs every warm-up query once', async () => {
    const { current } = await new DataStore({
      baseUrl: BASE_URL,
      fetch: fakeFetch(await buildFixture(1)),
    }).ensure();
    const warmed: string[] = [];
    const service = createSearchService({
      warm: (_index, text) => void warmed.push(text),
      quietMs: 1000,
    });
    const query = (text: string) =>
      service.query(
        { type: 'query', query: { text, filters: {}, offset: 0, limit: 5 } },
        context(),
      );

    await service.open({ type: 'open', version: current.version }, context());
    await query('pneumonia'); // asked at once, as the Dataset view does
    for (let i = 0; i < 15; i++) {
      await sleep(50);
      expect((await query(i % 2 ? 'cough' : 'fever')).total).toBeGreaterThanOrEqual(0);
    }
    // At most the step that may have run before the first search: none while typing.
    expect(warmed.length).toBeLessThanOrEqual(1);

    // Asked again (another view), the same index is not warmed up twice.
    await service.open({ type: 'open', version: current.version }, context());
    for (let waited = 0; warmed.length < WARM_QUERIES.length * WARM_ROUNDS && waited < 15_000;)
      await sleep((waited += 100) && 100);
    expect(warmed).toEqual(Array.from({ length: WARM_ROUNDS }, () => WARM_QUERIES).flat());
    await sleep(300);
    expect(warmed).toHaveLength(WARM_QUERIES.length * WARM_ROUNDS);
  }, 30_000);
});
