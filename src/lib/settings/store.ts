// User settings, kept in IndexedDB on this device (database `bedside-settings`).
import type { DBSchema } from 'idb';
import { openDatabase } from '../platform/idb';
import { isSettingKey, parseSetting } from '../schema/settings';

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

  /**
   * The stored value, or `fallback` when there is none or it is not a valid value for its key
   * (src/lib/schema/settings.ts; a key without a schema must at least have the fallback's
   * type): a value written by another version of Bedside, or damaged, never reaches code that
   * trusts its type. Rejects only when the storage itself fails.
   */
  async get<T>(key: string, fallback: T): Promise<T> {
    const value: unknown = await this.#db.run((db) => db.get('settings', key));
    if (value === undefined) return fallback;
    if (isSettingKey(key)) return parseSetting(key, value, fallback as never) as T;
    const typed = fallback === null || typeof value === typeof fallback;
    return typed ? (value as T) : fallback;
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
