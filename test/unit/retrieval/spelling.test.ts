import { describe, expect, it } from 'vitest';
import { createSpeller, editDistance } from '@/lib/retrieval/spelling';

describe('spelling', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('pnuemonia', 'pneumonia', 2)).toBe(1);
    expect(editDistance('diarhea', 'diarrhea', 2)).toBe(1);
    expect(editDistance('cough', 'fever', 1)).toBe(2);
  });

  it('corrects to the commonest known word one edit away with the same first letter', () => {
    const speller = createSpeller(
      new Map([
        ['fever', 40],
        ['fewer', 3],
        ['lever', 9],
      ]),
    );
    expect(speller.correct('feaver')).toBe('fever');
    expect(speller.correct('fever')).toBeNull(); // known
    expect(speller.correct('ever')).toBeNull(); // too short to guess
    expect(speller.correct('jellyfish')).toBeNull(); // nothing close
  });
});
