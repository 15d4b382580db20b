import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_DB, SettingsStore } from '@/lib/settings/store';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('SettingsStore', () => {
  it('returns the fallback until a value is set, and keeps it across reopening', async () => {
    const first = new SettingsStore();
    expect(await first.get('firstVisitAcknowledged', false)).toBe(false);
    await first.set('firstVisitAcknowledged', true);
    await first.close();
    const second = new SettingsStore();
    expect(await second.get('firstVisitAcknowledged', false)).toBe(true);
    await second.delete('firstVisitAcknowledged');
    expect(await second.get('firstVisitAcknowledged', false)).toBe(false);
  });

  it('keeps working after another tab deleted the database (site data cleared)', async () => {
    const store = new SettingsStore();
    await store.set('theme', 'dark');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(SETTINGS_DB);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by this tab'));
    });
    expect(await store.get('theme', 'system')).toBe('system');
    await store.set('theme', 'light');
    expect(await store.get('theme', 'system')).toBe('light');
  });
});

describe('SettingsStore.get with a damaged or foreign value', () => {
  async function stored(key: string, value: unknown): Promise<SettingsStore> {
    const store = new SettingsStore();
    await store.set(key, value);
    return store;
  }

  it('falls back for a theme that is not one (issue 15: validated with parseSetting)', async () => {
    for (const bad of [42, 'purple', { dark: true }, null]) {
      const store = await stored('theme', bad);
      expect(await store.get('theme', 'system')).toBe('system');
    }
    expect(await (await stored('theme', 'dark')).get('theme', 'system')).toBe('dark');
  });

  it('falls back for a model id that is not one', async () => {
    const store = await stored('engine.selectedModelId', ['Qwen']);
    expect(await store.get('engine.selectedModelId', null)).toBeNull();
  });

  it('falls back when a value without a schema has another type than its fallback', async () => {
    const store = await stored('firstVisitAcknowledged', 'yes');
    expect(await store.get('firstVisitAcknowledged', false)).toBe(false);
    await store.set('firstVisitAcknowledged', true);
    expect(await store.get('firstVisitAcknowledged', false)).toBe(true);
  });
});
