// The Models view's list: one row per model with its builds; the build shown first is the one
// that matters here (in use, downloaded, recommended, or what this GPU runs best).
import { describe, expect, it } from 'vitest';
import { groupModels } from '@/lib/engine/model-groups';
import { CURATED_MODELS } from '@/lib/engine/registry';
import { TEST_ENGINE_ENTRIES } from '@/lib/engine/test-engine';

const models = [...CURATED_MODELS, ...TEST_ENGINE_ENTRIES];

describe('groupModels', () => {
  it('lists each model once with both builds, in the registry order', () => {
    const groups = groupModels(models, { preferred: 'f32', pinned: [] });
    expect(groups).toHaveLength(CURATED_MODELS.length / 2 + TEST_ENGINE_ENTRIES.length);
    expect(groups[0]!.family).toBe('SmolLM2-360M-Instruct');
    for (const group of groups.slice(0, -2)) {
      expect(group.builds.map((b) => b.precision)).toEqual(['f16', 'f32']);
    }
    expect(groups.at(-1)!.builds).toEqual([TEST_ENGINE_ENTRIES[1]]);
  });

  it('shows the build this GPU runs best, unless another build is in use or on this device', () => {
    const f32 = groupModels(models, { preferred: 'f32', pinned: [] });
    expect(f32.every((g) => g.shown.precision === 'f32' || g.builds.length === 1)).toBe(true);
    const f16 = groupModels(models, { preferred: 'f16', pinned: [] });
    expect(f16[0]!.shown.id).toBe('SmolLM2-360M-Instruct-q4f16_1-MLC');

    // An f32 download on an f16 GPU (say, from before) is what the person has: it shows.
    const kept = groupModels(models, {
      preferred: 'f16',
      pinned: [null, undefined, 'Qwen3-1.7B-q4f32_1-MLC'],
    });
    expect(kept.find((g) => g.family === 'Qwen3-1.7B')!.shown.id).toBe('Qwen3-1.7B-q4f32_1-MLC');
    expect(kept.find((g) => g.family === 'Qwen3-4B')!.shown.precision).toBe('f16');
  });
});
