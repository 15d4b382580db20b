// @vitest-environment node
// The first case may cover less of a long question's words when it is the pool's nearest
// exchange of all and shares several of the question's terms: the rest is the telling.
import { describe, expect, it } from 'vitest';
import { createRetriever, type RetrieverOptions } from '@/lib/retrieval/retriever';
import { dialogue } from '../chat/fakes';

const options = (topCandidate?: { minCoverage: number; minMatched: number }): RetrieverOptions => ({
  bm25: { k1: 1.2, b: 0.75, fieldWeights: [1, 0.3] },
  k: 3,
  minScore: 0.1,
  minCoverage: 0.9,
  minMatched: 2,
  leadChars: 400,
  minShareOfBest: 0.1,
  plainWeight: 1,
  firstCase: { minCoverage: 0.9, minScore: 0.9, minSimilarity: 0.99, topCandidate },
});

const pool = [
  dialogue('v1-1', 'swollen lymph node on the side of my toddler neck, no fever'),
  dialogue('v1-2', 'lump on my neck after shaving'),
  dialogue('v1-3', 'how long is a person with pneumonia contagious?'),
];
const question =
  'there is a lump on the side of my toddler neck, grape sized, swollen, no fever, running around';

describe('the nearest case of all', () => {
  it('is shown from its coverage when it shares enough terms', () => {
    const [best, next] = createRetriever(pool, options()).candidates(question);
    expect(best!.dialogue.id).toBe('v1-1');
    expect(best!.coverage).toBeLessThan(0.9);
    expect(best!.matched).toBeGreaterThanOrEqual(4);
    expect(createRetriever(pool, options()).search(question)).toEqual([]);
    const by = { minCoverage: best!.coverage, minMatched: 4 };
    expect(
      createRetriever(pool, options(by))
        .search(question)
        .map((m) => m.dialogue.id),
    ).toEqual(['v1-1']);
    // The runner-up is no nearest case, whatever it covers.
    expect(next!.share).toBeLessThan(1);
  });

  it('is not shown when it shares too few terms or covers too little', () => {
    const [best] = createRetriever(pool, options()).candidates(question);
    const few = { minCoverage: 0, minMatched: best!.matched + 1 };
    expect(createRetriever(pool, options(few)).search(question)).toEqual([]);
    const little = { minCoverage: best!.coverage + 0.01, minMatched: 1 };
    expect(createRetriever(pool, options(little)).search(question)).toEqual([]);
  });
});
