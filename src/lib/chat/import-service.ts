// The conversation import worker's work, without the Worker: read the file, check every
// conversation (import-file.ts), send the result back in batches. Tested directly.
import type { PortHandlers } from '../platform/worker-port';
import { checkImportSize, parseConversationFile } from './import-file';
import {
  IMPORT_BATCH,
  type ConversationBatch,
  type ConversationImportDone,
  type ConversationImportRequest,
  type ConversationImportResults,
} from './import-protocol';

/** Reads and checks `request.file`; throws ImportError when the file itself is unusable. */
export async function runConversationImport(
  request: ConversationImportRequest,
  onBatch: (batch: ConversationBatch) => void,
  batch = IMPORT_BATCH,
): Promise<ConversationImportDone> {
  const { file } = request;
  checkImportSize(file.size);
  const { conversations, ...rest } = parseConversationFile(await file.text());
  for (let start = 0; start < conversations.length; start += batch) {
    onBatch({ type: 'batch', conversations: conversations.slice(start, start + batch) });
  }
  return { type: 'done', result: rest };
}

/** The worker's handlers for serve(). */
export function conversationImportHandlers(
  batch = IMPORT_BATCH,
): PortHandlers<ConversationImportRequest, ConversationImportResults, ConversationBatch> {
  return {
    import: (request, { progress }) => runConversationImport(request, (b) => progress(b), batch),
  };
}
