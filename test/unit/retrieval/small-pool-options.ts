// Retriever options for tests over a pool of a few hand-written dialogues: the Chat's BM25
// weights, with gates loose enough that a two-word question over a tiny pool can pass them,
// so that each test shows the one rule it is about.
import type { RetrieverOptions } from '@/lib/retrieval/retriever';

export const SMALL_POOL_OPTIONS: RetrieverOptions = {
  bm25: { k1: 1.2, b: 0.75, fieldWeights: [1, 0.3] },
  k: 3,
  minScore: 0.1,
  minCoverage: 0.3,
  minMatched: 1,
  leadChars: 400,
  minShareOfBest: 0.1,
  plainWeight: 0.7,
};
