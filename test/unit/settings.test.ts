import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '@/lib/settings/store';

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
});
