// ModelCatalog: which models exist, the recommendation, Chat's model (kept across visits),
// context windows and custom models.
import { describe, expect, it } from 'vitest';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import { createEngineState, SELECTED_MODEL_KEY } from '@/state/engine';
import {
  fakeModelDb,
  fakeSettings,
  LLAMA32,
  pendingCapability,
  setup,
  SMOL32,
} from './engine-fakes';
import { swiftshader } from '../../fixtures/capability';

describe('ModelCatalog: choice and selection', () => {
  it('recommends an f32 model on SwiftShader and uses it until the user chooses', async () => {
    const { catalog, settingsMap } = setup();
    await catalog.ready;
    expect(catalog.recommended?.model.id).toBe(SMOL32);
    expect(catalog.selectedModel?.id).toBe(SMOL32);
    await catalog.select(LLAMA32);
    expect(catalog.selectedModel?.id).toBe(LLAMA32);
    expect(settingsMap.get(SELECTED_MODEL_KEY)).toBe(LLAMA32);

    const again = setup({ settings: settingsMap });
    await again.catalog.ready;
    expect(again.catalog.selectedModel?.id).toBe(LLAMA32);
    expect(again.catalog.contextWindow()).toBe(4096);
  });

  it('lists the test engine only when given, and the fine-tuned model only when configured', async () => {
    const { catalog } = setup();
    expect(catalog.models.some((m) => m.source === 'test' || m.source === 'finetuned')).toBe(false);
    const withTest = createEngineState({
      capability: { capability: swiftshader },
      extraModels: [TEST_ENGINE_ENTRY],
      createEngine: () => new TestEngine({ tokenDelayMs: 1, loadStepMs: 1 }),
      db: fakeModelDb().db,
      finetuned: { status: 'not-configured' },
    }).catalog;
    expect(withTest.models.at(-1)?.id).toBe(TEST_ENGINE_ENTRY.id);
    expect(withTest.recommended?.model.id).not.toBe(TEST_ENGINE_ENTRY.id);
  });

  it('says what to offer instead of a model: its f32 build, or a smaller one', async () => {
    const { catalog } = setup();
    const f16 = catalog.model('Llama-3.2-1B-Instruct-q4f16_1-MLC')!;
    expect(catalog.alternatives(f16).f32?.id).toBe(LLAMA32);
    expect(catalog.alternatives(catalog.model(LLAMA32)!).smaller?.id).toBe(SMOL32);
  });

  it('recommends nothing until the device check is done, then the f32 build', async () => {
    const { state: capability, finish } = pendingCapability();
    const { catalog } = createEngineState({
      capability,
      db: fakeModelDb().db,
      settings: fakeSettings(),
      finetuned: { status: 'not-configured' },
      extraModels: [],
    });
    expect(catalog.recommended).toBeNull();
    expect(catalog.fit(catalog.model(SMOL32)!)).toBeNull();
    const known = catalog.capabilityKnown();
    finish(swiftshader);
    await known;
    expect(catalog.recommended?.model.id).toBe(SMOL32);
    expect(catalog.fit(catalog.model(SMOL32)!)?.level).not.toBe('blocked');
  });
});

describe('ModelCatalog: custom models', () => {
  const input = {
    id: 'Mine-q4f32_1-MLC',
    modelUrl: 'https://huggingface.co/me/mine',
    modelLibUrl: 'https://huggingface.co/me/mine/resolve/main/mine.wasm',
  };

  it('returns field errors without checking the network, and keeps a valid model', async () => {
    const { catalog, checkCustom, db } = setup();
    await catalog.ready;
    const bad = await catalog.addCustomModel({ ...input, id: SMOL32 });
    expect(bad.ok).toBe(false);
    expect(checkCustom).not.toHaveBeenCalled();
    const good = await catalog.addCustomModel(input);
    expect(good.ok).toBe(true);
    expect(db.putCustom).toHaveBeenCalled();
    expect(catalog.model(input.id)?.source).toBe('custom');
    expect(catalog.contextWindow(input.id)).toBe(2048);
  });

  it('removing a custom model deletes its files and forgets the selection', async () => {
    const { catalog, cache, db } = setup();
    await catalog.ready;
    await catalog.addCustomModel(input);
    await catalog.select(input.id);
    await catalog.removeCustomModel(input.id);
    expect(cache.delete).toHaveBeenCalledWith(expect.objectContaining({ id: input.id }));
    expect(db.deleteCustom).toHaveBeenCalledWith(input.id);
    expect(catalog.model(input.id)).toBeUndefined();
    expect(catalog.selectedModelId).toBeNull();
  });
});
