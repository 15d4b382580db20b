import { describe, expect, it } from 'vitest';
import type { Capability } from '@/lib/engine/capability';
import {
  assessFit,
  f32Sibling,
  gpuMemoryBudgetMB,
  recommendModel,
  smallerAlternative,
} from '@/lib/engine/choose';
import {
  CURATED_MODELS,
  curatedById,
  customEntry,
  finetunedSlot,
  type ModelEntry,
} from '@/lib/engine/registry';
import { TEST_ENGINE_ENTRY } from '@/lib/engine/test-engine';

const GiB = 2 ** 30;

function cap(overrides: Partial<Capability> = {}): Capability {
  return {
    status: 'ok',
    reason: null,
    vendor: 'nvidia',
    architecture: 'ampere',
    device: '',
    description: '',
    isSoftware: false,
    shaderF16: true,
    maxStorageBufferBindingSize: 2 * GiB,
    maxBufferSize: 4 * GiB,
    deviceMemoryGB: 8,
    isMobile: false,
    userAgent: '',
    ...overrides,
  };
}

const swiftshader = cap({
  vendor: 'google',
  architecture: 'swiftshader',
  isSoftware: true,
  shaderF16: false,
  maxStorageBufferBindingSize: GiB,
});
const phone = (memory: number | null, f16 = true) =>
  cap({
    vendor: 'qualcomm',
    isMobile: true,
    shaderF16: f16,
    deviceMemoryGB: memory,
    maxStorageBufferBindingSize: 256 * 2 ** 20,
  });

const byId = (id: string) => curatedById(id) as ModelEntry;

