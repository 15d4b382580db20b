import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatNumber, formatRate } from '@/lib/format';

describe('formatting', () => {
  it('formats bytes in decimal units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(1_073_741_824)).toBe('1.1 GB');
    expect(formatBytes(Number.NaN)).toBe('—');
  });

  it('writes numbers as en-US does, whole ones without Intl', () => {
    const intl = new Intl.NumberFormat('en-US');
    for (const n of [0, 7, 999, 1000, 8697, 12_345, 1_234_567, -4321, -0, 1.5, 2e21, NaN])
      expect(formatNumber(n)).toBe(intl.format(n));
    expect(formatNumber(8697)).toBe('8,697');
  });

  it('formats durations from milliseconds to hours', () => {
    expect(formatDuration(0.0123)).toBe('12 ms');
    expect(formatDuration(4.25)).toBe('4.3 s');
    expect(formatDuration(75)).toBe('1 min 15 s');
    expect(formatDuration(3 * 3600 + 120)).toBe('3 h 2 min');
  });

  // One meaning for every speed in the app (Chat, Models, Benchmark).
  it('formats rates', () => {
    expect(formatRate(3.14159, 'tokens/s')).toBe('3.1 tokens/s');
    expect(formatRate(42.6, 'tokens/s')).toBe('43 tokens/s');
    expect(formatRate(NaN, 'tokens/s')).toBe('—');
    expect(formatRate(12.34)).toBe('12 tok/s');
    expect(formatRate(345.6)).toBe('346 tok/s');
    // A software renderer's speeds stay visible.
    expect(formatRate(0.082)).toBe('0.082 tok/s');
    expect(formatRate(0.7)).toBe('0.70 tok/s');
    expect(formatRate(0.999)).toBe('1.0 tok/s');
    expect(formatRate(0.0004)).toBe('< 0.001 tok/s');
    expect(formatRate(0)).toBe('0 tok/s');
    expect(formatRate(null)).toBe('—');
  });
});
