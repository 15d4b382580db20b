// Messages between the page and the conversation import worker
// (src/workers/conversation-import.worker.ts), carried by WorkerPort / serve()
// (src/lib/platform/worker-port.ts): one file per request. The worker answers with batches of
// checked conversations as progress, then what it found besides them, or an error (an
// ImportError when the file itself is unusable). Batches keep each message small, so the page
// never spends one long task receiving thousands of conversations at once.
import type { ImportResult } from './import-file';
import type { Conversation } from './types';

export interface ConversationImportRequest {
  type: 'import';
  /** The chosen file (a File is a Blob); it is read in the worker. */
  file: Blob;
}

/** Progress: the next checked conversations. */
export interface ConversationBatch {
  type: 'batch';
  conversations: Conversation[];
}

/** The end: everything but the conversations, which came in batches. */
export interface ConversationImportDone {
  type: 'done';
  result: Omit<ImportResult, 'conversations'>;
}

/** What each request answers. */
export interface ConversationImportResults {
  import: ConversationImportDone;
}

/** Conversations per batch. */
export const IMPORT_BATCH = 250;
