// The conversation import's worker: reads and checks an export file off the page's main
// thread. All logic is in src/lib/chat/import-service.ts.
import type {
  ConversationImportRequest,
  ConversationImportResponse,
} from '../lib/chat/import-protocol';
import { runConversationImport } from '../lib/chat/import-service';

const scope = self as unknown as {
  postMessage(message: ConversationImportResponse): void;
  onmessage: ((event: MessageEvent<ConversationImportRequest>) => void) | null;
};

scope.onmessage = (event) =>
  void runConversationImport(event.data, (message) => scope.postMessage(message));
