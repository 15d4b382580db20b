import { describe, expect, it } from 'vitest';
import { cacheLabel, formatParameters, formatRate } from '@/lib/engine/labels';

describe('labels', () => {
  it('never calls a partial or broken download usable', () => {
    expect(cacheLabel('cached')).toBe('Downloaded');
    expect(cacheLabel('partial')).toMatch(/not usable until the download finishes/);
    expect(cacheLabel('broken')).toMatch(/download again/);
    expect(cacheLabel('absent')).toBe('Not downloaded');
    expect(cacheLabel(undefined)).toBe('Checking…');
  });

  it('formats parameter counts and rates', () => {
    expect(formatParameters(361_821_120)).toBe('362 M');
    expect(formatParameters(1_543_714_304)).toBe('1.54 B');
    expect(formatParameters(null)).toBe('unknown');
    expect(formatRate(3.14159, 'tokens/s')).toBe('3.1 tokens/s');
    expect(formatRate(42.6, 'tokens/s')).toBe('43 tokens/s');
    expect(formatRate(NaN, 'tokens/s')).toBe('—');
  });
});
