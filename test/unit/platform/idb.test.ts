import { IDBFactory } from 'fake-indexeddb';
import type { DBSchema } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/platform/idb';

interface NotesSchema extends DBSchema {
  notes: { key: string; value: { id: string; text: string } };
}

const NAME = 'bedside-notes';

function notes(options: { onClosed?: (reason: string) => void; onBlocked?: () => void } = {}) {
  return openDatabase<NotesSchema>({
    name: NAME,
    version: 1,
    upgrade(db) {
      db.createObjectStore('notes', { keyPath: 'id' });
    },
    ...options,
  });
}

/** What another tab does when it deletes the database (e.g. clearing the site's data). */
function deleteFromAnotherTab(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`${name} is held open: the deletion is blocked`));
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('openDatabase', () => {
  it('opens on first use only, and keeps one connection', async () => {
    const db = notes();
    expect(await indexedDB.databases()).toEqual([]);
    await db.run((c) => c.put('notes', { id: 'a', text: 'first' }));
    const first = await db.connection();
    expect(await db.connection()).toBe(first);
    expect(await db.run((c) => c.get('notes', 'a'))).toEqual({ id: 'a', text: 'first' });
  });

  it('lets another tab delete the database, then writes to a new one', async () => {
    const onClosed = vi.fn();
    const db = notes({ onClosed });
    await db.run((c) => c.put('notes', { id: 'old', text: 'before' }));

    // Without the handle stepping aside, the deletion would wait ("blocked") for a reload.
    await deleteFromAnotherTab(NAME);
    expect(onClosed).toHaveBeenCalledWith('versionchange');

    await db.run((c) => c.put('notes', { id: 'new', text: 'after' }));
    expect(await db.run((c) => c.getAllKeys('notes'))).toEqual(['new']);
  });

  it('retries once an operation whose connection was closed under it', async () => {
    const db = notes();
    await db.run((c) => c.put('notes', { id: 'a', text: 'one' }));
    // Closed without any event reaching the handle (as a browser may do on clearing storage).
    (await db.connection()).close();
    const operation = vi.fn((c: Awaited<ReturnType<typeof db.connection>>) =>
      c.put('notes', { id: 'b', text: 'two' }),
    );
    await db.run(operation);
    expect(operation).toHaveBeenCalledTimes(2);
    expect(await db.run((c) => c.count('notes'))).toBe(2);
  });

  it('gives up a connection another tab needs for a newer version', async () => {
    const db = notes();
    await db.run((c) => c.put('notes', { id: 'a', text: 'kept' }));
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(NAME, 2);
      request.onblocked = () => reject(new Error('blocked by the old connection'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(newer.version).toBe(2);
    newer.close();
    // This tab's schema is now outdated: it says so rather than silently using the new one.
    await expect(db.run((c) => c.get('notes', 'a'))).rejects.toMatchObject({
      name: 'VersionError',
    });
  });

  it('does not retry other failures, and a failed open is tried again next time', async () => {
    const db = notes();
    await expect(
      db.run(async () => {
        throw new Error('not a connection problem');
      }),
    ).rejects.toThrow('not a connection problem');

    // A newer version of the app stored version 3 in another tab: this one cannot open it.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bedside-other', 3);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    newer.close();
    const other = openDatabase<NotesSchema>({
      name: 'bedside-other',
      version: 1,
      upgrade(c) {
        c.createObjectStore('notes', { keyPath: 'id' });
      },
    });
    const first = other.connection();
    await expect(first).rejects.toMatchObject({ name: 'VersionError' });
    await deleteFromAnotherTab('bedside-other');
    const second = other.connection();
    expect(second).not.toBe(first);
    expect(await other.run((c) => c.count('notes'))).toBe(0);
  });

  it('close() closes the connection; the next use opens it again', async () => {
    const db = notes();
    await db.run((c) => c.put('notes', { id: 'a', text: 'x' }));
    db.close();
    await deleteFromAnotherTab(NAME); // not blocked: nothing is open
    expect(await db.run((c) => c.count('notes'))).toBe(0);
  });
});
