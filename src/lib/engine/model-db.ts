// Bedside's own records about models, in IndexedDB (database `bedside-models`): the custom
// models a user added, and how each download ended. WebLLM keeps the model files themselves
// in its databases (webllm/model, webllm/config, webllm/wasm).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CustomModel } from './registry';

export const MODELS_DB = 'bedside-models';

/**
 * started: a download began and has not finished (cancelled, interrupted, tab closed);
 * complete: the model loaded successfully; failed: the files are there but did not load.
 */
export type DownloadState = 'started' | 'complete' | 'failed';

export interface DownloadRecord {
  id: string;
  state: DownloadState;
  at: number;
}

interface ModelsSchema extends DBSchema {
  custom: { key: string; value: CustomModel };
  downloads: { key: string; value: DownloadRecord };
}

function open(): Promise<IDBPDatabase<ModelsSchema>> {
  const db: Promise<IDBPDatabase<ModelsSchema>> = openDB<ModelsSchema>(MODELS_DB, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('custom', { keyPath: 'id' });
      upgrading.createObjectStore('downloads', { keyPath: 'id' });
    },
    // Another tab opened a newer schema: give the database up rather than block it.
    blocking() {
      void db.then((d) => d.close());
    },
  });
  return db;
}

export class ModelDb {
  #db = open();

  async listCustom(): Promise<CustomModel[]> {
    const all = await (await this.#db).getAll('custom');
    return all.sort((a, b) => a.addedAt - b.addedAt);
  }

  async putCustom(model: CustomModel): Promise<void> {
    await (await this.#db).put('custom', model);
  }

  async deleteCustom(id: string): Promise<void> {
    await (await this.#db).delete('custom', id);
  }

  async downloads(): Promise<Map<string, DownloadRecord>> {
    const all = await (await this.#db).getAll('downloads');
    return new Map(all.map((r) => [r.id, r]));
  }

  async setDownload(id: string, state: DownloadState): Promise<void> {
    await (await this.#db).put('downloads', { id, state, at: Date.now() });
  }

  async clearDownload(id: string): Promise<void> {
    await (await this.#db).delete('downloads', id);
  }

  async close(): Promise<void> {
    (await this.#db).close();
  }
}