describe('recommendModel', () => {
  it('on SwiftShader (no shader-f16, software) picks the smallest f32 model and says why', () => {
    const rec = recommendModel(CURATED_MODELS, swiftshader);
    expect(rec?.model.id).toBe('SmolLM2-360M-Instruct-q4f32_1-MLC');
    expect(rec?.precision).toBe('f32');
    expect(rec?.reasons.join(' ')).toMatch(/no 16-bit shaders/);
    expect(rec?.reasons.join(' ')).toMatch(/software.*smallest/);
  });

  it('on a desktop GPU with shader-f16 picks the largest f16 model that fits', () => {
    const rec = recommendModel(CURATED_MODELS, cap());
    expect(rec?.model.id).toBe('Qwen2.5-1.5B-Instruct-q4f16_1-MLC');
    expect(rec?.reasons.join(' ')).toMatch(/about 4096 MB of GPU memory.*largest model that fits/i);
  });

  it('without shader-f16 only ever recommends f32 builds', () => {
    for (const c of [cap({ shaderF16: false }), phone(4, false), phone(2, false), swiftshader]) {
      expect(recommendModel(CURATED_MODELS, c)?.model.precision).toBe('f32');
    }
    expect(recommendModel(CURATED_MODELS, cap({ shaderF16: false }))?.model.id).toBe(
      'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
    );
  });

  it('on a phone keeps to the memory estimate', () => {
    // 4 GB phone: a quarter, 1024 MB. Llama 1B f16 needs 879 MB, Qwen 1.5B 1630 MB.
    expect(recommendModel(CURATED_MODELS, phone(4))?.model.id).toBe(
      'Llama-3.2-1B-Instruct-q4f16_1-MLC',
    );
    // Unknown memory counts as 4 GB.
    expect(recommendModel(CURATED_MODELS, phone(null))?.model.id).toBe(
      'Llama-3.2-1B-Instruct-q4f16_1-MLC',
    );
    // 2 GB phone without f16: 512 MB; nothing f32 fits, the smallest is the best chance.
    const small = recommendModel(CURATED_MODELS, phone(2, false));
    expect(small?.model.id).toBe('SmolLM2-360M-Instruct-q4f32_1-MLC');
    expect(small?.reasons.join(' ')).toMatch(/may not fit/);
  });

  it('never recommends without WebGPU, nor a custom model or the test engine', () => {
    expect(recommendModel(CURATED_MODELS, cap({ status: 'no-webgpu' }))).toBeNull();
    const huge = customEntry({
      id: 'Huge-q4f16_1-MLC',
      modelUrl: 'https://m.example/h',
      modelLibUrl: 'https://m.example/h.wasm',
      contextWindow: 4096,
      precision: 'f16',
      weightFormat: 'q4f16_1',
      addedAt: 0,
    });
    const rec = recommendModel(
      [huge, TEST_ENGINE_ENTRY, byId('Qwen2.5-0.5B-Instruct-q4f16_1-MLC')],
      cap(),
    );
    expect(rec?.model.id).toBe('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
    expect(recommendModel([TEST_ENGINE_ENTRY], cap())).toBeNull();
  });

  it('prefers the fine-tuned model whenever it fits, even over larger models', () => {
    const slot = finetunedSlot({
      modelUrl: 'https://huggingface.co/me/bedside-smollm2-360m-q4f16_1-MLC',
      libUrl: curatedById('SmolLM2-360M-Instruct-q4f16_1-MLC')?.record?.model_lib,
    });
    if (slot.status !== 'configured') throw new Error('expected configured');
    const rec = recommendModel([...CURATED_MODELS, slot.entry], cap());
    expect(rec?.model.id).toBe('bedside-finetuned');
    expect(rec?.reasons.join(' ')).toMatch(/fine-tuned on the medical dialogues/);
    // An f16 fine-tune is not offered to a GPU without shader-f16.
    expect(
      recommendModel([...CURATED_MODELS, slot.entry], cap({ shaderF16: false }))?.model.id,
    ).toBe('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
  });
});

describe('assessFit', () => {
  it('blocks every f16 build on a GPU without shader-f16, even those WebLLM does not flag', () => {
    // The Qwen2.5 f16 prebuilt declares no required_features; the id says f16.
    const fit = assessFit(byId('Qwen2.5-0.5B-Instruct-q4f16_1-MLC'), swiftshader);
    expect(fit.level).toBe('blocked');
    expect(fit.reasons[0]).toMatch(/shader-f16.*f32 build/);
    expect(
      assessFit(byId('Qwen2.5-0.5B-Instruct-q4f32_1-MLC'), cap({ shaderF16: false })).level,
    ).toBe('ok');
  });

  it('blocks everything without WebGPU, except the test engine', () => {
    const none = cap({ status: 'no-adapter' });
    expect(assessFit(byId('SmolLM2-360M-Instruct-q4f32_1-MLC'), none).level).toBe('blocked');
    expect(assessFit(TEST_ENGINE_ENTRY, none).level).toBe('ok');
  });

  it('warns (never silently offers) a model larger than the memory estimate', () => {
    const fit = assessFit(byId('Qwen2.5-1.5B-Instruct-q4f32_1-MLC'), phone(4, false));
    expect(fit.level).toBe('warn');
    expect(fit.reasons.join(' ')).toMatch(/1889 MB.*about 1024 MB.*device lost/);
  });

  it('warns on a software renderer and about unknown precision without shader-f16', () => {
    expect(assessFit(byId('SmolLM2-360M-Instruct-q4f32_1-MLC'), swiftshader)).toMatchObject({
      level: 'warn',
      reasons: [expect.stringMatching(/software.*very slow/)],
    });
    const unknown = customEntry({
      id: 'mystery',
      modelUrl: 'https://m.example/x',
      modelLibUrl: 'https://m.example/x.wasm',
      contextWindow: 4096,
      precision: null,
      weightFormat: null,
      addedAt: 0,
    });
    expect(assessFit(unknown, cap({ shaderF16: false })).reasons[0]).toMatch(
      /precision is unknown/,
    );
    expect(assessFit(unknown, cap()).level).toBe('ok');
  });

  it('estimates GPU memory from device memory: half on a desktop, a quarter on a phone', () => {
    expect(gpuMemoryBudgetMB(cap())).toBe(4096);
    expect(gpuMemoryBudgetMB(phone(8))).toBe(2048);
    expect(gpuMemoryBudgetMB(cap({ deviceMemoryGB: null }))).toBe(2048);
    expect(gpuMemoryBudgetMB(cap({ status: 'error' }))).toBe(0);
  });
});

describe('alternatives after a failure', () => {
  it('suggests a clearly smaller model that runs here after device lost', () => {
    expect(smallerAlternative('Qwen2.5-1.5B-Instruct-q4f16_1-MLC', CURATED_MODELS, cap())?.id).toBe(
      'Llama-3.2-1B-Instruct-q4f16_1-MLC',
    );
    expect(smallerAlternative('Llama-3.2-1B-Instruct-q4f16_1-MLC', CURATED_MODELS, cap())?.id).toBe(
      'SmolLM2-360M-Instruct-q4f16_1-MLC',
    );
    expect(
      smallerAlternative('Llama-3.2-1B-Instruct-q4f32_1-MLC', CURATED_MODELS, swiftshader)?.id,
    ).toBe('SmolLM2-360M-Instruct-q4f32_1-MLC');
    expect(
      smallerAlternative('SmolLM2-360M-Instruct-q4f32_1-MLC', CURATED_MODELS, swiftshader),
    ).toBeUndefined();
  });

  it('finds the f32 build of an f16 model', () => {
    expect(f32Sibling(byId('Llama-3.2-1B-Instruct-q4f16_1-MLC'), CURATED_MODELS)?.id).toBe(
      'Llama-3.2-1B-Instruct-q4f32_1-MLC',
    );
    expect(f32Sibling(byId('Llama-3.2-1B-Instruct-q4f32_1-MLC'), CURATED_MODELS)).toBeUndefined();
  });
});
