// The search worker: builds, saves and queries the MiniSearch index off the main thread.
// All logic is in src/lib/search/service.ts; this file only connects it to the worker scope.
import type { SearchRequest, SearchResponse } from '../lib/search/protocol';
import { createSearchService } from '../lib/search/service';

const scope = self as unknown as {
  postMessage(message: SearchResponse): void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
};

const service = createSearchService((message) => scope.postMessage(message));
scope.onmessage = (event) => void service.handle(event.data);
