// The conversation import worker's work, without the Worker: read the file, check every
// conversation (import-file.ts), send the result back in batches. Tested directly.
import { checkImportSize, ImportError, parseConversationFile } from './import-file';
import {
  IMPORT_BATCH,
  type ConversationImportRequest,
  type ConversationImportResponse,
} from './import-protocol';

export async function runConversationImport(
  request: ConversationImportRequest,
  post: (message: ConversationImportResponse) => void,
  batch = IMPORT_BATCH,
): Promise<void> {
  const { id, file } = request;
  try {
    checkImportSize(file.size);
    const { conversations, ...rest } = parseConversationFile(await file.text());
    for (let start = 0; start < conversations.length; start += batch) {
      post({ type: 'batch', id, conversations: conversations.slice(start, start + batch) });
    }
    post({ type: 'done', id, result: rest });
  } catch (error) {
    post(
      error instanceof ImportError
        ? { type: 'error', id, kind: 'import', message: error.message }
        : { type: 'error', id, kind: 'unknown', message: String(error) },
    );
  }
}
