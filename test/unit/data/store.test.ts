import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_DB, DATA_DB_VERSION } from '@/lib/data/db';
import { DataError } from '@/lib/data/errors';
import { DataStore, type ImportProgress } from '@/lib/data/store';
import { BASE_URL, buildFixture, fakeFetch, type Fault, type Fixture } from './fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function store(fixture: Fixture, fault?: (path: string) => Fault | undefined, calls?: string[]) {
  return new DataStore({
    baseUrl: BASE_URL,
    fetch: fakeFetch(fixture, { ...(fault ? { fault } : {}), ...(calls ? { calls } : {}) }),
    batchSize: 2,
  });
}

async function rejection(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected the promise to reject');
}

describe('DataStore manifest', () => {
  it('downloads the manifest once for the notice and the import asking at once', async () => {
    const fixture = await buildFixture(1);
    const calls: string[] = [];
    const s = store(fixture, undefined, calls);
    const [manifest, result] = await Promise.all([s.fetchManifest(), s.ensure()]);
    expect(manifest.version).toBe(result.current.version);
    expect(calls.filter((c) => c.endsWith('manifest.json'))).toHaveLength(1);
    // A later check asks the server again (the version may have changed).
    await s.fetchManifest();
    expect(calls.filter((c) => c.endsWith('manifest.json'))).toHaveLength(2);
  });
});

