// The import split over two threads: the import worker downloads every file and stores about
// half of them, a helper worker stores the others (each service run in-process behind the
// Worker interface), then the import worker switches to the new copy. What a person sees must not change: every
// dialogue, in the same order, and the same errors, with the previous copy kept on failure.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDataDb, SLOTS } from '@/lib/data/db';
import { DataError } from '@/lib/data/errors';
import { workerImporter } from '@/lib/data/import-client';
import type {
  ImportDone,
  ImportProgress as Progress,
  ImportRequest,
  StoreRequest,
} from '@/lib/data/import-protocol';
import { importHandlers, storeHandlers } from '@/lib/data/import-service';
import { splitFiles, type StoredPart } from '@/lib/data/importer';
import { DataStore, type ImportProgress } from '@/lib/data/store';
import { serve, type PortCall, type PortReply } from '@/lib/platform/worker-port';
import { workerPair, type WorkerPair } from '../platform/worker-pair';
import { BASE_URL, buildFixture, fakeFetch, type Fault, type Fixture } from './fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

type ImportPair = WorkerPair<PortCall<ImportRequest>, PortReply<ImportDone, Progress>>;
type HelperPair = WorkerPair<PortCall<StoreRequest>, PortReply<StoredPart, never>>;

function setup(
  fixture: Fixture,
  options: { fault?: (path: string) => Fault | undefined; helperDies?: boolean } = {},
) {
  const helpers: HelperPair[] = [];
  const fetchFn = fakeFetch(fixture, options.fault ? { fault: options.fault } : {});
  const store = new DataStore({
    baseUrl: BASE_URL,
    fetch: fetchFn,
    importer: workerImporter(
      () => {
        const pair: ImportPair = workerPair();
        serve(
          pair.scope,
          importHandlers({
            fetch: fetchFn,
            createHelper: () => {
              const helper: HelperPair = workerPair();
              helpers.push(helper);
              if (options.helperDies) queueMicrotask(() => helper.crash('no such script'));
              else serve(helper.scope, storeHandlers());
              return helper.worker;
            },
          }),
        );
        return pair.worker;
      },
      { baseUrl: BASE_URL },
    ),
  });
  return { store, helpers };
}

/** Every dialogue of every split, as a person browsing them would see them. */
async function everything(store: DataStore) {
  const out = [];
  for (const split of ['train', 'validation', 'test'] as const)
    out.push(...(await store.listBySplit(split, { includeFlagged: true })));
  return out.map((d) => `${d.id} ${d.turns[0]?.text}`);
}

describe('the import with a helper worker', () => {
  it('stores half the files in the helper, and every dialogue reads back as without one', async () => {
    const fixture = await buildFixture(1);
    expect(splitFiles(fixture.manifest.files).map((g) => g.length)).toEqual([1, 1]);
    const { store, helpers } = setup(fixture);
    const progress: ImportProgress[] = [];
    expect(await store.ensure({ onProgress: (p) => progress.push(p) })).toMatchObject({
      imported: true,
    });
    expect(helpers).toHaveLength(1);
    // The helper got the bytes of the file given to it; it fetched nothing itself.
    const [, theirs] = splitFiles(fixture.manifest.files);
    const given = fixture.manifest.files[theirs[0]!]!;
    expect(helpers[0]!.calls[0]).toMatchObject({
      request: { type: 'store', job: { file: { path: given.path } } },
    });
    const call = helpers[0]!.calls[0]!;
    expect('request' in call && call.request.job.bytes).toEqual(fixture.files.get(given.path));
    expect(helpers[0]!.terminated).toBe(true);
    expect(progress.at(-1)).toMatchObject({ rowsDone: 8, rowsTotal: 8 });
    expect(await store.count()).toBe(8);
    expect((await store.get('v2-3'))?.turns[0]?.text).toMatch(/chest pain/);
  });

  it('reads back in the order an import by one thread gives', async () => {
    const fixture = await buildFixture(1);
    const alone = new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(fixture), dbName: 'one' });
    await alone.ensure();
    const { store } = setup(fixture);
    await store.ensure();
    const expected = await everything(alone);
    expect(expected).toHaveLength(8);
    expect(await everything(store)).toEqual(expected);
  });

  it('a damaged file in the helper’s half fails the import with its message; the old copy stays', async () => {
    const v1 = await buildFixture(1);
    await setup(v1).store.ensure();
    const v2 = await buildFixture(2);
    const [, theirs] = splitFiles(v2.manifest.files);
    const target = v2.manifest.files[theirs[0]!]!.path;
    const { store } = setup(v2, {
      fault: (path) => (path === target ? new TextEncoder().encode('{"format": 1') : undefined),
    });
    const error = await store.ensure().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'corrupt' });
    expect((error as DataError).message).toContain(target);
    expect((await store.current())?.version).toBe(v1.manifest.version);
    expect(await store.count()).toBe(8);
  });

  it('a helper that does not start: the import worker stores its files itself', async () => {
    const fixture = await buildFixture(1);
    const { store, helpers } = setup(fixture, { helperDies: true });
    expect(await store.ensure()).toMatchObject({ imported: true });
    // The one started early failed before its job; the one started for the job failed too.
    expect(helpers).toHaveLength(2);
    expect(helpers.every((h) => h.terminated)).toBe(true);
    expect(await store.count()).toBe(8);
  });

  it('deletes chunks an earlier, failed import left in the slot', async () => {
    const fixture = await buildFixture(1);
    const db = await openDataDb();
    await db.put(SLOTS[0], { key: 7, dialogues: [] });
    await db.put(SLOTS[0], { key: 1e6, dialogues: [] });
    db.close();
    const { store } = setup(fixture);
    const { current } = await store.ensure();
    expect(current.slot).toBe(SLOTS[0]);
    const after = await openDataDb();
    const keys = await after.getAllKeys(current.slot);
    const directory = await after.get(current.slot, 'directory');
    after.close();
    expect(directory && 'chunks' in directory).toBe(true);
    const chunkKeys = directory && 'chunks' in directory ? directory.chunks.map((c) => c.key) : [];
    expect(keys).toEqual([...chunkKeys, 'directory']);
    expect(keys).not.toContain(7);
  });
});
