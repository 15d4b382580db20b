// @vitest-environment node
// A case's opening must name what the question is about. When the question states no complaint
// (only sites and generic words: a tooth, a gum, swollen), the complaints the lexicon guesses
// from them (an abscess, an allergy) do not replace what it says: a case about the same
// wisdom tooth is similar though it names none of the guesses.
import { describe, expect, it } from 'vitest';
import { createRetriever, type RetrieverOptions } from '@/lib/retrieval/retriever';
import { dialogue } from '../chat/fakes';

const options = (leadByStated?: boolean): RetrieverOptions => ({
  bm25: { k1: 1.2, b: 0.75, fieldWeights: [1, 0.3] },
  k: 3,
  minScore: 0.1,
  minCoverage: 0.3,
  minMatched: 2,
  leadChars: 400,
  minShareOfBest: 0.1,
  plainWeight: 1,
  leadByStated,
});

const pool = [
  dialogue('v1-1', 'my wisdom tooth is coming through, the gum over it is swollen and sore'),
  dialogue('v1-2', 'how long is a person with pneumonia contagious?'),
  dialogue('v1-3', 'rash on my arm after a new soap'),
];
const question = 'wisdom tooth pain, gum at the back is swollen and my jaw hurts to open';

describe('what a case’s opening must name', () => {
  it('is what the question states when it states no complaint', () => {
    const analyzed = createRetriever(pool, options()).analyze(question);
    // The question suggests complaints that it does not state.
    expect(analyzed.suggested.size).toBeGreaterThan(0);
    expect(createRetriever(pool, options()).search(question)).toEqual([]);
    const shown = createRetriever(pool, options(true)).search(question);
    expect(shown.map((m) => m.dialogue.id)).toEqual(['v1-1']);
  });

  it('is still a stated complaint when the question states one', () => {
    // "cough" is a complaint: a case about the tooth alone does not answer it.
    const cough = 'wisdom tooth pain and a cough';
    const others = [dialogue('v1-4', 'my wisdom tooth hurts, the pain keeps me awake'), pool[1]!];
    const retriever = createRetriever(others, options(true));
    expect(retriever.search(cough)).toEqual([]);
    expect(retriever.search('wisdom tooth pain').map((m) => m.dialogue.id)).toEqual(['v1-4']);
  });
});
