import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureState } from './helpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('DatasetState (the API Chat and Benchmark use)', () => {
  it('imports once however many views call ensureReady at the same time', async () => {
    const calls: string[] = [];
    const { state, fixture } = await fixtureState({ calls });
    await Promise.all([state.ensureReady(), state.ensureReady(), state.ensureReady()]);
    await state.ensureReady();
    expect(state.status).toBe('ready');
    expect(calls.filter((c) => c.startsWith('dialogues-'))).toHaveLength(
      fixture.manifest.files.length,
    );
    expect(calls.filter((c) => c === 'manifest.json')).toHaveLength(1);
    expect(state.index).toMatchObject({ documentCount: 8, built: true });
  });

  it('knows the download size from the manifest alone, before importing', async () => {
    const calls: string[] = [];
    const { state, fixture } = await fixtureState({ calls });
    expect(state.downloadBytes).toBeNull();
    await state.loadManifest();
    expect(state.downloadBytes).toBe(fixture.manifest.totals.bytes);
    expect(calls).toEqual(['manifest.json']);
  });

  it('gets a dialogue by id and lists a split', async () => {
    const { state, fixture } = await fixtureState();
    expect((await state.getDialogue('v2-3'))?.turns[0]?.text).toBe(
      'Doctor, I have chest pain when I climb stairs.',
    );
    expect(await state.getDialogue('v2-99')).toBeUndefined();
    const test = await state.listSplit('test', { includeFlagged: true });
    expect(test).toHaveLength(fixture.manifest.counts.split.test);
    expect(test.every((d) => d.split === 'test')).toBe(true);
  });

  it("retrieves the Chat's similar cases for a message: the reference pool's exchanges, with their text", async () => {
    const { state } = await fixtureState();
    const found = await state.retrieve('My child got a rash after amoxicillin');
    expect(found.map((c) => c.dialogueId)).toEqual(['v1-2']);
    expect(found[0]!.text).toMatch(/^Patient: my child has a rash after amoxicillin\nDoctor: stop/);
    // Machine-translated rows (v2-2, and its flagged duplicate v2-4) are never reference cases.
    expect(await state.retrieve('I get a headache every morning and feel sick')).toEqual([]);
  });

  it('deletes the local copy, and imports again on the next use', async () => {
    const calls: string[] = [];
    const { state } = await fixtureState({ calls });
    await state.ensureReady();
    await state.deleteLocalCopy();
    expect(state.status).toBe('idle');
    expect(await state.store.count()).toBe(0);
    calls.length = 0;
    await state.ensureReady();
    expect(await state.store.count()).toBe(8);
    expect(calls.some((c) => c.startsWith('dialogues-'))).toBe(true);
  });
});
