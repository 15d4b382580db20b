// The `bedside-data` IndexedDB database: its schema, and opening it so that other tabs are
// never blocked and this tab notices when it has to step aside. Shared by the page (store.ts)
// and the search worker.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Manifest } from './manifest';
import type { Dialogue } from './normalize';

export const DATA_DB = 'bedside-data';
export const DATA_DB_VERSION = 1;

/**
 * Dialogues live in one of two identical stores. An import fills the one not in use and then
 * flips `current.slot` in a single transaction, so an interrupted import never touches the
 * copy in use.
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

export interface PendingRecord {
  key: 'pending';
  version: string;
  slot: Slot;
  startedAt: number;
}

export type MetaRecord = CurrentRecord | PendingRecord;

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

interface DialogueStore {
  key: string;
  value: Dialogue;
  indexes: { dataset: string; segment: string; split: string; flags: string };
}

export interface DataSchema extends DBSchema {
  meta: { key: MetaRecord['key']; value: MetaRecord };
  'dialogues-a': DialogueStore;
  'dialogues-b': DialogueStore;
  'search-index': { key: 'current'; value: SavedIndex };
}

export type DataDB = IDBPDatabase<DataSchema>;

export interface OpenHandlers {
  /** This tab wants to upgrade but another tab still has the old version open. */
  onBlocked?: () => void;
  /** Another tab wants a newer version: the connection has been closed for it. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

export function openDataDb(handlers: OpenHandlers = {}, name = DATA_DB): Promise<DataDB> {
  const opening: Promise<DataDB> = openDB<DataSchema>(name, DATA_DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('meta', { keyPath: 'key' });
      for (const slot of SLOTS) {
        const store = db.createObjectStore(slot, { keyPath: 'id' });
        store.createIndex('dataset', 'dataset');
        store.createIndex('segment', 'segment');
        store.createIndex('split', 'split');
        store.createIndex('flags', 'flags', { multiEntry: true });
      }
      db.createObjectStore('search-index', { keyPath: 'key' });
    },
    blocked() {
      handlers.onBlocked?.();
    },
    blocking() {
      void opening.then((db) => db.close());
      handlers.onVersionChange?.();
    },
    terminated() {
      handlers.onTerminated?.();
    },
  });
  return opening;
}

export async function readCurrent(db: DataDB): Promise<CurrentRecord | null> {
  const record = await db.get('meta', 'current');
  return record?.key === 'current' ? record : null;
}

/** Every dialogue of the version `current` names, in id order. For the search worker. */
export async function readAllDialogues(db: DataDB, current: CurrentRecord): Promise<Dialogue[]> {
  return db.getAll(current.slot);
}
