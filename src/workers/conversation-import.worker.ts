// The conversation import's worker: reads and checks an export file off the page's main
// thread. All logic is in src/lib/chat/import-service.ts.
import { conversationImportHandlers } from '../lib/chat/import-service';
import { serve } from '../lib/platform/worker-port';

serve(self, conversationImportHandlers());
