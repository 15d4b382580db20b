// @vitest-environment node
// A second or third similar case is shown only when it covers enough of the question's words:
// one that shares a word or two of it beside a good first case is another topic as often as not.
import { describe, expect, it } from 'vitest';
import { createRetriever, type RetrieverOptions } from '@/lib/retrieval/retriever';
import { dialogue } from '../chat/fakes';

const options = (laterCase?: { minCoverage: number }): RetrieverOptions => ({
  bm25: { k1: 1.2, b: 0.75, fieldWeights: [1, 0.3] },
  k: 3,
  minScore: 0.1,
  minCoverage: 0.1,
  minMatched: 2,
  leadChars: 400,
  minShareOfBest: 0.1,
  plainWeight: 1,
  laterCase,
});

const pool = [
  dialogue('v1-1', 'itchy rash on my arm after hiking, spreading and blistering'),
  dialogue('v1-2', 'rash on my arm after a new soap'),
  dialogue('v1-3', 'itchy arm after hiking all day'),
  dialogue('v1-4', 'how long is a person with pneumonia contagious?'),
];
const question = 'itchy blistering rash on my arm after hiking';
const ids = (laterCase?: { minCoverage: number }) =>
  createRetriever(pool, options(laterCase))
    .search(question)
    .map((m) => m.dialogue.id);

describe('a second or third case', () => {
  it('is left out when it covers less of the question than the bar', () => {
    expect(ids()).toHaveLength(3);
    expect(ids({ minCoverage: 0.9 })).toEqual(['v1-1']);
  });

  it('never keeps the first case out, whatever it covers', () => {
    const [first] = createRetriever(pool, options()).candidates(question);
    expect(first!.coverage).toBeLessThan(1.5);
    expect(ids({ minCoverage: 1.5 })).toEqual(['v1-1']);
  });

  it('is shown when it covers enough', () => {
    const later = createRetriever(pool, options()).candidates(question).slice(1, 3);
    const [more, less] = [...later].sort((a, b) => b.coverage - a.coverage);
    expect(more!.coverage).toBeGreaterThan(less!.coverage);
    expect(ids({ minCoverage: less!.coverage })).toHaveLength(3);
    expect(ids({ minCoverage: more!.coverage })).toEqual(['v1-1', more!.dialogue.id]);
  });
});
