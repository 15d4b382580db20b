// Benchmark runs kept on this device, in IndexedDB (database `bedside-bench`), so that they
// survive a reload and can be compared later. Imported runs are kept too, marked as such.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BenchmarkRun } from './types';

export const BENCH_DB = 'bedside-bench';

export interface SavedRun {
  id: string;
  /** Milliseconds since the epoch, when the run was saved or imported here. */
  savedAt: number;
  /** True when the run came from an imported file rather than this device. */
  imported: boolean;
  run: BenchmarkRun;
}

interface BenchSchema extends DBSchema {
  runs: { key: string; value: SavedRun; indexes: { savedAt: number } };
}

function open(): Promise<IDBPDatabase<BenchSchema>> {
  const db: Promise<IDBPDatabase<BenchSchema>> = openDB<BenchSchema>(BENCH_DB, 1, {
    upgrade(upgrading) {
      const store = upgrading.createObjectStore('runs', { keyPath: 'id' });
      store.createIndex('savedAt', 'savedAt');
    },
    // Another tab opened a newer schema: give the database up rather than block it.
    blocking() {
      void db.then((d) => d.close());
    },
  });
  return db;
}

export class BenchDb {
  #db: Promise<IDBPDatabase<BenchSchema>> | null = null;

  #open(): Promise<IDBPDatabase<BenchSchema>> {
    this.#db ??= open();
    return this.#db;
  }

  /** Every saved run, newest first. */
  async list(): Promise<SavedRun[]> {
    const all = await (await this.#open()).getAllFromIndex('runs', 'savedAt');
    return all.reverse();
  }

  async put(saved: SavedRun): Promise<void> {
    await (await this.#open()).put('runs', saved);
  }

  async delete(id: string): Promise<void> {
    await (await this.#open()).delete('runs', id);
  }
}
