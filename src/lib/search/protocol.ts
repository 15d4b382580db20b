// What the page (SearchClient) asks the search worker and what each request answers. The
// shared WorkerPort / serve() (src/lib/platform/worker-port.ts) carries them: it gives every
// request an id and answers it exactly once, with a result or an error, after any progress.
import type { RetrievedCase } from '../chat/types';
import type { Split } from '../data/normalize';
import type { QualityFlag } from '../data/quality-flags';

export interface SearchFilters {
  /** Only these datasets (all when empty or absent). */
  datasets?: readonly string[];
  segments?: readonly string[];
  splits?: readonly Split[];
  /** Leave out dialogues with any quality flag. */
  hideFlagged?: boolean;
}

export interface SearchQuery {
  /** Words to find; empty lists every dialogue that passes the filters, in dataset order. */
  text: string;
  filters: SearchFilters;
  offset: number;
  limit: number;
}

export interface SearchHit {
  id: string;
  score: number;
  /** The document terms that matched (after prefix and fuzzy expansion), for highlighting. */
  terms: string[];
  dataset: string;
  segment: string;
  split: Split;
  flags: QualityFlag[];
  /** Characters in all turns. */
  chars: number;
  turns: number;
}

/** Counts over every match (not just the page). */
export interface Facets {
  segment: Record<string, number>;
  flag: Partial<Record<QualityFlag, number>>;
  /** Dialogues per length bin (LENGTH_BIN_EDGES in src/lib/data/stats.ts). */
  lengths: number[];
  flagged: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Facets;
  /** Time spent in the worker. */
  tookMs: number;
}

export interface OpenResult {
  version: string;
  documentCount: number;
  /** True when the index was built now; false when it was loaded from IndexedDB. */
  built: boolean;
  /** Time to build or load, in the worker. */
  ms: number;
  /** False when the built index could not be saved (e.g. storage full); it still works. */
  saved: boolean;
}

/** Progress of opening the index, any number of times before `open` answers. */
export interface IndexProgress {
  phase: 'reading' | 'building' | 'loading' | 'saving';
  done: number;
  total: number;
}

/**
 * The Chat's similar cases for a message, with where the time went: `receivedAt` and
 * `repliedAt` are the worker's clock on the shared epoch (performance.timeOrigin + now()), so
 * that the page can tell the message's way there and back from the work itself.
 */
export interface RetrieveResult {
  cases: RetrievedCase[];
  /** Time the retriever took, in the worker. */
  tookMs: number;
  receivedAt: number;
  repliedAt: number;
}

/** A page of matches with where the time went (the worker's clock, as in RetrieveResult). */
export interface QueryReply extends SearchResult {
  receivedAt: number;
  repliedAt: number;
}

export type SearchRequest =
  | { type: 'open'; version: string; dbName?: string }
  | { type: 'query'; query: SearchQuery }
  /** The Chat's similar cases for a message (src/lib/chat/retrieval.ts), texts included. */
  | { type: 'retrieve'; text: string };

/** What each request answers (src/lib/platform/worker-port.ts carries them, with ids). */
export interface SearchResults {
  open: OpenResult;
  query: QueryReply;
  retrieve: RetrieveResult;
}

/** Why a request failed, as the service throws it (the error's `kind`). */
export type SearchFailure = 'stale' | 'closed' | 'failed';
