import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import registryJson from '../../../static-data/models.json';
import {
  appConfigFor,
  chatConfigUrl,
  contextWindowOf,
  CURATED_MODELS,
  curatedById,
  customEntry,
  downloadRange,
  FINETUNED_ID,
  finetunedSlot,
  precisionOf,
  resolveModelBaseUrl,
  weightFormatOf,
  type CustomModel,
} from '@/lib/engine/registry';

const prebuilt = new Map(prebuiltAppConfig.model_list.map((r) => [r.model_id, r]));

describe('models.json against WebLLM 0.2.86 prebuiltAppConfig', () => {
  it.each(registryJson.models.map((m) => [m.id, m] as const))(
    '%s: id, URLs, library, memory and flags match the prebuilt record',
    (id, model) => {
      const record = prebuilt.get(id);
      expect(record, `${id} is not a WebLLM 0.2.86 prebuilt model`).toBeDefined();
      expect(model.webllm.model).toBe(record?.model);
      expect(model.webllm.model_lib).toBe(record?.model_lib);
      expect(model.webllm.vram_required_MB).toBe(record?.vram_required_MB);
      expect(model.webllm.low_resource_required).toBe(record?.low_resource_required);
      expect((model.webllm as { required_features?: string[] }).required_features).toEqual(
        record?.required_features,
      );
      expect(model.webllm.overrides).toEqual(record?.overrides);
      // Our context window is the one WebLLM runs the model with.
      expect(model.contextWindow).toBe(record?.overrides?.context_window_size);
      // Nothing missing or added either (Gemma 4 needs model_manifest to load at all).
      expect({ ...model.webllm, model_id: id }).toEqual(record);
    },
  );

  it('lists the current generation, each in f16 and f32, with licence, rank and template', () => {
    const ids = CURATED_MODELS.map((m) => m.id);
    for (const family of [
      'Qwen3-0.6B',
      'Qwen3-1.7B',
      'Qwen3-4B',
      'Qwen3.5-0.8B',
      'Qwen3.5-2B',
      'Qwen3.5-4B',
      'Llama-3.2-3B-Instruct',
      'Phi-4-mini-instruct',
      'gemma-4-E2B-it',
      'SmolLM2-1.7B-Instruct',
    ]) {
      expect(ids).toContain(`${family}-q4f16_1-MLC`);
      expect(ids).toContain(`${family}-q4f32_1-MLC`);
    }
    for (const m of CURATED_MODELS) {
      expect(m.licence, m.id).toMatch(/^(Apache-2\.0|MIT|Llama 3\.2 Community License)$/);
      expect(m.quality, m.id).toBeGreaterThanOrEqual(1);
      expect(m.chatTemplate, m.id).toBeDefined();
      expect(m.goodFor.length, m.id).toBeGreaterThan(20);
      // Both builds of a model are the same model: same rank, licence and template.
      const sibling = CURATED_MODELS.find((x) => x.family === m.family && x.id !== m.id);
      expect(sibling && [sibling.quality, sibling.licence, sibling.chatTemplate]).toEqual([
        m.quality,
        m.licence,
        m.chatTemplate,
      ]);
    }
    const rank = (id: string) => curatedById(id)?.quality ?? 0;
    expect(rank('Qwen3-1.7B-q4f16_1-MLC')).toBeGreaterThan(
      rank('Qwen2.5-1.5B-Instruct-q4f16_1-MLC'),
    );
    expect(rank('Qwen3.5-4B-q4f16_1-MLC')).toBeGreaterThan(rank('Qwen3-4B-q4f16_1-MLC'));
    expect(rank('SmolLM2-360M-Instruct-q4f16_1-MLC')).toBe(
      Math.min(...CURATED_MODELS.map((m) => m.quality ?? 0)),
    );
  });

  it('marks the thinking families and carries WebLLM’s memory figures', () => {
    const thinking = CURATED_MODELS.filter((m) => m.thinking).map((m) => m.family);
    expect(new Set(thinking)).toEqual(
      new Set(['Qwen3-0.6B', 'Qwen3-1.7B', 'Qwen3-4B', 'Qwen3.5-0.8B', 'Qwen3.5-2B', 'Qwen3.5-4B']),
    );
    expect(curatedById('Qwen3.5-2B-q4f16_1-MLC')?.maxHistorySize).toBe(1);
    expect(curatedById('Qwen3-1.7B-q4f16_1-MLC')?.maxHistorySize).toBeUndefined();
    expect(curatedById('gemma-4-E2B-it-q4f16_1-MLC')?.bufferBytes).toBe(201326592);
    // The published Qwen3 MLC weights use the qwen2 conversation template.
    expect(curatedById('Qwen3-1.7B-q4f32_1-MLC')?.chatTemplate).toBe('qwen2');
  });

  it('offers SmolLM2-360M, Qwen2.5-0.5B and Llama-3.2-1B in f16 and f32, and a stronger model', () => {
    const ids = CURATED_MODELS.map((m) => m.id);
    for (const family of [
      'SmolLM2-360M-Instruct',
      'Qwen2.5-0.5B-Instruct',
      'Llama-3.2-1B-Instruct',
      'Qwen2.5-1.5B-Instruct',
    ]) {
      expect(ids).toContain(`${family}-q4f16_1-MLC`);
      expect(ids).toContain(`${family}-q4f32_1-MLC`);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('labels each entry f16 or f32 as its id says, and f16 records require shader-f16', () => {
    for (const m of CURATED_MODELS) {
      expect(m.precision).toBe(m.id.includes('q4f16') ? 'f16' : 'f32');
      expect(m.record?.model_id).toBe(m.id);
      // Qwen and Llama f16 prebuilts do not declare it; we add it so WebLLM checks it.
      if (m.precision === 'f16') expect(m.record?.required_features).toContain('shader-f16');
      else expect(m.record?.required_features ?? []).not.toContain('shader-f16');
    }
  });

  it('estimates downloads by the method it states (bits per weight × parameters + 10 MB)', () => {
    const bits = { f16: 4.5, f32: 5 } as const;
    for (const m of registryJson.models) {
      const expected =
        Math.round((m.parameters * bits[m.quantization as 'f16' | 'f32']) / 8 / 1e7 + 1) * 10;
      expect(m.downloadMB, m.id).toBe(expected);
    }
    expect(registryJson.downloadSizeMethod).toMatch(/estimated/i);
    // Smaller model, smaller download; f16 smaller than f32.
    const qwen16 = curatedById('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
    const qwen32 = curatedById('Qwen2.5-0.5B-Instruct-q4f32_1-MLC');
    expect(qwen16?.downloadBytes).toBe(290_000_000);
    expect((qwen16?.downloadBytes ?? 0) < (qwen32?.downloadBytes ?? 0)).toBe(true);
  });

  it('gives the first-visit notice the smallest and largest download', () => {
    // SmolLM2-360M f16 and Gemma 4 E2B f32 (5.1B stored parameters).
    expect(downloadRange(CURATED_MODELS)).toEqual([210_000_000, 3_200_000_000]);
    expect(downloadRange([])).toBeNull();
  });
});

describe('names and URLs', () => {
  it('reads the precision and weight format from MLC names', () => {
    expect(precisionOf('Llama-3.2-1B-Instruct-q4f16_1-MLC')).toBe('f16');
    expect(precisionOf('https://x.org/v0_2_86/Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm')).toBe(
      'f32',
    );
    expect(precisionOf('gemma-q0f16-MLC')).toBe('f16');
    expect(precisionOf('my-model')).toBeNull();
    expect(precisionOf('notq4f16x')).toBeNull();
    expect(weightFormatOf('Phi-3.5-mini-instruct-Q4F16_1-MLC')).toBe('q4f16_1');
  });

  it('resolves a model folder the way WebLLM does (resolve/main/ unless /resolve/<branch>/)', () => {
    expect(resolveModelBaseUrl('https://huggingface.co/mlc-ai/M')).toBe(
      'https://huggingface.co/mlc-ai/M/resolve/main/',
    );
    expect(resolveModelBaseUrl('https://huggingface.co/mlc-ai/M/')).toBe(
      'https://huggingface.co/mlc-ai/M/resolve/main/',
    );
    expect(resolveModelBaseUrl('https://huggingface.co/me/M/resolve/v2')).toBe(
      'https://huggingface.co/me/M/resolve/v2/',
    );
    expect(chatConfigUrl('https://models.example.org/m')).toBe(
      'https://models.example.org/m/resolve/main/mlc-chat-config.json',
    );
  });
});

describe('the fine-tuned slot', () => {
  const lib = 'https://example.org/libs/Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm';

  it('is not listed when its URLs are not configured', () => {
    expect(finetunedSlot({})).toEqual({ status: 'not-configured' });
    expect(finetunedSlot({ modelUrl: '  ', libUrl: '' })).toEqual({ status: 'not-configured' });
  });

  it('reports, and never lists, a half or malformed configuration', () => {
    const half = finetunedSlot({ modelUrl: 'https://huggingface.co/me/bedside' });
    expect(half.status).toBe('invalid');
    if (half.status === 'invalid') expect(half.problems.join(' ')).toMatch(/LIB_URL/);
    const notWasm = finetunedSlot({ modelUrl: 'https://h.org/m', libUrl: 'https://h.org/lib.js' });
    expect(notWasm.status).toBe('invalid');
    expect(finetunedSlot({ modelUrl: 'ftp://h.org/m', libUrl: lib }).status).toBe('invalid');
  });

  it('becomes a full entry, with the figures of its base build, when both URLs are set', () => {
    const modelUrl = 'https://huggingface.co/me/bedside-smollm2-360m-q4f16_1-MLC/resolve/main/';
    const libUrl = curatedById('SmolLM2-360M-Instruct-q4f16_1-MLC')?.record?.model_lib ?? '';
    const slot = finetunedSlot({ modelUrl, libUrl });
    expect(slot.status).toBe('configured');
    if (slot.status !== 'configured') return;
    // The recipe's default base is Qwen3-1.7B; SmolLM2-360M is found from its library's name.
    expect(registryJson.finetuned.basedOn).toBe('Qwen3-1.7B-q4f16_1-MLC');
    expect(slot.entry).toMatchObject({
      id: FINETUNED_ID,
      source: 'finetuned',
      precision: 'f16',
      contextWindow: 4096,
      vramMB: 376.06,
      downloadBytes: 210_000_000,
    });
    // The record scripts/finetune/README.md documents.
    expect(slot.entry.record).toEqual({
      model: modelUrl,
      model_id: FINETUNED_ID,
      model_lib: libUrl,
      vram_required_MB: 376.06,
      low_resource_required: true,
      required_features: ['shader-f16'],
      overrides: { context_window_size: 4096 },
    });
  });

  it('takes the f32 build’s figures when the URLs name q4f32_1', () => {
    const slot = finetunedSlot({
      modelUrl: 'https://huggingface.co/me/bedside-smollm2-360m-q4f32_1-MLC',
      libUrl: lib.replace('Qwen2-0.5B', 'SmolLM2-360M'),
    });
    if (slot.status !== 'configured') throw new Error('expected configured');
    expect(slot.entry).toMatchObject({ precision: 'f32', vramMB: 579.61 });
    expect(slot.entry.record?.required_features).toBeUndefined();
  });

  it('uses basedOn (Qwen3-1.7B) and its precision when the URLs do not say', () => {
    const slot = finetunedSlot({
      modelUrl: 'https://huggingface.co/me/bedside',
      libUrl: 'https://example.org/bedside-webgpu.wasm',
    });
    if (slot.status !== 'configured') throw new Error('expected configured');
    expect(slot.entry.precision).toBe('f16');
    expect(slot.entry.vramMB).toBe(2036.66);
    // A Qwen3 fine-tune is a thinking model: the engine switches thinking off, as in training.
    expect(slot.entry).toMatchObject({ thinking: true, chatTemplate: 'qwen2' });
  });

  it('recognises the Qwen3-1.7B q4f32_1 library the recipe reuses', () => {
    const lib = curatedById('Qwen3-1.7B-q4f32_1-MLC')?.record?.model_lib ?? '';
    expect(lib).toMatch(/v0_2_86\/base\/Qwen3-1\.7B-q4f32_1_cs1k-webgpu\.wasm$/);
    const slot = finetunedSlot({
      modelUrl: 'https://huggingface.co/me/bedside-q4f32_1',
      libUrl: lib,
    });
    if (slot.status !== 'configured') throw new Error('expected configured');
    expect(slot.entry).toMatchObject({ precision: 'f32', vramMB: 2635.44, contextWindow: 4096 });
  });
});

describe('custom models and the app config', () => {
  const custom: CustomModel = {
    id: 'Mine-q4f16_1-MLC',
    modelUrl: 'https://models.example.org/mine',
    modelLibUrl: 'https://models.example.org/mine.wasm',
    contextWindow: 2048,
    precision: 'f16',
    weightFormat: 'q4f16_1',
    addedAt: 1,
  };

  it('turns a saved custom model into an entry whose record WebLLM can load', () => {
    const entry = customEntry(custom);
    expect(entry).toMatchObject({ id: custom.id, source: 'custom', precision: 'f16' });
    expect(entry.record).toEqual({
      model: custom.modelUrl,
      model_id: custom.id,
      model_lib: custom.modelLibUrl,
      overrides: { context_window_size: 2048 },
      required_features: ['shader-f16'],
    });
  });

  it('always uses the IndexedDB cache backend, with only real WebLLM records', () => {
    const config = appConfigFor([
      ...CURATED_MODELS,
      customEntry(custom),
      { ...customEntry(custom), id: 'no-record', record: null },
    ]);
    expect(config.cacheBackend).toBe('indexeddb');
    expect(config.model_list).toHaveLength(CURATED_MODELS.length + 1);
    expect(config.model_list.map((r) => r.model_id)).not.toContain('no-record');
  });

  it('tells the prompt builder each model’s context window', () => {
    expect(contextWindowOf(custom.id, [customEntry(custom)])).toBe(2048);
    expect(contextWindowOf('Llama-3.2-1B-Instruct-q4f32_1-MLC', CURATED_MODELS)).toBe(4096);
    expect(contextWindowOf('unknown', CURATED_MODELS)).toBe(4096);
  });
});