describe('DataStore import', () => {
  it('imports every dialogue on first use, reporting bytes and rows as they progress', async () => {
    const fixture = await buildFixture(1);
    const progress: ImportProgress[] = [];
    const s = store(fixture);
    const result = await s.ensure({ onProgress: (p) => progress.push(p) });

    expect(result).toMatchObject({ imported: true, offline: false });
    expect(result.current.version).toBe(fixture.manifest.version);
    expect(await s.count()).toBe(8);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({
      rowsDone: 8,
      rowsTotal: 8,
      bytesTotal: fixture.manifest.totals.bytes,
    });
    expect(last.bytesDone).toBe(last.bytesTotal);
    // Rows arrive in batches of 2, never going backwards.
    const rows = progress.map((p) => p.rowsDone);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBeGreaterThanOrEqual(5);

    const d = await s.get('v1-0');
    expect(d).toMatchObject({
      dataset: 'v1',
      description: 'suggest treatment for pneumonia',
      segment: 'covid-scrape-2020',
    });
    expect(await s.get('nope')).toBeUndefined();
    expect((await s.getMany(['v2-3', 'missing', 'v1-2'])).map((x) => x?.id)).toEqual([
      'v2-3',
      undefined,
      'v1-2',
    ]);
  });

  it('lists a split in dataset order, leaving flagged rows out unless asked', async () => {
    const fixture = await buildFixture(1);
    const s = store(fixture);
    await s.ensure();
    const all = [
      ...(await s.listBySplit('train', { includeFlagged: true })),
      ...(await s.listBySplit('validation', { includeFlagged: true })),
      ...(await s.listBySplit('test', { includeFlagged: true })),
    ];
    expect(all).toHaveLength(8);
    for (const split of ['train', 'validation', 'test'] as const) {
      const rows = await s.listBySplit(split, { includeFlagged: true });
      expect(rows.every((d) => d.split === split)).toBe(true);
      const order = rows.map((d) => `${d.dataset}-${String(d.index).padStart(3, '0')}`);
      expect(order).toEqual([...order].sort());
      const clean = await s.listBySplit(split);
      expect(clean).toEqual(rows.filter((d) => d.flags.length === 0));
    }
    const v2only = await s.listBySplit('train', { includeFlagged: true, datasets: ['v2'] });
    expect(v2only.every((d) => d.dataset === 'v2')).toBe(true);
  });

  it('fetches no dialogue file again while the version is unchanged, and re-imports a new one', async () => {
    const v1 = await buildFixture(1);
    const calls: string[] = [];
    await store(v1, undefined, calls).ensure();
    calls.length = 0;
    const again = await store(v1, undefined, calls).ensure();
    expect(again.imported).toBe(false);
    expect(calls).toEqual(['manifest.json']);

    const v2 = await buildFixture(2);
    const s = store(v2);
    const updated = await s.ensure();
    expect(updated).toMatchObject({ imported: true });
    expect(updated.current.slot).not.toBe(again.current.slot);
    expect(await s.count()).toBe(9);
    expect((await s.get('v2-0'))!.turns[1]!.text).toBe(
      'Wait until you can climb stairs without breathlessness.',
    );
  });

  it('keeps the previous version usable when the network is cut mid-import, then restarts cleanly', async () => {
    const v1 = await buildFixture(1);
    await store(v1).ensure();
    const v2 = await buildFixture(2);
    const second = v2.manifest.files[1]!.path;

    const cut = store(v2, (path) => (path === second ? 'cut' : undefined));
    const e = await rejection(cut.ensure());
    expect(e.kind).toBe('offline');
    expect(e.message).toContain(`The download of ${BASE_URL}${second} was cut off`);
    expect((await cut.current())!.version).toBe(v1.manifest.version);
    expect(await cut.count()).toBe(8);
    expect((await cut.get('v2-0'))!.turns[1]!.text).toBe(
      'Usually two to three weeks after the cough settles.',
    );
    expect(await cut.get('v2-5')).toBeUndefined();

    const retried = await store(v2).ensure();
    expect(retried.current.version).toBe(v2.manifest.version);
    expect(await store(v2).count()).toBe(9);
  });

  it('survives a tab closed mid-import: the old copy stays in use and the next visit starts over', async () => {
    const v1 = await buildFixture(1);
    await store(v1).ensure();
    const v2 = await buildFixture(2);
    const second = v2.manifest.files[1]!.path;
    const controller = new AbortController();
    const closing = store(v2, (path) => (path === second ? 'hang' : undefined));
    const rows: number[] = [];
    const importing = closing.ensure({
      signal: controller.signal,
      onProgress: (p) => rows.push(p.rowsDone),
    });
    await vi.waitFor(() => expect(rows.at(-1)).toBe(3)); // the first file is stored
    // The tab goes away: its requests die and its connection closes.
    controller.abort();
    await closing.close();
    await importing.catch(() => {});

    const next = store(v2);
    expect((await next.current())!.version).toBe(v1.manifest.version);
    expect(await next.count()).toBe(8);
    const result = await next.ensure();
    expect(result.imported).toBe(true);
    expect(await next.count()).toBe(9);
  });

  it('rejects a file whose sha256 does not match, keeping the old data', async () => {
    const v1 = await buildFixture(1);
    await store(v1).ensure();
    const v2 = await buildFixture(2);
    const target = v2.manifest.files[1]!.path;
    const tampered = v2.files.get(target)!.slice();
    tampered[20] = tampered[20]! ^ 1;
    const s = store(v2, (path) => (path === target ? tampered : undefined));
    const e = await rejection(s.ensure());
    expect(e.kind).toBe('corrupt');
    expect(e.message).toBe(
      `The file ${target} arrived damaged (its sha256 does not match the manifest). Nothing was changed: the previous copy of the dataset, if any, is still in use. Retry to download it again.`,
    );
    expect((await s.current())!.version).toBe(v1.manifest.version);
    expect(await s.count()).toBe(8);
  });

  it('rejects a file with a bad row partway, decoded in chunks, keeping the old data', async () => {
    const v1 = await buildFixture(1);
    await store(v1).ensure();
    const v2 = await buildFixture(2);
    const target = v2.manifest.files[1]!; // v2: six dialogues
    const file = JSON.parse(new TextDecoder().decode(v2.files.get(target.path)));
    file.rows[4][2][0][0] = 7; // row 4, turn 0: no such role
    const bad = new TextEncoder().encode(JSON.stringify(file));
    const { sha256Hex } = await import('@/lib/data/sha256');
    const sha256 = await sha256Hex(bad);
    const lying = {
      manifest: {
        ...v2.manifest,
        files: v2.manifest.files.map((f) =>
          f === target ? { ...f, sha256, bytes: bad.length } : f,
        ),
      },
      files: new Map(v2.files),
    };
    lying.files.set('manifest.json', new TextEncoder().encode(JSON.stringify(lying.manifest)));
    lying.files.set(target.path, bad);
    const s = new DataStore({
      baseUrl: BASE_URL,
      fetch: fakeFetch(lying),
      batchSize: 4,
      chunkSize: 2,
    });
    const e = await rejection(s.ensure());
    expect(e.kind).toBe('corrupt');
    expect(e.message).toContain(
      `The file ${target.path} arrived damaged (row 4: turn 0 has an unknown role)`,
    );
    expect((await s.current())!.version).toBe(v1.manifest.version);
    expect(await s.count()).toBe(8);
  });

  it('rejects bad JSON and a manifest that is not one', async () => {
    const fixture = await buildFixture(1);
    const target = fixture.manifest.files[0]!;
    const garbage = new TextEncoder().encode('{"format":1,"rows":[');
    const { sha256Hex } = await import('@/lib/data/sha256');
    const lying = {
      ...fixture,
      manifest: {
        ...fixture.manifest,
        files: [
          { ...target, sha256: await sha256Hex(garbage), bytes: garbage.length },
          ...fixture.manifest.files.slice(1),
        ],
      },
    };
    lying.files = new Map(fixture.files);
    lying.files.set('manifest.json', new TextEncoder().encode(JSON.stringify(lying.manifest)));
    const s = store(lying, (path) => (path === target.path ? garbage : undefined));
    const e = await rejection(s.ensure());
    expect(e.kind).toBe('corrupt');
    expect(e.message).toContain(`The file ${target.path} arrived damaged (it is not valid JSON)`);
    expect(await s.current()).toBeNull();

    const noManifest = store(fixture, (path) =>
      path === 'manifest.json' ? new TextEncoder().encode('<html>') : undefined,
    );
    expect((await rejection(noManifest.ensure())).message).toBe(
      'The dataset manifest could not be read: it is not valid JSON.',
    );
  });

  it('explains a full disk, and keeps the old data', async () => {
    const v1 = await buildFixture(1);
    await store(v1).ensure();
    const put = vi.spyOn(globalThis.IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const v2 = await buildFixture(2);
    const s = store(v2);
    const e = await rejection(s.ensure());
    put.mockRestore();
    expect(e.kind).toBe('quota');
    expect(e.message).toMatch(/storage quota is full.*retry/);
    expect((await s.current())!.version).toBe(v1.manifest.version);
    expect(await s.count()).toBe(8);
  });

  it('uses the stored copy when offline, and explains when there is none', async () => {
    const fixture = await buildFixture(1);
    await store(fixture).ensure();
    const offline = await store(fixture, () => 'network').ensure();
    expect(offline).toMatchObject({ offline: true, imported: false });
    expect(offline.current.version).toBe(fixture.manifest.version);

    globalThis.indexedDB = new IDBFactory();
    const e = await rejection(store(fixture, () => 'network').ensure());
    expect(e.kind).toBe('offline');
    expect(e.message).toBe(
      `Could not download ${BASE_URL}manifest.json: the network request failed. Check the connection and retry.`,
    );
    const missing = await rejection(store(fixture, () => 'http-500').ensure());
    expect(missing.message).toBe(
      `Could not download ${BASE_URL}manifest.json: the server answered 500 Internal Server Error.`,
    );
  });

  it('steps aside when another tab upgrades the database, and says so', async () => {
    const fixture = await buildFixture(1);
    const onOutdated = vi.fn();
    const s = new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(fixture), onOutdated });
    await s.ensure();
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DATA_DB, DATA_DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the first tab'));
    });
    expect(onOutdated).toHaveBeenCalledOnce();
    upgraded.close();
    const e = await rejection(s.count());
    expect(e.kind).toBe('outdated');
    expect(e.message).toContain('Reload this tab');
  });

  it('deletes everything from this device', async () => {
    const fixture = await buildFixture(1);
    const s = store(fixture);
    await s.ensure();
    await s.clear();
    expect(await s.current()).toBeNull();
    expect(await s.count()).toBe(0);
    expect(await s.get('v1-0')).toBeUndefined();
  });
});
