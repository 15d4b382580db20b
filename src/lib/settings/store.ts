// User settings, kept in IndexedDB on this device (database `bedside-settings`).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const SETTINGS_DB = 'bedside-settings';

interface SettingsSchema extends DBSchema {
  settings: { key: string; value: unknown };
}

function open(): Promise<IDBPDatabase<SettingsSchema>> {
  const db: Promise<IDBPDatabase<SettingsSchema>> = openDB<SettingsSchema>(SETTINGS_DB, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('settings');
    },
    // Another tab opened a newer schema: give the database up rather than block it.
    blocking() {
      void db.then((d) => d.close());
    },
  });
  return db;
}

export class SettingsStore {
  #db = open();

  async get<T>(key: string, fallback: T): Promise<T> {
    const value = await (await this.#db).get('settings', key);
    return value === undefined ? fallback : (value as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    await (await this.#db).put('settings', value, key);
  }

  async delete(key: string): Promise<void> {
    await (await this.#db).delete('settings', key);
  }

  async close(): Promise<void> {
    (await this.#db).close();
  }
}
