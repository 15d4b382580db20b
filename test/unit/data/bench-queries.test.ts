import { describe, expect, it } from 'vitest';
import { benchQueries } from '../../../scripts/lib/bench-queries';
import { fixtureDatasets } from './fixtures';
import type { Dialogue } from '@/lib/data/normalize';

describe('benchmark queries', () => {
  it('are the same on every run, unique, and drawn from the data', () => {
    const dialogues = fixtureDatasets(2).flatMap((d) =>
      d.dialogues.map((x): Dialogue => ({ ...x, flags: [], split: 'train' })),
    );
    const a = benchQueries(dialogues, 30);
    expect(benchQueries(dialogues, 30)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    expect(a.length).toBe(30);
    expect(a).toContain('pneumonia');
  });
});
