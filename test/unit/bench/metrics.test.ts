import { describe, expect, it } from 'vitest';
import {
  describeValues,
  lcsLength,
  mean,
  percentile,
  rougeL,
  summarize,
  timingFromUsageExtra,
  tokenize,
} from '@/lib/bench/metrics';

describe('tokenize', () => {
  it('lowercases and splits on anything that is not a letter or digit, keeping digits', () => {
    expect(tokenize('Take 2 tablets, twice a day!')).toEqual([
      'take',
      '2',
      'tablets',
      'twice',
      'a',
      'day',
    ]);
    expect(tokenize('COVID-19: 38.5°C')).toEqual(['covid', '19', '38', '5', 'c']);
    expect(tokenize("it's")).toEqual(['it', 's']);
  });

  it('keeps letters from other scripts and accents', () => {
    expect(tokenize('Café — fièvre, 发烧')).toEqual(['café', 'fièvre', '发烧']);
  });

  it('returns no tokens for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ... !? ')).toEqual([]);
  });
});

describe('lcsLength', () => {
  it('finds the longest common subsequence, not substring', () => {
    // a b c d e  vs  a x c y e: common subsequence a c e.
    expect(lcsLength(['a', 'b', 'c', 'd', 'e'], ['a', 'x', 'c', 'y', 'e'])).toBe(3);
    expect(lcsLength(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(lcsLength([], ['a'])).toBe(0);
    expect(lcsLength(['a', 'a', 'a'], ['a', 'a'])).toBe(2);
  });

  it('does not depend on argument order', () => {
    const a = tokenize('the patient should rest and drink plenty of fluids at home');
    const b = tokenize('rest at home and drink fluids');
    expect(lcsLength(a, b)).toBe(lcsLength(b, a));
  });
});

describe('rougeL', () => {
  it('scores a hand-computed example', () => {
    // candidate: "the cat was found under the bed"        → 7 tokens
    // reference: "the cat was under the bed"               → 6 tokens
    // LCS: the cat was under the bed                       → 6
    // precision = 6/7, recall = 6/6 = 1
    // f1 = 2 · (6/7) · 1 / (6/7 + 1) = (12/7) / (13/7) = 12/13
    const s = rougeL('The cat was found under the bed.', 'the cat was under the bed');
    expect(s.precision).toBeCloseTo(6 / 7, 12);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(12 / 13, 12);
  });

  it('scores a second hand-computed example with reordering', () => {
    // candidate: "drink fluids and rest"                    → [drink, fluids, and, rest] (4)
    // reference: "rest and drink plenty of fluids"          → [rest, and, drink, plenty, of, fluids] (6)
    // LCS candidates: "drink fluids" (2), "and rest"? rest comes first in the reference, so no;
    //                 "and" then "fluids"? "and"(ref 2) "fluids"(ref 6) → 2. Longest = 2.
    // precision = 2/4 = 0.5, recall = 2/6 = 1/3
    // f1 = 2 · 0.5 · (1/3) / (0.5 + 1/3) = (1/3) / (5/6) = 0.4
    const s = rougeL('Drink fluids and rest', 'rest and drink plenty of fluids');
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3, 12);
    expect(s.f1).toBeCloseTo(0.4, 12);
  });

  it('gives 1 for identical text, whatever the case and punctuation', () => {
    expect(rougeL('Rest, and drink fluids.', 'rest and DRINK fluids')).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('gives 0 when nothing is shared', () => {
    expect(rougeL('completely different words', 'nothing in common here')).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it('gives 0 when either side is empty', () => {
    expect(rougeL('', 'the reference')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(rougeL('an answer', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(rougeL('', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(rougeL('!!!', '...')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('handles answers of benchmark length quickly', () => {
    const words = 'fever cough rest fluids doctor test covid pneumonia days weeks'.split(' ');
    const make = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => words[(i * seed) % words.length]).join(' ');
    const start = performance.now();
    const s = rougeL(make(1500, 7), make(800, 3));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(s.f1).toBeGreaterThan(0);
    expect(s.f1).toBeLessThanOrEqual(1);
  });
});

describe('mean and percentile', () => {
  it('computes the mean, NaN when empty', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNaN();
  });

  it('interpolates linearly between ranks, like numpy', () => {
    const v = [15, 20, 35, 40, 50];
    // rank = p/100 · (n − 1) = p/100 · 4
    expect(percentile(v, 0)).toBe(15);
    expect(percentile(v, 50)).toBe(35); // rank 2
    expect(percentile(v, 100)).toBe(50);
    expect(percentile(v, 40)).toBe(29); // rank 1.6 → 20 + 0.6 · 15
    expect(percentile(v, 90)).toBe(46); // rank 3.6 → 40 + 0.6 · 10
  });

  it('does not depend on input order and does not modify it', () => {
    const v = [50, 15, 40, 20, 35];
    expect(percentile(v, 50)).toBe(35);
    expect(v).toEqual([50, 15, 40, 20, 35]);
  });

  it('returns NaN for an empty list or a p outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([1], -1)).toBeNaN();
    expect(percentile([1], 101)).toBeNaN();
    expect(percentile([1], Number.NaN)).toBeNaN();
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('summarize', () => {
  it('summarizes TTFT in ms and speeds in tokens per second', () => {
    const s = summarize([
      { timeToFirstTokenS: 0.2, prefillTokensPerS: 100, decodeTokensPerS: 10, e2eLatencyS: 2 },
      { timeToFirstTokenS: 0.4, prefillTokensPerS: 200, decodeTokensPerS: 20, e2eLatencyS: 4 },
      { timeToFirstTokenS: 0.6, prefillTokensPerS: 300, decodeTokensPerS: 30 },
    ]);
    expect(s.runs).toBe(3);
    expect(s.ttftMs.mean).toBeCloseTo(400, 9);
    expect(s.ttftMs.p50).toBeCloseTo(400, 9);
    expect(s.ttftMs.min).toBeCloseTo(200, 9);
    expect(s.ttftMs.max).toBeCloseTo(600, 9);
    expect(s.prefillTokensPerS.p90).toBeCloseTo(280, 9);
    expect(s.decodeTokensPerS.mean).toBe(20);
    expect(s.e2eMs.n).toBe(2);
    expect(s.e2eMs.mean).toBe(3000);
  });

  it('leaves failed or missing figures out instead of poisoning the mean', () => {
    const s = summarize([
      { timeToFirstTokenS: 0.1, prefillTokensPerS: 50, decodeTokensPerS: Number.NaN },
      { timeToFirstTokenS: 0.3, prefillTokensPerS: 150, decodeTokensPerS: 12 },
    ]);
    expect(s.decodeTokensPerS).toMatchObject({ n: 1, mean: 12, p50: 12 });
    expect(s.prefillTokensPerS.mean).toBe(100);
  });

  it('gives NaN figures for no runs', () => {
    const s = summarize([]);
    expect(s.runs).toBe(0);
    expect(s.ttftMs.n).toBe(0);
    expect(s.ttftMs.mean).toBeNaN();
    expect(describeValues([]).max).toBeNaN();
  });

  it('reads WebLLM usage.extra, tolerating missing fields', () => {
    expect(
      timingFromUsageExtra({
        e2e_latency_s: 3.5,
        prefill_tokens_per_s: 120,
        decode_tokens_per_s: 18,
        time_to_first_token_s: 0.25,
        time_per_output_token_s: 0.055,
      }),
    ).toEqual({
      timeToFirstTokenS: 0.25,
      prefillTokensPerS: 120,
      decodeTokensPerS: 18,
      e2eLatencyS: 3.5,
    });
    const partial = timingFromUsageExtra({ decode_tokens_per_s: 9 });
    expect(partial.decodeTokensPerS).toBe(9);
    expect(partial.timeToFirstTokenS).toBeNaN();
    expect(timingFromUsageExtra(undefined).prefillTokensPerS).toBeNaN();
  });
});
