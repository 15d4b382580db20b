// The `bedside-data` IndexedDB database: its schema, opening it (through the app's one opener,
// src/lib/platform/idb.ts: other tabs are never blocked, and this tab notices when it has to
// step aside), and reading a version's dialogues. Shared by the page (store.ts), the import
// worker and the search worker.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { openDatabase, type Database, type DatabaseOptions } from '../platform/idb';
import type { Manifest } from './manifest';
import type { Dialogue, Split } from './normalize';

export const DATA_DB = 'bedside-data';
/**
 * 1: one record per dialogue, with four indexes (8,697 puts: 2–4 s to import).
 * 2: a few hundred dialogues per record and a directory of ids (tens of puts, one transaction).
 */
export const DATA_DB_VERSION = 2;

/**
 * A version's dialogues live in one of two identical stores. An import fills the one not in
 * use and flips `current.slot` in the same transaction, so readers of the copy in use are
 * never disturbed and an interrupted import leaves nothing behind.
 */
export const SLOTS = ['dialogues-a', 'dialogues-b'] as const;
export type Slot = (typeof SLOTS)[number];

export interface CurrentRecord {
  key: 'current';
  version: string;
  slot: Slot;
  importedAt: number;
  /** The manifest of the imported version (for offline use and provenance). */
  manifest: Manifest;
}

export type MetaRecord = CurrentRecord;

export interface SavedIndex {
  key: 'current';
  /** The dataset version the index was built from. */
  version: string;
  /** MiniSearch's JSON (JSON.stringify of toJSON()). */
  json: string;
  documentCount: number;
  buildMs: number;
  savedAt: number;
}

/** Dialogues of one dataset and one split, in dataset order: loaded and cached whole. */
export interface ChunkRecord {
  key: number;
  dialogues: Dialogue[];
}

/** Where each dialogue is: read once per version to find a dialogue's chunk by its id. */
export interface DirectoryRecord {
  key: typeof DIRECTORY_KEY;
  total: number;
  chunks: ChunkEntry[];
}

export interface ChunkEntry {
  key: number;
  dataset: string;
  split: Split;
  /** The ids of the chunk's dialogues, in its order. */
  ids: string[];
}

export const DIRECTORY_KEY = 'directory';
/** Chunk keys are numbers, the directory's a string: this range holds the chunks only. */
export const CHUNK_KEYS = () => IDBKeyRange.bound(0, Infinity);

interface SlotStore {
  key: number | typeof DIRECTORY_KEY;
  value: ChunkRecord | DirectoryRecord;
}

export interface DataSchema extends DBSchema {
  meta: { key: MetaRecord['key']; value: MetaRecord };
  'dialogues-a': SlotStore;
  'dialogues-b': SlotStore;
  'search-index': { key: 'current'; value: SavedIndex };
}

export type DataDB = IDBPDatabase<DataSchema>;

/** The dataset database, opened on first use and again after another tab closed it. */
export type DataDatabase = Database<DataSchema>;

export interface DataDatabaseOptions extends Pick<
  DatabaseOptions<DataSchema>,
  'onBlocked' | 'onClosed'
> {
  /** Another name than `bedside-data` (tests, benchmarks). */
  name?: string;
}

export function openDataDatabase(options: DataDatabaseOptions = {}): DataDatabase {
  return openDatabase<DataSchema>({
    name: options.name ?? DATA_DB,
    version: DATA_DB_VERSION,
    upgrade(db, oldVersion, _newVersion, tx) {
      migrate(db, oldVersion, tx);
    },
    ...(options.onBlocked ? { onBlocked: options.onBlocked } : {}),
    ...(options.onClosed ? { onClosed: options.onClosed } : {}),
  });
}

export interface OpenHandlers {
  /** This tab wants to upgrade but another tab still has the old version open. */
  onBlocked?: () => void;
  /** Another tab wants a newer version: the connection has been closed for it. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

/**
 * One connection, for a caller that keeps it itself (the search worker): the same opener, its
 * `onClosed` told apart as before.
 */
export function openDataDb(handlers: OpenHandlers = {}, name = DATA_DB): Promise<DataDB> {
  return openDataDatabase({
    name,
    ...(handlers.onBlocked ? { onBlocked: handlers.onBlocked } : {}),
    onClosed: (reason) =>
      reason === 'versionchange' ? handlers.onVersionChange?.() : handlers.onTerminated?.(),
  }).connection();
}

function migrate(
  db: DataDB,
  oldVersion: number,
  tx: IDBPTransaction<DataSchema, ('meta' | Slot | 'search-index')[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('search-index', { keyPath: 'key' });
  }
  if (oldVersion < 2) {
    // Version 1's per-dialogue stores and their indexes go. Nothing of the person's is in
    // them: the dataset is imported again on next use (the `current` record goes too).
    for (const slot of SLOTS) {
      if (db.objectStoreNames.contains(slot)) db.deleteObjectStore(slot);
      db.createObjectStore(slot, { keyPath: 'key' });
    }
    if (oldVersion >= 1) {
      void tx.objectStore('meta').clear();
      void tx.objectStore('search-index').clear();
    }
  }
}

export async function readCurrent(db: DataDB): Promise<CurrentRecord | null> {
  const record = await db.get('meta', 'current');
  return record?.key === 'current' ? record : null;
}

/**
 * Every dialogue of the version `current` names, in id order (the order of version 1's
 * per-dialogue store, so that an index built from them is the same). For the search worker.
 */
export async function readAllDialogues(db: DataDB, current: CurrentRecord): Promise<Dialogue[]> {
  const chunks = (await db.getAll(current.slot, CHUNK_KEYS())) as ChunkRecord[];
  return chunks
    .flatMap((c) => c.dialogues)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
