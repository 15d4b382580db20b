// The dataset import's worker: one import per worker, then the page terminates it. All logic
// is in src/lib/data/import-service.ts.
import type { ImportRequest, ImportResponse } from '../lib/data/import-protocol';
import { runImport } from '../lib/data/import-service';

const scope = self as unknown as {
  postMessage(message: ImportResponse): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

scope.onmessage = (event) => void runImport(event.data, (message) => scope.postMessage(message));
