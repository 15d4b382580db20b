import { describe, expect, it, vi } from 'vitest';
import { readStorageEstimate, requestPersistentStorage } from '@/lib/platform/storage';

describe('storage estimate', () => {
  it('reports usage, quota and persistence, and asks for persistence', async () => {
    const storage = {
      estimate: async () => ({ usage: 300, quota: 1000 }),
      persisted: async () => false,
      persist: vi.fn(async () => true),
    };
    expect(await readStorageEstimate(storage)).toEqual({
      usage: 300,
      quota: 1000,
      persisted: false,
    });
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('copes with a browser without the Storage API', async () => {
    expect(await readStorageEstimate({})).toBeNull();
    expect(await requestPersistentStorage({})).toBe(false);
  });

  it('says nothing rather than a made-up quota when the browser will not tell', async () => {
    expect(await readStorageEstimate({ estimate: async () => ({ usage: 5 }) })).toBeNull();
    const failing = { estimate: () => Promise.reject(new Error('SecurityError')) };
    expect(await readStorageEstimate(failing)).toBeNull();
    expect(
      await readStorageEstimate({
        estimate: async () => ({ usage: 1, quota: 2 }),
        persisted: () => Promise.reject(new Error('no')),
      }),
    ).toEqual({ usage: 1, quota: 2, persisted: null });
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('no')) })).toBe(
      false,
    );
  });
});
