import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DataStore } from '@/lib/data/store';
import { SearchClient, SearchError } from '@/lib/search/client';
import { BASE_URL, buildFixture, fakeFetch } from '../data/fixtures';
import { InProcessWorker } from './in-process-worker';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function imported() {
  const fixture = await buildFixture(1);
  const store = new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(fixture) });
  const { current } = await store.ensure();
  return { fixture, store, version: current.version };
}

describe('SearchClient ↔ search worker', () => {
  it('builds the index once, saves it, and a reload loads it without rebuilding', async () => {
    const { version } = await imported();
    const phases: string[] = [];
    const first = new SearchClient(() => new InProcessWorker());
    const opened = await first.open(version, { onProgress: (p) => phases.push(p.phase) });
    expect(opened).toMatchObject({ version, documentCount: 8, built: true, saved: true });
    expect(phases).toEqual(expect.arrayContaining(['reading', 'building', 'saving']));

    const reloaded = new SearchClient(() => new InProcessWorker());
    const again = await reloaded.open(version);
    expect(again).toMatchObject({ documentCount: 8, built: false });
    const result = await reloaded.query({ text: 'pneumonia', filters: {}, offset: 0, limit: 10 });
    expect(result.hits.map((h) => h.id).sort()).toEqual(['v1-0', 'v2-0']);
    expect(result.hits[0]!.terms).toEqual(['pneumonia']);
  });

  it('answers retrieve() from memory with the Chat policy, also after loading a saved index', async () => {
    const { version } = await imported();
    const first = new SearchClient(() => new InProcessWorker());
    await first.open(version);
    const cases = await first.retrieve('My child got a rash after taking amoxicillin');
    expect(cases.map((c) => c.dialogueId)).toEqual(['v1-2']);
    expect(cases[0]).toMatchObject({
      segment: 'covid-scrape-2020',
      exchange: 0,
      text: 'Patient: my child has a rash after amoxicillin\nDoctor: stop the antibiotic and call the pediatrician today.',
    });
    // Machine-translated rows are not reference cases; a crisis gets none.
    expect(await first.retrieve('headache every morning with nausea')).toEqual([]);
    expect(await first.retrieve('I want to die. My child has a rash after amoxicillin')).toEqual(
      [],
    );

    const reloaded = new SearchClient(() => new InProcessWorker());
    expect(await reloaded.open(version)).toMatchObject({ built: false });
    expect(
      (await reloaded.retrieve('rash after amoxicillin in my child')).map((c) => c.dialogueId),
    ).toEqual(['v1-2']);
  });

  it('refuses to retrieve before an index is open', async () => {
    await imported();
    const client = new SearchClient(() => new InProcessWorker());
    await expect(client.retrieve('cough')).rejects.toMatchObject({ kind: 'closed' });
  });

  it('refuses to open an index for a version that is not stored', async () => {
    await imported();
    const client = new SearchClient(() => new InProcessWorker());
    await expect(client.open('0123456789abcdef')).rejects.toMatchObject({
      kind: 'stale',
      message: expect.stringContaining('not 0123456789abcdef: import it first'),
    });
    await expect(
      client.query({ text: 'x', filters: {}, offset: 0, limit: 1 }),
    ).rejects.toBeInstanceOf(SearchError);
  });

  it('cancels a query: it rejects with an AbortError, and the next query is answered', async () => {
    const { version } = await imported();
    const client = new SearchClient(() => new InProcessWorker());
    await client.open(version);
    const controller = new AbortController();
    const cancelled = client.query(
      { text: 'pneumonia', filters: {}, offset: 0, limit: 10 },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    const next = await client.query({ text: 'pneumonia', filters: {}, offset: 0, limit: 10 });
    expect(next.hits.map((h) => h.id).sort()).toEqual(['v1-0', 'v2-0']);
  });

  it('rejects pending requests when the worker dies, and starts a new worker next time', async () => {
    const { version } = await imported();
    const workers: InProcessWorker[] = [];
    const client = new SearchClient(() => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    });
    const pending = client.open(version);
    workers[0]!.crash();
    await expect(pending).rejects.toMatchObject({ kind: 'crashed' });
    expect(workers[0]!.terminated).toBe(true);
    await expect(client.open(version)).resolves.toMatchObject({ documentCount: 8 });
    expect(workers).toHaveLength(2);
  });

  it('rebuilds after a new import replaced the dataset (the saved index is for the old version)', async () => {
    const { version } = await imported();
    await new SearchClient(() => new InProcessWorker()).open(version);
    const v2 = await buildFixture(2);
    const { current } = await new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(v2) }).ensure();
    const client = new SearchClient(() => new InProcessWorker());
    await expect(client.open(current.version)).resolves.toMatchObject({
      built: true,
      documentCount: 9,
    });
    const knee = await client.query({ text: 'knee', filters: {}, offset: 0, limit: 5 });
    expect(knee.hits.map((h) => h.id)).toEqual(['v2-5']);
  });
});

describe('SearchClient.retrieve: a message asked again', () => {
  it('is answered without a second trip to the worker, until another index opens', async () => {
    const { version } = await imported();
    let retrieves = 0;
    const client = new SearchClient(() => {
      const worker = new InProcessWorker();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (call) => {
        if ('request' in call && call.request.type === 'retrieve') retrieves += 1;
        post(call);
      };
      return worker;
    });
    await client.open(version);
    const draft = client.retrieve('rash after amoxicillin in my child');
    const sent = client.retrieve('rash after amoxicillin in my child');
    expect((await sent).map((c) => c.dialogueId)).toEqual(['v1-2']);
    expect(await draft).toEqual(await sent);
    expect(retrieves).toBe(1);

    await client.open(version);
    expect((await client.retrieve('rash after amoxicillin in my child')).length).toBe(1);
    expect(retrieves).toBe(2);
  });

  it('asks again after a failure', async () => {
    const client = new SearchClient(() => new InProcessWorker());
    const text = 'rash after amoxicillin in my child';
    await expect(client.retrieve(text)).rejects.toMatchObject({ kind: 'closed' });
    const { version } = await imported();
    await client.open(version);
    expect((await client.retrieve(text)).map((c) => c.dialogueId)).toEqual(['v1-2']);
  });
});

describe('SearchClient.dispose', () => {
  it('rejects what is pending as closed (not as a crash) and starts afresh on the next request', async () => {
    const { version } = await imported();
    const workers: InProcessWorker[] = [];
    const client = new SearchClient(() => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    });
    await client.open(version);
    const pending = client.retrieve('rash after amoxicillin');
    client.dispose();
    await expect(pending).rejects.toMatchObject({ kind: 'closed' });
    expect(client.openVersion).toBeNull();
    await expect(client.retrieve('rash')).rejects.toMatchObject({ kind: 'closed' });
    await client.open(version);
    expect(
      (await client.retrieve('rash after amoxicillin in my child')).map((c) => c.dialogueId),
    ).toEqual(['v1-2']);
    expect(workers).toHaveLength(2);
  });
});
