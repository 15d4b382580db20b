import { describe, expect, it } from 'vitest';
import { Bm25Index } from '@/lib/retrieval/bm25';

const options = { k1: 1.2, b: 0.75, fieldWeights: [1] };
const index = (docs: string[][]) =>
  new Bm25Index(
    docs.map((d) => [d]),
    options,
  );

describe('BM25', () => {
  it('has no bonus for the number of words matched: one rare word beats three common ones', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `w${i}`);
    const docs = [
      ['vasectomy', 'recovery'],
      [...filler, 'pain', 'doctor', 'week'],
      ...Array.from({ length: 8 }, () => ['pain', 'doctor', 'week']),
    ];
    const query = new Map([
      ['vasectomy', 1],
      ['pain', 1],
      ['doctor', 1],
      ['week', 1],
    ]);
    expect(index(docs).search(query)[0]!.doc).toBe(0);
  });

  it('normalises for length: the same words in a short question beat them in a long thread', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const hits = index([
      [...filler, 'rash', 'amoxicillin'],
      ['rash', 'amoxicillin', 'child'],
    ]).search(
      new Map([
        ['rash', 1],
        ['amoxicillin', 1],
      ]),
    );
    expect(hits.map((h) => h.doc)).toEqual([1, 0]);
  });

  it('weighs a rare term above a common one, from the pool it was built on', () => {
    const idx = index([['cough', 'vasectomy'], ['cough'], ['cough'], ['cough']]);
    expect(idx.idf('vasectomy')).toBeGreaterThan(idx.idf('cough'));
    expect(idx.idf('unseen')).toBeGreaterThan(idx.idf('vasectomy'));
  });

  it('scores a document with every query word once, at average length, as the reference', () => {
    const idx = index([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const query = new Map([
      ['a', 1],
      ['b', 1],
    ]);
    expect(idx.search(query)[0]!.score).toBeCloseTo(idx.reference(query));
    expect(idx.search(query)[0]).toMatchObject({ matched: 2 });
  });
});
