import { describe, expect, it } from 'vitest';
import { cacheLabel, formatParameters } from '@/lib/engine/labels';

describe('labels', () => {
  it('never calls a partial or broken download usable', () => {
    expect(cacheLabel('cached')).toBe('Downloaded');
    expect(cacheLabel('partial')).toMatch(/not usable until the download finishes/);
    expect(cacheLabel('broken')).toMatch(/download again/);
    expect(cacheLabel('absent')).toBe('Not downloaded');
    expect(cacheLabel(undefined)).toBe('Checking…');
  });

  it('formats parameter counts', () => {
    expect(formatParameters(361_821_120)).toBe('362 M');
    expect(formatParameters(1_543_714_304)).toBe('1.54 B');
    expect(formatParameters(null)).toBe('unknown');
  });
});
