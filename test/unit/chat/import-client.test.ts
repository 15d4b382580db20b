// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { ConversationStore } from '@/lib/chat/conversations';
import { ImportError, toJSON } from '@/lib/chat/export';
import {
  importConversationFile,
  readConversationFile,
  type ConversationImportWorker,
} from '@/lib/chat/import-client';
import type {
  ConversationBatch,
  ConversationImportDone,
  ConversationImportRequest,
} from '@/lib/chat/import-protocol';
import { conversationImportHandlers } from '@/lib/chat/import-service';
import { serve, type PortCall, type PortReply } from '@/lib/platform/worker-port';
import { conversation } from '../schema/fixtures';

type Call = PortCall<ConversationImportRequest>;
type Reply = PortReply<ConversationImportDone, ConversationBatch>;

/** The worker's service run in-process, behind the Worker interface. */
class InProcessWorker implements ConversationImportWorker {
  listeners = { message: [] as ((e: MessageEvent) => void)[], error: [] as ((e: Event) => void)[] };
  /** What the worker sent: each batch, then the end (or the error). */
  posted: { type: string }[] = [];
  terminated = false;
  #inWorker: ((e: MessageEvent<Call>) => void)[] = [];
  constructor(readonly batch = 2) {
    serve<ConversationImportRequest, { import: ConversationImportDone }, ConversationBatch>(
      {
        postMessage: (reply: Reply) => {
          const data = structuredClone(reply); // as postMessage does
          this.posted.push(
            'progress' in data
              ? data.progress
              : 'result' in data
                ? data.result
                : { type: 'error', ...data.error },
          );
          queueMicrotask(() => this.listeners.message.forEach((l) => l({ data } as MessageEvent)));
        },
        addEventListener: (_type, listener) => void this.#inWorker.push(listener),
        removeEventListener: () => {},
      },
      conversationImportHandlers(batch),
    );
  }
  postMessage(message: Call): void {
    const data = structuredClone(message);
    queueMicrotask(() => this.#inWorker.forEach((l) => l({ data } as MessageEvent<Call>)));
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    (this.listeners[type] as unknown[]).push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const many = Array.from({ length: 5 }, (_, i) => conversation({ id: `c${i}` }));
const blob = (text: string) => new Blob([text], { type: 'application/json' });

describe('readConversationFile', () => {
  it('reads, checks and returns the file in batches from the worker, then ends the worker', async () => {
    const worker = new InProcessWorker(2);
    const bad = { ...conversation({ id: 'bad' }), createdAt: -1e20 };
    const text = JSON.stringify({
      format: 'bedside-conversations',
      version: 1,
      conversations: [...many, bad],
    });
    const result = await readConversationFile(blob(text), { createWorker: () => worker });
    expect(result.conversations).toEqual(many);
    expect(result.refused.map((n) => n.message)).toEqual([
      'conversation 6 ("Chest pain") has an invalid creation date',
    ]);
    expect(worker.posted.map((m) => m.type)).toEqual(['batch', 'batch', 'batch', 'done']);
    expect(worker.terminated).toBe(true);
  });

  it('refuses a file over 50 MB from its size, before reading it or starting a worker', async () => {
    const huge = { size: 52_428_800, text: vi.fn() } as unknown as Blob;
    const createWorker = vi.fn();
    await expect(readConversationFile(huge, { createWorker })).rejects.toThrow(
      'Cannot import: the file is 52.4 MB, larger than the 50 MB limit.',
    );
    expect(huge.text).not.toHaveBeenCalled();
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('passes on why the file is unusable', async () => {
    const worker = new InProcessWorker();
    const reading = readConversationFile(blob('{"format":"x"}'), { createWorker: () => worker });
    await expect(reading).rejects.toThrow(ImportError);
    await expect(reading).rejects.toThrow(/not a Bedside conversation export/);
  });

  it('reads on the page when no worker can be started, or it fails to load', async () => {
    const text = toJSON(many);
    expect(
      (await readConversationFile(blob(text), { createWorker: () => null })).conversations,
    ).toEqual(many);
    const broken = new InProcessWorker();
    broken.postMessage = () =>
      queueMicrotask(() => broken.listeners.error.forEach((l) => l(new Event('error'))));
    const result = await readConversationFile(blob(text), { createWorker: () => broken });
    expect(result.conversations).toEqual(many);
    expect(broken.terminated).toBe(true);
  });

  it('stops when cancelled', async () => {
    const worker = new InProcessWorker();
    const controller = new AbortController();
    const reading = readConversationFile(blob(toJSON(many)), {
      createWorker: () => worker,
      signal: controller.signal,
    });
    controller.abort();
    await expect(reading).rejects.toThrow('The import was cancelled.');
    expect(worker.terminated).toBe(true);
  });
});

describe('importConversationFile', () => {
  it('reads, saves and words the whole import in one call', async () => {
    globalThis.indexedDB = new IDBFactory();
    const store = new ConversationStore();
    await store.put(many[0]!);
    const text = JSON.stringify({
      format: 'bedside-conversations',
      version: 1,
      conversations: [...many, { id: 'x' }],
    });
    const done = await importConversationFile(blob(text), store, { createWorker: () => null });
    expect(done.saved).toEqual({ added: 5, copies: 1 });
    expect(done.summary).toBe(
      'Imported 5 of 6 conversations; 1 conversation could not be read; 1 was already on this device and was added as a copy.',
    );
    expect(done.details).toEqual(['Not imported:', 'conversation 6 has no "title"']);
    expect(await store.list()).toHaveLength(6);
  });
});
