import { describe, expect, it } from 'vitest';
import lexicon from '@/lib/retrieval/lexicon.json';
import { LEXICON, compileLexicon } from '@/lib/retrieval/lexicon';

describe('the lay-to-clinical lexicon', () => {
  it('compiles: every phrase reads as exactly one concept, and there are a few hundred', () => {
    expect(LEXICON.phraseCount).toBeGreaterThan(300);
    expect(Object.keys(lexicon.same).length).toBeGreaterThan(100);
  });

  it('refuses a phrase that two concepts claim, naming it', () => {
    expect(() =>
      compileLexicon({
        same: { a: ['sore belly'], b: ['sore bellies'] },
        broader: {},
        suggests: [],
      }),
    ).toThrow(/"sore bellies" reads "sore belli", in both a and b/);
  });

  it('refuses a phrase that is only glue words', () => {
    expect(() => compileLexicon({ same: { a: ['of the'] }, broader: {}, suggests: [] })).toThrow(
      /"of the" \(a\) has no words/,
    );
  });
});
