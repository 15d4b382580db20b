// Reading an export file the person chose, without freezing the page: the size is checked
// before anything is read, then the file is read, parsed and checked in a worker
// (import-service.ts, through a WorkerPort), and the page only receives the checked
// conversations, in batches.
// Without a worker (tests, a browser that refuses to start one) it runs here instead.
import {
  WorkerPort,
  WorkerRequestError,
  WorkerStoppedError,
  type PortCall,
  type PortReply,
  type WorkerLike,
} from '../platform/worker-port';
import {
  checkImportSize,
  ImportError,
  parseConversationFile,
  type ImportResult,
} from './import-file';
import type { ConversationStore, ImportSaved } from './conversations';
import { describeImport, type ImportSummary } from './import-file';
import type {
  ConversationBatch,
  ConversationImportDone,
  ConversationImportRequest,
  ConversationImportResults,
} from './import-protocol';
import type { Conversation } from './types';

/** The worker as the page sees it (a `Worker`, or an in-process fake in tests). */
export type ConversationImportWorker = WorkerLike<
  PortCall<ConversationImportRequest>,
  PortReply<ConversationImportDone, ConversationBatch>
>;

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
  });
}

const cancelled = () => new ImportError('The import was cancelled.');

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
  const port = new WorkerPort<
    ConversationImportRequest,
    ConversationImportResults,
    ConversationBatch
  >(() => started, 'The import');
  const conversations: Conversation[] = [];
  let heard = false;
  try {
    const done = await port.request(
      { type: 'import', file },
      {
        ...(signal ? { signal } : {}),
        onProgress: (batch) => {
          heard = true;
          conversations.push(...batch.conversations);
        },
      },
    );
    return { ...done.result, conversations };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw cancelled();
    if (error instanceof WorkerRequestError) {
      throw error.name === 'ImportError'
        ? new ImportError(error.message)
        : new Error(error.message);
    }
    // The worker could not start (or died before answering): read the file here instead,
    // slower for the page but never a dead end.
    if (error instanceof WorkerStoppedError && !heard) {
      return parseConversationFile(await file.text());
    }
    throw new Error('The import stopped unexpectedly. Try again.', { cause: error });
  } finally {
    port.terminate();
  }
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
