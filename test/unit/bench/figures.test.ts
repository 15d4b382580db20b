import { describe, expect, it } from 'vitest';
import { formatDelta, formatMs, formatScore, formatShare } from '@/lib/bench/format';
import { formatRate } from '@/lib/format';
import { histogram } from '@/lib/bench/histogram';

describe('histogram', () => {
  it('counts values in equal bins; out-of-range values go to the end bins', () => {
    const bins = histogram([0, 0.04, 0.05, 0.12, 0.49, 0.5, 0.9, -0.1, Number.NaN], {
      min: 0,
      max: 0.5,
      bins: 10,
    });
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.count)).toEqual([3, 1, 1, 0, 0, 0, 0, 0, 0, 3]);
    expect(bins[1]!.from).toBeCloseTo(0.05, 12);
    expect(bins[9]!.to).toBeCloseTo(0.5, 12);
  });
});

describe('benchmark figures in words', () => {
  it('writes scores, shares, times, speeds and signed differences', () => {
    expect(formatScore(2 / 11)).toBe('0.182');
    expect(formatShare(2 / 3)).toBe('67%');
    expect(formatMs(85.4)).toBe('85 ms');
    expect(formatMs(1240)).toBe('1.24 s');
    expect(formatRate(12.34)).toBe('12 tok/s');
    expect(formatRate(345.6)).toBe('346 tok/s');
    expect(formatDelta(0.05, 'share')).toBe('+5 pts');
    expect(formatDelta(-50, 'ms')).toBe('−50 ms');
    expect(formatDelta(0, 'score')).toBe('±0.000');
    // A difference that rounds to zero is written as zero, not as a gain.
    expect(formatDelta(0.04, 'tok/s')).toBe('±0 tok/s');
    expect(formatDelta(-0.0004, 'score')).toBe('±0.000');
    expect(formatScore(Number.NaN)).toBe('—');
    expect(formatDelta(Number.NaN, 'tok/s')).toBe('—');
  });
});
