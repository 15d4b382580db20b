// The chunked layout of a stored version (layout.ts) and reading it back (reader.ts, db.ts).
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeDialogues } from '@/lib/data/codec';
import { DATA_DB, openDataDb, readAllDialogues, readCurrent } from '@/lib/data/db';
import { DataError } from '@/lib/data/errors';
import { chunkKeyBases, joinDirectories, LayoutBuilder, locate } from '@/lib/data/layout';
import type { Dialogue } from '@/lib/data/normalize';
import { DialogueReader } from '@/lib/data/reader';
import { DataStore } from '@/lib/data/store';
import { BASE_URL, buildFixture, fakeFetch, type Fixture } from './fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function dialoguesOf(fixture: Fixture): { dataset: string; dialogues: Dialogue[] }[] {
  return fixture.manifest.files.map((f) => ({
    dataset: f.dataset,
    dialogues: decodeDialogues(
      JSON.parse(new TextDecoder().decode(fixture.files.get(f.path))),
      f.dataset,
    ),
  }));
}

describe('LayoutBuilder', () => {
  it('puts every dialogue in exactly one chunk of one dataset and one split, in dataset order', async () => {
    const files = dialoguesOf(await buildFixture(2));
    const builder = new LayoutBuilder(2);
    for (const f of files) builder.add(f.dataset, f.dialogues);
    const { chunks, directory } = builder.finish();

    const all = files.flatMap((f) => f.dialogues);
    expect(directory.total).toBe(all.length);
    expect(chunks.flatMap((c) => c.dialogues.map((d) => d.id)).sort()).toEqual(
      all.map((d) => d.id).sort(),
    );
    for (const [i, chunk] of chunks.entries()) {
      const entry = directory.chunks[i]!;
      expect(entry.key).toBe(chunk.key);
      expect(entry.ids).toEqual(chunk.dialogues.map((d) => d.id));
      expect(chunk.dialogues.length).toBeLessThanOrEqual(2);
      expect(chunk.dialogues.every((d) => d.dataset === entry.dataset)).toBe(true);
      expect(chunk.dialogues.every((d) => d.split === entry.split)).toBe(true);
      const order = chunk.dialogues.map((d) => d.index);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('refuses two dialogues with the same id, saying which', async () => {
    const [v1] = dialoguesOf(await buildFixture(1));
    const builder = new LayoutBuilder();
    builder.add(v1!.dataset, v1!.dialogues);
    let error: unknown;
    try {
      builder.add(v1!.dataset, v1!.dialogues.slice(0, 1));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'corrupt' });
    expect((error as DataError).message).toContain('Two dialogues share the id v1-0');
  });

  it('lays out files in the order they arrive with the keys and directory of manifest order', async () => {
    const files = dialoguesOf(await buildFixture(2));
    const inOrder = new LayoutBuilder(2);
    for (const f of files) inOrder.add(f.dataset, f.dialogues);
    const expected = inOrder.finish();

    const bases = chunkKeyBases(
      files.map((f) => f.dialogues.length),
      2,
    );
    const ids = new Set<string>();
    const parts = files.map((f, i) => ({
      f,
      builder: new LayoutBuilder(2, { firstKey: bases[i]!, ids }),
    }));
    for (const { f, builder } of [...parts].reverse()) builder.add(f.dataset, f.dialogues); // the last file arrives first
    const laidOut = parts.map((p) => p.builder.finish());
    const keys = laidOut.flatMap((l) => l.chunks.map((c) => c.key));
    expect(new Set(keys).size).toBe(keys.length);
    const directory = joinDirectories(laidOut.map((l) => l.directory));
    expect(directory.total).toBe(expected.directory.total);
    // The same chunks, in the same order, whatever the keys.
    expect(directory.chunks.map(({ key: _, ...rest }) => rest)).toEqual(
      expected.directory.chunks.map(({ key: _, ...rest }) => rest),
    );

    // A dialogue repeated in another file is refused, whichever file comes second.
    const again = new LayoutBuilder(2, { firstKey: 1000, ids });
    expect(() => again.add(files[0]!.dataset, files[0]!.dialogues.slice(0, 1))).toThrow(
      /Two dialogues share the id/,
    );
  });
});

describe('locate', () => {
  const directory = {
    key: 'directory' as const,
    total: 5,
    chunks: [
      { key: 0, dataset: 'a', split: 'train' as const, ids: ['a-1', 'a-2', 'a-3'] },
      { key: 1, dataset: 'b', split: 'test' as const, ids: ['b-1', 'b-2'] },
    ],
  };

  it("gives each id's chunk and position in the order asked, repeats included", () => {
    expect(locate(directory, ['b-2', 'a-1', 'a-3', 'b-2'])).toEqual([
      [1, 1],
      [0, 0],
      [0, 2],
      [1, 1],
    ]);
  });

  it('gives undefined for an id the directory lacks, and still finds the others', () => {
    expect(locate(directory, ['a-9', 'b-1'])).toEqual([undefined, [1, 0]]);
    expect(locate(directory, [])).toEqual([]);
  });
});

describe('reading the stored layout', () => {
  it('reads every dialogue of the version in use in id order, for the search index', async () => {
    const fixture = await buildFixture(1);
    await new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(fixture), batchSize: 3 }).ensure();
    const db = await openDataDb();
    const current = (await readCurrent(db))!;
    const all = await readAllDialogues(db, current);
    db.close();
    const ids = dialoguesOf(fixture)
      .flatMap((f) => f.dialogues.map((d) => d.id))
      .sort();
    expect(all.map((d) => d.id)).toEqual(ids);
  });

  it('gives the same dialogues when it can keep only one chunk in memory', async () => {
    const fixture = await buildFixture(2);
    await new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(fixture), batchSize: 2 }).ensure();
    const db = await openDataDb();
    const reader = new DialogueReader((await readCurrent(db))!, 1);
    const ids = ['v2-5', 'v1-0', 'nope', 'v2-0', 'v1-0', 'v2-5'];
    const first = await reader.getMany(db, ids);
    const again = await reader.getMany(db, [...ids].reverse());
    db.close();
    expect(first.map((d) => d?.id)).toEqual(['v2-5', 'v1-0', undefined, 'v2-0', 'v1-0', 'v2-5']);
    expect(again.map((d) => d?.id)).toEqual([...first.map((d) => d?.id)].reverse());
    expect(first[0]!.turns[0]!.text).toBe('Doctor, my knee swells after running.');
  });

  it('sees a version another tab imported, not the chunks it had in memory', async () => {
    const v1 = await buildFixture(1);
    const reading = new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(v1) });
    await reading.ensure();
    expect((await reading.get('v2-0'))!.turns[1]!.text).toBe(
      'Usually two to three weeks after the cough settles.',
    );

    await new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(await buildFixture(2)) }).ensure();
    expect((await reading.get('v2-0'))!.turns[1]!.text).toBe(
      'Wait until you can climb stairs without breathlessness.',
    );
    expect(await reading.count()).toBe(9);
    expect((await reading.getMany(['v2-5']))[0]?.id).toBe('v2-5');
  });
});

