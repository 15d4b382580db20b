import { describe, expect, it } from 'vitest';
import { licenceGroups } from '@/lib/engine/licences';
import { CURATED_MODELS } from '@/lib/engine/registry';

describe('licenceGroups', () => {
  it('names every model offered once, under its licence', () => {
    const groups = licenceGroups(CURATED_MODELS);
    const named = groups.flatMap((g) => g.models);
    expect(new Set(named).size).toBe(named.length);
    expect(named.sort()).toEqual([...new Set(CURATED_MODELS.map((m) => m.name))].sort());
    const of = (licence: string) => groups.find((g) => g.licence === licence)?.models ?? [];
    expect(of('Apache-2.0')).toEqual(
      expect.arrayContaining(['Qwen3 4B', 'Qwen3.5 0.8B', 'Gemma 4 E2B', 'SmolLM2 360M Instruct']),
    );
    expect(of('MIT')).toEqual(['Phi-4 mini Instruct']);
    expect(of('Llama 3.2 Community License')).toHaveLength(2);
    expect(groups.every((g) => g.url?.startsWith('https://'))).toBe(true);
  });
});
