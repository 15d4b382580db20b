// ModelCatalog and the person's preferences: read back on the next visit, damaged values read
// as "automatic" / "no limit", and the recommendation and each model's misfit follow them.
import { describe, expect, it } from 'vitest';
import { TEST_ENGINE_ENTRY } from '@/lib/engine/test-engine';
import { createEngineState, LOW_POWER_KEY, MAX_DOWNLOAD_KEY } from '@/state/engine';
import { fakeModelDb, fakeSettings } from './engine-fakes';
import { laptop4GB, phoneClass } from '../../fixtures/capability';

function catalogOn(capability = laptop4GB, settings = new Map<string, unknown>()) {
  return createEngineState({
    capability: { capability },
    db: fakeModelDb().db,
    settings: fakeSettings(settings),
    finetuned: { status: 'not-configured' },
    extraModels: [TEST_ENGINE_ENTRY],
  }).catalog;
}

describe('ModelCatalog: preferences', () => {
  it('are kept, read back, and re-rank the recommendation', async () => {
    const settings = new Map<string, unknown>();
    const catalog = catalogOn(laptop4GB, settings);
    await catalog.ready;
    expect(catalog.recommended?.model.id).toBe('Qwen3-4B-q4f16_1-MLC');
    await catalog.setPrefs({ lowPower: true });
    expect(catalog.recommended?.model.id).toBe('Qwen3.5-0.8B-q4f16_1-MLC');
    await catalog.setPrefs({ maxDownloadBytes: 250e6 });
    expect(catalog.recommended?.model.id).toBe('SmolLM2-360M-Instruct-q4f16_1-MLC');
    expect(settings.get(LOW_POWER_KEY)).toBe(true);
    expect(settings.get(MAX_DOWNLOAD_KEY)).toBe(250e6);

    const next = catalogOn(laptop4GB, settings);
    await next.ready;
    expect(next.prefs).toEqual({ lowPower: true, maxDownloadBytes: 250e6 });
    await next.setPrefs({ lowPower: null, maxDownloadBytes: null });
    expect(settings.has(LOW_POWER_KEY)).toBe(false);
    expect(settings.has(MAX_DOWNLOAD_KEY)).toBe(false);
    expect(next.recommended?.model.id).toBe('Qwen3-4B-q4f16_1-MLC');
  });

  it('damaged stored values read as automatic and no limit; low power is automatic on a phone', async () => {
    const settings = new Map<string, unknown>([
      [LOW_POWER_KEY, 'yes'],
      [MAX_DOWNLOAD_KEY, -5],
    ]);
    const catalog = catalogOn({ ...phoneClass, deviceMemoryGB: 8 }, settings);
    await catalog.ready;
    expect(catalog.prefs).toEqual({ lowPower: null, maxDownloadBytes: null });
    expect(catalog.misfit(catalog.model('Qwen2.5-1.5B-Instruct-q4f16_1-MLC')!)).toBe(
      'it is too large for low-power use',
    );
    // No judgement on what Bedside cannot judge: the test engine.
    expect(catalog.misfit(TEST_ENGINE_ENTRY)).toBeNull();
  });
});
