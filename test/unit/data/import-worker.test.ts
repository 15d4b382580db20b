// The import as it runs in the browser: in a worker (here its service, run in-process behind
// the same message interface), driven by DataStore through workerImporter.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '@/lib/data/errors';
import { workerImporter } from '@/lib/data/import-client';
import type {
  ImportDone,
  ImportProgress as Progress,
  ImportRequest,
} from '@/lib/data/import-protocol';
import { importHandlers } from '@/lib/data/import-service';
import { serve, type PortCall, type PortReply } from '@/lib/platform/worker-port';
import { DataStore, type ImportProgress } from '@/lib/data/store';
import { workerPair, type WorkerPair } from '../platform/worker-pair';
import { BASE_URL, buildFixture, fakeFetch, type Fault, type Fixture } from './fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

type ImportPair = WorkerPair<PortCall<ImportRequest>, PortReply<ImportDone, Progress>>;

/** The worker's service run in-process, behind the Worker interface. */
function inProcessImportWorker(fetchFn: ReturnType<typeof fakeFetch>): ImportPair {
  const pair: ImportPair = workerPair();
  serve(pair.scope, importHandlers({ fetch: fetchFn }));
  return pair;
}

function setup(fixture: Fixture, fault?: (path: string) => Fault | undefined) {
  const workers: ImportPair[] = [];
  const fetchFn = fakeFetch(fixture, fault ? { fault } : {});
  const store = new DataStore({
    baseUrl: BASE_URL,
    fetch: fetchFn,
    importer: workerImporter(
      () => {
        const pair = inProcessImportWorker(fetchFn);
        workers.push(pair);
        return pair.worker;
      },
      { baseUrl: BASE_URL },
    ),
  });
  return { store, workers };
}

describe('the import in a worker', () => {
  it('stores every dialogue, with progress, and the page reads them back', async () => {
    const fixture = await buildFixture(1);
    const { store, workers } = setup(fixture);
    const progress: ImportProgress[] = [];
    const result = await store.ensure({ onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ imported: true, offline: false });
    expect(await store.count()).toBe(8);
    expect((await store.get('v2-3'))?.turns[0]?.text).toMatch(/chest pain/);
    expect(progress.at(-1)).toMatchObject({ rowsDone: 8, rowsTotal: 8 });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('brings the worker’s failure back as the same DataError, keeping the old data', async () => {
    const v1 = await buildFixture(1);
    await setup(v1).store.ensure();
    const v2 = await buildFixture(2);
    const target = v2.manifest.files[0]!.path;
    const { store } = setup(v2, (path) => (path === target ? 'http-500' : undefined));
    const error = await store.ensure().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'http' });
    expect((error as DataError).message).toMatch(/answered 500/);
    expect((await store.current())?.version).toBe(v1.manifest.version);
    expect(await store.count()).toBe(8);
  });

  it('cancelling terminates the worker; a crash is reported, and a retry imports cleanly', async () => {
    const fixture = await buildFixture(1);
    const hang = setup(fixture, (path) => (path.startsWith('dialogues-') ? 'hang' : undefined));
    const controller = new AbortController();
    const pending = hang.store.ensure({ signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'aborted' });
    expect(hang.workers[0]!.terminated).toBe(true);

    const crashing = setup(fixture, () => 'hang');
    const crashed = crashing.store.import(fixture.manifest, {}).then(
      () => null,
      (e: unknown) => e as DataError,
    );
    await new Promise((r) => setTimeout(r, 20));
    crashing.workers[0]!.crash();
    expect((await crashed)?.message).toMatch(/stopped unexpectedly.*Retry/);

    const { store } = setup(fixture);
    await store.ensure();
    expect(await store.count()).toBe(8);
  });
});

describe('starting the worker early', () => {
  it('on a first visit, starts it while the manifest downloads and imports with it', async () => {
    const fixture = await buildFixture(1);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inner = fakeFetch(fixture);
    const workers: ImportPair[] = [];
    const gated: typeof inner = async (input, init) => {
      if (input.endsWith('manifest.json')) await gate;
      return inner(input, init);
    };
    const store = new DataStore({
      baseUrl: BASE_URL,
      fetch: gated,
      importer: workerImporter(
        () => {
          const pair = inProcessImportWorker(inner);
          workers.push(pair);
          return pair.worker;
        },
        { baseUrl: BASE_URL },
      ),
    });
    const ready = store.ensure();
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    release();
    expect(await ready).toMatchObject({ imported: true });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(await store.count()).toBe(8);

    // A returning visit with the same version starts no worker at all.
    const again = setup(fixture);
    expect(await again.store.ensure()).toMatchObject({ imported: false });
    expect(again.workers).toHaveLength(0);
  });

  it('lets the early worker go when no import follows (offline on a first visit)', async () => {
    const fixture = await buildFixture(1);
    const { store, workers } = setup(fixture, (path) =>
      path === 'manifest.json' ? 'network' : undefined,
    );
    await expect(store.ensure()).rejects.toMatchObject({ kind: 'offline' });
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});
