import { describe, expect, it } from 'vitest';
import type { Capability } from '@/lib/engine/capability';
import {
  assessFit,
  f32Sibling,
  gpuMemoryBudgetMB,
  misfit,
  recommendModel,
  smallerAlternative,
} from '@/lib/engine/choose';
import {
  laptop4GB,
  phoneClass,
  swiftshader as swiftshaderFixture,
} from '../../fixtures/capability';
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

  it('on a desktop GPU with shader-f16 picks the strongest f16 model that fits', () => {
    const rec = recommendModel(CURATED_MODELS, cap());
    // 4096 MB estimated, 90 % of it usable: Qwen3 4B (3432 MB) fits, Qwen3.5 4B (3868 MB) not.
    expect(rec?.model.id).toBe('Qwen3-4B-q4f16_1-MLC');
    expect(rec?.why).toMatch(
      /Qwen3 4B is the strongest model that fits.*about 4096 MB of GPU memory/,
    );
    expect(rec?.why).toMatch(/Qwen3\.5 4B is left out: it needs about 3868 MB/);
    expect(rec?.reasons.at(-1)).toBe(rec?.why);
  });

  it('without shader-f16 only ever recommends f32 builds', () => {
    for (const c of [cap({ shaderF16: false }), phone(4, false), phone(2, false), swiftshader]) {
      expect(recommendModel(CURATED_MODELS, c)?.model.precision).toBe('f32');
    }
    expect(recommendModel(CURATED_MODELS, cap({ shaderF16: false }))?.model.id).toBe(
      'Llama-3.2-3B-Instruct-q4f32_1-MLC',
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
    ).toBe('Llama-3.2-3B-Instruct-q4f32_1-MLC');
  });
});

describe('recommendModel on the three reference devices', () => {
  it('SwiftShader (software, no shader-f16): the smallest f32 model, because every model crawls', () => {
    const rec = recommendModel(CURATED_MODELS, swiftshaderFixture);
    expect(rec?.model.id).toBe('SmolLM2-360M-Instruct-q4f32_1-MLC');
    expect(rec?.why).toMatch(/software.*smallest, SmolLM2 360M Instruct\./);
  });

  it('a 4 GB f16 laptop GPU: Qwen3 4B, the strongest model under its memory', () => {
    const rec = recommendModel(CURATED_MODELS, laptop4GB);
    expect(rec?.model.id).toBe('Qwen3-4B-q4f16_1-MLC');
    expect(rec?.precision).toBe('f16');
  });

  it('a phone-class adapter: a small model built for phones, within a quarter of its memory', () => {
    // 4 GB phone: 1024 MB estimate, 922 usable, low power by default: Llama 3.2 1B (879 MB).
    expect(recommendModel(CURATED_MODELS, phoneClass)?.model.id).toBe(
      'Llama-3.2-1B-Instruct-q4f16_1-MLC',
    );
    // 8 GB phone: 1843 MB usable: Qwen3.5 0.8B (1629 MB), the strongest under a billion.
    const big = recommendModel(CURATED_MODELS, { ...phoneClass, deviceMemoryGB: 8 });
    expect(big?.model.id).toBe('Qwen3.5-0.8B-q4f16_1-MLC');
    // Turning low power off lets an 8 GB phone take a larger model built for phones.
    const heavy = recommendModel(
      CURATED_MODELS,
      { ...phoneClass, deviceMemoryGB: 8 },
      { lowPower: false },
    );
    expect(heavy?.model.id).toBe('Qwen2.5-1.5B-Instruct-q4f16_1-MLC');
  });

  it('never recommends a model that is not built for small buffers on a phone', () => {
    for (const memory of [4, 8]) {
      const rec = recommendModel(
        CURATED_MODELS,
        { ...phoneClass, deviceMemoryGB: memory },
        { lowPower: false },
      );
      expect(rec?.model.lowResource).toBe(true);
    }
  });
});

describe('preferences: low power and the download the person accepts', () => {
  it('low power keeps to about a billion parameters, on any device', () => {
    const rec = recommendModel(CURATED_MODELS, laptop4GB, { lowPower: true });
    expect(rec?.model.id).toBe('Qwen3.5-0.8B-q4f16_1-MLC');
    expect(rec?.why).toMatch(/left out: it is too large for low-power use/);
  });

  it('a download limit keeps to models whose estimate is within it', () => {
    const rec = recommendModel(CURATED_MODELS, laptop4GB, { maxDownloadBytes: 1_000_000_000 });
    expect(rec?.model.id).toBe('Qwen3-1.7B-q4f16_1-MLC');
    expect((rec?.model.downloadBytes ?? Infinity) <= 1e9).toBe(true);
    expect(rec?.why).toMatch(/download is larger than the 1000 MB you accept/);
    // Nothing fits a tiny limit: the smallest is offered as the best chance, and says so.
    const none = recommendModel(CURATED_MODELS, laptop4GB, { maxDownloadBytes: 1e6 });
    expect(none?.model.id).toBe('SmolLM2-360M-Instruct-q4f16_1-MLC');
    expect(none?.why).toMatch(/may not fit/);
    expect(none?.why).toMatch(
      /even its download \(about 210 MB\) may not fit within the 1 MB you accept/,
    );
  });

  it('says in a few words why a model is left out, or null when it fits', () => {
    expect(misfit(byId('Qwen3-4B-q4f16_1-MLC'), laptop4GB)).toBeNull();
    expect(misfit(byId('Qwen3.5-4B-q4f16_1-MLC'), laptop4GB)).toBe(
      'it needs about 3868 MB of GPU memory',
    );
    expect(misfit(byId('Qwen3-4B-q4f16_1-MLC'), swiftshaderFixture)).toBe(
      'it is not the f32 build',
    );
    expect(misfit(byId('Phi-4-mini-instruct-q4f16_1-MLC'), phoneClass)).toBe(
      'it is not built for small GPUs',
    );
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

  it('blocks a model whose largest buffer exceeds what the GPU allows', () => {
    const gemma = byId('gemma-4-E2B-it-q4f16_1-MLC'); // needs one 192 MiB buffer
    const fit = assessFit(gemma, cap({ maxStorageBufferBindingSize: 128 * 2 ** 20 }));
    expect(fit.level).toBe('blocked');
    expect(fit.reasons[0]).toMatch(/single GPU buffer of 192 MB; this GPU allows 128 MB/);
    expect(assessFit(gemma, cap()).level).toBe('ok');
    expect(assessFit(gemma, cap({ maxBufferSize: 2 ** 27 })).reasons[0]).toMatch(/at least 256 MB/);
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
