// Bedside's own records about models, in IndexedDB (database `bedside-models`): the custom
// models a user added, and how each download ended. WebLLM keeps the model files themselves
// in its databases (webllm/model, webllm/config, webllm/wasm).
import type { DBSchema } from 'idb';
import { openDatabase } from '../platform/idb';
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

export class ModelDb {
  #db = openDatabase<ModelsSchema>({
    name: MODELS_DB,
    version: 1,
    upgrade(upgrading) {
      upgrading.createObjectStore('custom', { keyPath: 'id' });
      upgrading.createObjectStore('downloads', { keyPath: 'id' });
    },
  });

  async listCustom(): Promise<CustomModel[]> {
    const all = await this.#db.run((db) => db.getAll('custom'));
    return all.sort((a, b) => a.addedAt - b.addedAt);
  }

  async putCustom(model: CustomModel): Promise<void> {
    await this.#db.run((db) => db.put('custom', model));
  }

  async deleteCustom(id: string): Promise<void> {
    await this.#db.run((db) => db.delete('custom', id));
  }

  async downloads(): Promise<Map<string, DownloadRecord>> {
    const all = await this.#db.run((db) => db.getAll('downloads'));
    return new Map(all.map((r) => [r.id, r]));
  }

  async setDownload(id: string, state: DownloadState): Promise<void> {
    await this.#db.run((db) => db.put('downloads', { id, state, at: Date.now() }));
  }

  async clearDownload(id: string): Promise<void> {
    await this.#db.run((db) => db.delete('downloads', id));
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
