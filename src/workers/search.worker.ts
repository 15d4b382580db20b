// The search worker: builds, saves and queries the MiniSearch index off the main thread, and
// answers the Chat's similar cases from memory. All logic is in src/lib/search/service.ts;
// this file only serves it on the worker's scope.
import { serve } from '../lib/platform/worker-port';
import type { IndexProgress, SearchRequest, SearchResults } from '../lib/search/protocol';
import { createSearchService } from '../lib/search/service';

serve<SearchRequest, SearchResults, IndexProgress>(self, createSearchService());
