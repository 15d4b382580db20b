// Messages between the page (SearchClient) and the search worker: one typed union each way.
// Every request carries a requestId; the worker answers it exactly once with a result or an
// error, and may send progress for it before.
import type { RetrievedCase } from '../chat/types';
import type { Split } from '../data/normalize';
import type { QualityFlag } from '../data/quality';

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

export type SearchRequest =
  | { type: 'open'; requestId: number; version: string; dbName?: string }
  | { type: 'query'; requestId: number; query: SearchQuery }
  /** The Chat's similar cases for a message (src/lib/chat/retrieval.ts), texts included. */
  | { type: 'retrieve'; requestId: number; text: string };

export type SearchResponse =
  | {
      type: 'progress';
      requestId: number;
      phase: 'reading' | 'building' | 'loading' | 'saving';
      done: number;
      total: number;
    }
  | { type: 'opened'; requestId: number; result: OpenResult }
  | { type: 'results'; requestId: number; result: SearchResult }
  | { type: 'retrieved'; requestId: number; cases: RetrievedCase[]; tookMs: number }
  | { type: 'error'; requestId: number; message: string; kind: 'stale' | 'closed' | 'failed' };
