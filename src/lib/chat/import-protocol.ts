// Messages between the page and the conversation import worker
// (src/workers/conversation-import.worker.ts): one file per request. The worker answers with
// batches of checked conversations, then exactly one 'done' or 'error', all with the request's
// id. Batches keep each message small, so the page never spends one long task receiving
// thousands of conversations at once.
import type { ImportResult } from './import-file';
import type { Conversation } from './types';

export interface ConversationImportRequest {
  type: 'import';
  id: number;
  /** The chosen file (a File is a Blob); it is read in the worker. */
  file: Blob;
}

export type ConversationImportResponse =
  | { type: 'batch'; id: number; conversations: Conversation[] }
  | { type: 'done'; id: number; result: Omit<ImportResult, 'conversations'> }
  /** `import`: the file itself is unusable (an ImportError's message); `unknown`: a bug. */
  | { type: 'error'; id: number; kind: 'import' | 'unknown'; message: string };

/** Conversations per 'batch' message. */
export const IMPORT_BATCH = 250;
