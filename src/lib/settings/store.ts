// User settings, kept in IndexedDB on this device (database `bedside-settings`).
import type { DBSchema } from 'idb';
import { openDatabase } from '../platform/idb';

export const SETTINGS_DB = 'bedside-settings';

interface SettingsSchema extends DBSchema {
  settings: { key: string; value: unknown };
}

export class SettingsStore {
  #db = openDatabase<SettingsSchema>({
    name: SETTINGS_DB,
    version: 1,
    upgrade(upgrading) {
      upgrading.createObjectStore('settings');
    },
  });

  async get<T>(key: string, fallback: T): Promise<T> {
    const value = await this.#db.run((db) => db.get('settings', key));
    return value === undefined ? fallback : (value as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.#db.run((db) => db.put('settings', value, key));
  }

  async delete(key: string): Promise<void> {
    await this.#db.run((db) => db.delete('settings', key));
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
