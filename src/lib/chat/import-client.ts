// Reading an export file the person chose, without freezing the page: the size is checked
// before anything is read, then the file is read, parsed and checked in a worker
// (import-service.ts), and the page only receives the checked conversations, in batches.
// Without a worker (tests, a browser that refuses to start one) it runs here instead.
import {
  checkImportSize,
  ImportError,
  parseConversationFile,
  type ImportResult,
} from './import-file';
import type { ConversationStore, ImportSaved } from './conversations';
import { describeImport, type ImportSummary } from './import-file';
import type { ConversationImportRequest, ConversationImportResponse } from './import-protocol';
import type { Conversation } from './types';

/** The part of `Worker` used here (an in-process fake in tests). */
export interface ConversationImportWorker {
  postMessage(message: ConversationImportRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ConversationImportResponse>) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** A new worker per file; null (or a throw) reads the file on this thread instead. */
  createWorker?: () => ConversationImportWorker | null;
}

function defaultWorker(): ConversationImportWorker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('../../workers/conversation-import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'conversation-import',
  }) as ConversationImportWorker;
}

const cancelled = () => new ImportError('The import was cancelled.');

let nextId = 1;

/**
 * Reads and checks a conversation export file. Throws ImportError when the file itself is
 * unusable (over 50 MB: at once, before reading); otherwise resolves to what can be imported
 * and why the rest cannot (pass it to ConversationStore.importConversations, then
 * describeImport).
 */
export async function readConversationFile(
  file: Blob,
  { signal, createWorker = defaultWorker }: ReadOptions = {},
): Promise<ImportResult> {
  checkImportSize(file.size);
  if (signal?.aborted) throw cancelled();
  let worker: ConversationImportWorker | null;
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  if (!worker) return parseConversationFile(await file.text());
  const started = worker;
  const id = nextId++;
  return new Promise<ImportResult>((resolve, reject) => {
    const conversations: Conversation[] = [];
    let heard = false;
    const finish = (settle: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      started.terminate();
      settle();
    };
    const onAbort = () => finish(() => reject(cancelled()));
    signal?.addEventListener('abort', onAbort, { once: true });
    started.addEventListener('message', ({ data }) => {
      if (data.id !== id) return;
      heard = true;
      if (data.type === 'batch') conversations.push(...data.conversations);
      else if (data.type === 'done') finish(() => resolve({ ...data.result, conversations }));
      else
        finish(() =>
          reject(data.kind === 'import' ? new ImportError(data.message) : new Error(data.message)),
        );
    });
    started.addEventListener('error', () => {
      // The worker could not start (or died before answering): read the file here instead,
      // slower for the page but never a dead end.
      if (!heard)
        finish(
          () =>
            void file
              .text()
              .then((text) => parseConversationFile(text))
              .then(resolve, reject),
        );
      else finish(() => reject(new Error('The import stopped unexpectedly. Try again.')));
    });
    started.postMessage({ type: 'import', id, file });
  });
}

export interface FileImport extends ImportSummary {
  result: ImportResult;
  saved: ImportSaved;
}

/**
 * The whole import of a chosen file: read and check it (readConversationFile), save what can
 * be imported, and word what happened (describeImport). Throws ImportError when the file is
 * unusable, a StorageError when saving fails.
 */
export async function importConversationFile(
  file: Blob,
  store: Pick<ConversationStore, 'importConversations'>,
  options: ReadOptions = {},
): Promise<FileImport> {
  const result = await readConversationFile(file, options);
  const saved = await store.importConversations(result.conversations);
  return { result, saved, ...describeImport(result, saved) };
}
