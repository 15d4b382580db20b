// @vitest-environment node
// The ranking options measured by scripts/retrieval-rank-recall.ts (off in the Chat): a case
// whose opening says what the question is about, or that shares its complaint rather than a
// plain word, comes first.
import { describe, expect, it } from 'vitest';
import {
  createRetriever,
  type RankOptions,
  type RetrieverOptions,
} from '@/lib/retrieval/retriever';
import { dialogue } from '../chat/fakes';

const options = (rank?: RankOptions): RetrieverOptions => ({
  bm25: { k1: 1.2, b: 0.75, fieldWeights: [1, 0.3] },
  k: 3,
  minScore: 0.1,
  minCoverage: 0.1,
  minMatched: 1,
  leadChars: 60,
  minShareOfBest: 0.1,
  plainWeight: 0.7,
  ...(rank ? { rank } : {}),
});

const first = (pool: ReturnType<typeof dialogue>[], question: string, rank?: RankOptions) =>
  createRetriever(pool, options(rank)).candidates(question)[0]!.dialogue.id;

describe('the opening as a field of its own', () => {
  // The same words, once in the opening, once after it; the second post is shorter, which
  // BM25's length normalisation alone rewards.
  const pool = [
    dialogue(
      'v1-1',
      'my eczema flares every winter and the creams from my doctor barely help at all. ' +
        'I work outdoors in the cold most days and wash my hands often',
    ),
    dialogue(
      'v1-2',
      'I work outdoors in the cold most days and wash my hands often, and now eczema',
    ),
  ];
  it('puts the post that opens with the question’s word first', () => {
    expect(first(pool, 'eczema')).toBe('v1-2');
    expect(first(pool, 'eczema', { leadWeight: 1 })).toBe('v1-1');
  });
});

describe('the question’s complaint weighing more', () => {
  const pool = [
    dialogue('v1-1', 'is a cough normal after a long flight'),
    dialogue('v1-2', 'my dog keeps barking at the neighbour'),
  ];
  it('puts the case sharing the complaint before one sharing more plain words', () => {
    const question = 'cough since the dog started barking at the neighbour';
    expect(first(pool, question)).toBe('v1-2');
    expect(first(pool, question, { complaintWeight: 3 })).toBe('v1-1');
  });
});
