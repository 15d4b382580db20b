import { describe, expect, it } from 'vitest';
import { CancelledError, WorkerCrashedError } from '@/lib/engine/engine';
import {
  classifyError,
  describeFailure,
  EngineError,
  errorText,
  type FailureContext,
} from '@/lib/engine/errors';

const HF = 'https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC/resolve/main';
const load: FailureContext = {
  phase: 'load',
  model: { id: 'Llama-3.2-1B-Instruct-q4f32_1-MLC', name: 'Llama 3.2 1B', downloadBytes: 780e6 },
};

// Raw errors as they really arrive: worker errors are strings (err.toString() in WebLLM's
// handler), others are Errors or DOMExceptions.
const samples: [string, unknown][] = [
  ['cancelled', new CancelledError()],
  [
    'no-webgpu',
    'Error: WebGPUNotAvailableError: WebGPU is not supported in your current environment',
  ],
  ['no-webgpu', new Error('Cannot find WebGPU in the environment')],
  [
    'no-shader-f16',
    'ShaderF16SupportError: This model requires WebGPU extension shader-f16, which is not enabled in this browser.',
  ],
  [
    'quota',
    `Error: Failed to store ${HF}/params_shard_3.bin with error: QuotaExceededError: The quota has been exceeded.`,
  ],
  ['quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  [
    'network',
    `Error: Failed to store ${HF}/mlc-chat-config.json with error: TypeError: Failed to fetch`,
  ],
  ['network', new TypeError('NetworkError when attempting to fetch resource.')],
  [
    'blocked',
    "Error: Failed to store https://models.example.org/m/resolve/main/mlc-chat-config.json with error: TypeError: Blocked by Bedside's security policy: https://models.example.org/m/resolve/main/mlc-chat-config.json is not on this site, Hugging Face or raw.githubusercontent.com.",
  ],
  [
    'unreachable',
    `Error: Failed to store ${HF}/tensor-cache.json with error: Error: Network response was not ok`,
  ],
  [
    'device-lost',
    'DeviceLostError: The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).',
  ],
  ['device-lost', new RangeError('Array buffer allocation failed')],
  ['device-lost', new WorkerCrashedError('Uncaught RangeError')],
  ['integrity', `IntegrityError: Integrity verification failed for ${HF}/tokenizer.json`],
  ['corrupt', 'SyntaxError: Unexpected token < in JSON at position 0'],
  ['corrupt', 'CompileError: WebAssembly.instantiate(): expected magic word 00 61 73 6d'],
  ['corrupt', 'LinkError: WebAssembly.Instance(): Import #3 module="env" function="x"'],
  [
    'context-window',
    'Error: Prompt tokens exceed context window size: number of prompt tokens: 5000',
  ],
  ['unknown', 'Something odd'],
  ['unknown', undefined],
  ['unknown', { code: 7 }],
];

describe('classifyError', () => {
  it.each(samples)('%s ← %s', (kind, raw) => {
    expect(classifyError(raw)).toBe(kind);
  });

  it('is not misled by words inside URLs (f16, json, lost)', () => {
    const raw = `Error: Failed to store https://h.org/lost-f16/out-of-memory.json with error: TypeError: Failed to fetch`;
    expect(classifyError(raw)).toBe('network');
  });

  it('reads any thrown value as text', () => {
    expect(errorText('plain')).toBe('plain');
    expect(errorText(new TypeError('Failed to fetch'))).toBe('TypeError: Failed to fetch');
    expect(errorText({ message: 'from an object' })).toBe('from an object');
    expect(errorText(null)).toBe('null');
  });
});

describe('describeFailure', () => {
  it('quota: says how much is needed and available, that the partial download is gone', () => {
    const f = describeFailure(new DOMException('quota', 'QuotaExceededError'), {
      ...load,
      storage: { usage: 900e6, quota: 1000e6 },
      smallerAlternative: { id: 'SmolLM2-360M-Instruct-q4f32_1-MLC', name: 'SmolLM2 360M' },
    });
    expect(f.title).toBe('Not enough storage space');
    expect(f.message).toContain('Llama 3.2 1B needs about 780.0 MB');
    expect(f.message).toContain('about 100.0 MB more');
    expect(f.message).toMatch(/partial download was deleted/);
    expect(f.action).toEqual({
      kind: 'choose-model',
      label: 'Load SmolLM2 360M instead',
      modelId: 'SmolLM2-360M-Instruct-q4f32_1-MLC',
    });
    expect(describeFailure('QuotaExceededError', load).action?.kind).toBe('free-space');
  });

  it('network: offers a retry and says finished files are reused', () => {
    const f = describeFailure('TypeError: Failed to fetch', load);
    expect(f.action).toEqual({ kind: 'retry', label: 'Retry download' });
    expect(f.message).toMatch(/kept and will not be downloaded again/);
  });

  it('blocked host: names the allowed hosts and offers no pointless retry', () => {
    const f = describeFailure("TypeError: Blocked by Bedside's security policy: x", load);
    expect(f.title).toBe('This model is served from a host that is not allowed');
    expect(f.message).toMatch(/only allows models served from this site, Hugging Face or raw/);
    expect(f.action).toBeNull();
  });

  it('device lost while answering: unloaded, conversation kept, a smaller model offered', () => {
    const f = describeFailure('DeviceLostError: device lost', {
      ...load,
      phase: 'generate',
      smallerAlternative: { id: 'small', name: 'SmolLM2 360M' },
    });
    expect(f.message).toMatch(/unloaded; your conversation is kept/);
    expect(f.action).toMatchObject({ kind: 'choose-model', modelId: 'small' });
    expect(describeFailure('device lost', load).action?.kind).toBe('retry');
  });

  it('f16 on a GPU without it: offers the f32 build', () => {
    const f = describeFailure('ShaderF16SupportError', {
      ...load,
      f32Alternative: { id: 'x-q4f32_1', name: 'X' },
    });
    expect(f.action).toMatchObject({ kind: 'choose-model', modelId: 'x-q4f32_1' });
  });

  it('corrupt or failed integrity: delete and download again', () => {
    expect(describeFailure('SyntaxError: Unexpected token', load).action?.kind).toBe('redownload');
    expect(describeFailure('IntegrityError: x', load).action?.kind).toBe('redownload');
  });

  it('keeps the raw text for the details, and cancelling is not a failure', () => {
    const f = describeFailure('weird', load);
    expect(f.detail).toBe('weird');
    expect(f.message).toContain('weird');
    const cancelled = describeFailure(new CancelledError(), load);
    expect(cancelled.action).toBeNull();
    expect(cancelled.message).toMatch(/Nothing was marked as downloaded/);
  });

  it('wraps a failure in an EngineError for callers', () => {
    const error = new EngineError(describeFailure('TypeError: Failed to fetch', load));
    expect(error.failure.kind).toBe('network');
    expect(error.message).toMatch(/^Download interrupted:/);
  });
});