describe('the upgrade from the per-dialogue layout (database version 1)', () => {
  it('drops the old stores and imports afresh; nothing of the old layout is read', async () => {
    const fixture = await buildFixture(1);
    // What version 1 left on a device: one record per dialogue, four indexes, a current record.
    const old = await openDB(DATA_DB, 1, {
      upgrade(db) {
        db.createObjectStore('meta', { keyPath: 'key' });
        for (const slot of ['dialogues-a', 'dialogues-b']) {
          const store = db.createObjectStore(slot, { keyPath: 'id' });
          store.createIndex('split', 'split');
          store.createIndex('flags', 'flags', { multiEntry: true });
        }
        db.createObjectStore('search-index', { keyPath: 'key' });
      },
    });
    for (const f of dialoguesOf(fixture)) {
      for (const d of f.dialogues) await old.put('dialogues-a', d);
    }
    await old.put('meta', {
      key: 'current',
      version: fixture.manifest.version,
      slot: 'dialogues-a',
      importedAt: 1,
      manifest: fixture.manifest,
    });
    await old.put('search-index', { key: 'current', version: fixture.manifest.version });
    old.close();

    const store = new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(fixture) });
    expect(await store.current()).toBeNull();
    const result = await store.ensure();
    expect(result.imported).toBe(true);
    expect(await store.count()).toBe(8);
    expect((await store.get('v1-0'))?.description).toBe('suggest treatment for pneumonia');

    const db = await openDataDb();
    expect(await db.get('search-index', 'current')).toBeUndefined();
    for (const slot of ['dialogues-a', 'dialogues-b'] as const) {
      expect([...db.transaction(slot).store.indexNames]).toEqual([]);
    }
    db.close();
  });
});
