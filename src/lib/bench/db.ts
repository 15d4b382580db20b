// Benchmark runs kept on this device, in IndexedDB (database `bedside-bench`), so that they
// survive a reload and can be compared later. Imported runs are kept too, marked as such.
import type { DBSchema } from 'idb';
import { openDatabase } from '../platform/idb';
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

/** Opened on first use: the database is created only once the Benchmark is opened. */
export class BenchDb {
  #db = openDatabase<BenchSchema>({
    name: BENCH_DB,
    version: 1,
    upgrade(upgrading) {
      const store = upgrading.createObjectStore('runs', { keyPath: 'id' });
      store.createIndex('savedAt', 'savedAt');
    },
  });

  /** Every saved run, newest first. */
  async list(): Promise<SavedRun[]> {
    const all = await this.#db.run((db) => db.getAllFromIndex('runs', 'savedAt'));
    return all.reverse();
  }

  async put(saved: SavedRun): Promise<void> {
    await this.#db.run((db) => db.put('runs', saved));
  }

  async delete(id: string): Promise<void> {
    await this.#db.run((db) => db.delete('runs', id));
  }
}
