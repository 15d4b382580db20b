// @vitest-environment node
// A first case that covers less than half of a long question's words is still the similar
// case when it names what the question is about: the question's complaints, by rarity.
import { describe, expect, it } from 'vitest';
import { createRetriever, type RetrieverOptions } from '@/lib/retrieval/retriever';
import { dialogue } from '../chat/fakes';

const options = (complaints?: { minCoverage: number; minShare: number }): RetrieverOptions => ({
  bm25: { k1: 1.2, b: 0.75, fieldWeights: [1, 0.3] },
  k: 3,
  minScore: 0.1,
  minCoverage: 0.5,
  minMatched: 2,
  leadChars: 400,
  minShareOfBest: 0.1,
  plainWeight: 1,
  firstCase: { minCoverage: 0.3, minScore: 0.1, minSimilarity: 0.99, complaints },
});

const pool = [
  dialogue('v1-1', 'how long is a person with pneumonia contagious?'),
  dialogue('v1-2', 'my knee hurts when I climb the stairs at the gym'),
  dialogue('v1-3', 'grandparents visiting, should the kids wear a mask at the airport'),
  dialogue('v1-4', 'rash on my arm after a long drive'),
  dialogue('v1-5', 'pneumonia in my grandmother, she is in hospital'),
];
const question = 'dad got pneumonia, is he contagious? we drive over with the kids';

describe('a first case that names the question’s complaints', () => {
  it('is shown when it covers enough of them, though little of the other words', () => {
    const without = createRetriever(pool, options());
    const [best] = without.candidates(question);
    expect(best!.dialogue.id).toBe('v1-1');
    expect(best!.coverage).toBeLessThan(0.5);
    expect(without.search(question)).toEqual([]);
    const shown = createRetriever(pool, options({ minCoverage: 0.3, minShare: 0.6 })).search(
      question,
    );
    expect(shown.map((m) => m.dialogue.id)).toEqual(['v1-1']);
  });

  it('is not shown when it names too few of them or covers too little', () => {
    // Pneumonia without "contagious" is another question about pneumonia.
    const others = [...pool.slice(1, 4), dialogue('v1-6', 'pneumonia in grandma, the kids worry')];
    const about = (minShare: number) =>
      createRetriever(others, options({ minCoverage: 0.3, minShare }))
        .search(question)
        .map((m) => m.dialogue.id);
    expect(about(0.6)).toEqual([]);
    expect(about(0.3)).toEqual(['v1-6']);
    const strict = createRetriever(pool, options({ minCoverage: 0.9, minShare: 0.6 }));
    expect(strict.search(question)).toEqual([]);
  });
});
