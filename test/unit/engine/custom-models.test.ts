import { describe, expect, it, vi } from 'vitest';
import {
  checkCustomModel,
  HOST_NOT_ALLOWED,
  validateCustomModelInput,
} from '@/lib/engine/custom-models';

const good = {
  id: 'Bedside-q4f32_1-MLC',
  modelUrl: 'https://huggingface.co/me/Bedside-q4f32_1-MLC',
  modelLibUrl:
    'https://raw.githubusercontent.com/me/libs/main/Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm',
};
const config = {
  context_window_size: 32768,
  quantization: 'q4f32_1',
  tokenizer_files: ['tokenizer.json'],
  conv_template: { name: 'qwen2' },
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status });
}

describe('validateCustomModelInput', () => {
  it('accepts well-formed fields and trims them', () => {
    const result = validateCustomModelInput(
      { id: ` ${good.id} `, modelUrl: `${good.modelUrl}  `, modelLibUrl: good.modelLibUrl },
      [],
    );
    expect(result).toEqual({ ok: true, value: good });
  });

  it('gives one clear message per bad field', () => {
    const result = validateCustomModelInput(
      { id: 'bad id!', modelUrl: 'huggingface.co/me/x', modelLibUrl: 'https://x.org/lib.js' },
      [],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.id).toMatch(/letters, digits/);
    expect(result.errors.modelUrl).toMatch(/http:\/\/ or https:\/\//);
    expect(result.errors.modelLibUrl).toMatch(/\.wasm/);
  });

  it('refuses model and library URLs on a host the security policy would block', () => {
    const elsewhere = validateCustomModelInput(
      {
        ...good,
        modelUrl: 'https://models.example.org/Bedside-q4f32_1-MLC',
        modelLibUrl: 'https://cdn.example.org/lib.wasm',
      },
      [],
      'https://bedside.example',
    );
    if (elsewhere.ok) throw new Error('expected a refusal');
    expect(elsewhere.errors.modelUrl).toBe(HOST_NOT_ALLOWED);
    expect(elsewhere.errors.modelLibUrl).toBe(HOST_NOT_ALLOWED);
    expect(HOST_NOT_ALLOWED).toMatch(
      /only allows models served from this site, Hugging Face or raw\.githubusercontent\.com/,
    );
    // Hugging Face's file hosts, and this site itself, are fine.
    for (const [modelUrl, modelLibUrl] of [
      ['https://cdn-lfs-us-1.hf.co/x', 'https://raw.githubusercontent.com/o/r/main/lib.wasm'],
      ['https://bedside.example/models/mine', 'https://bedside.example/models/mine.wasm'],
    ] as const) {
      const ok = validateCustomModelInput(
        { ...good, modelUrl, modelLibUrl },
        [],
        'https://bedside.example',
      );
      expect(ok.ok).toBe(true);
    }
  });

  it('refuses empty fields, other schemes and an ID already listed', () => {
    const empty = validateCustomModelInput({ id: '', modelUrl: '', modelLibUrl: '' }, []);
    expect(empty.ok || Object.keys(empty.errors)).toEqual(['id', 'modelUrl', 'modelLibUrl']);
    const taken = validateCustomModelInput({ ...good, modelUrl: 'javascript:alert(1)' }, [good.id]);
    expect(taken.ok).toBe(false);
    if (!taken.ok) {
      expect(taken.errors.id).toMatch(/already listed/);
      expect(taken.errors.modelUrl).toBeDefined();
    }
  });
});

describe('checkCustomModel', () => {
  it('reads mlc-chat-config.json where WebLLM will (resolve/main/) and keeps what it needs', async () => {
    const fetchFn = vi.fn(async (url: string, init?: RequestInit) =>
      init?.method === 'HEAD' ? new Response(null, { status: 200 }) : json(config),
    );
    const result = await checkCustomModel(good, fetchFn, () => 42);
    expect(fetchFn).toHaveBeenCalledWith(
      'https://huggingface.co/me/Bedside-q4f32_1-MLC/resolve/main/mlc-chat-config.json',
      expect.objectContaining({ cache: 'no-store' }),
    );
    expect(fetchFn).toHaveBeenCalledWith(
      good.modelLibUrl,
      expect.objectContaining({ method: 'HEAD' }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        ...good,
        contextWindow: 4096,
        precision: 'f32',
        weightFormat: 'q4f32_1',
        addedAt: 42,
      },
    });
  });

  it('explains a 404, including where WebLLM looked', async () => {
    const result = await checkCustomModel(good, async () => new Response('', { status: 404 }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.modelUrl).toMatch(/answered 404/);
      expect(result.errors.modelUrl).toMatch(/adds resolve\/main\//);
    }
    const branch = await checkCustomModel(
      { ...good, modelUrl: 'https://h.org/m/resolve/v1/' },
      async () => new Response('', { status: 404 }),
    );
    if (!branch.ok) expect(branch.errors.modelUrl).not.toMatch(/adds resolve/);
  });

  it('explains an unreachable host (CORS or network) and a library that is missing', async () => {
    const down = await checkCustomModel(good, async () => {
      throw new TypeError('Failed to fetch');
    });
    if (down.ok) throw new Error('expected a failure');
    expect(down.errors.modelUrl).toMatch(
      /Could not reach .*Failed to fetch.*Access-Control-Allow-Origin/,
    );

    const noLib = await checkCustomModel(good, async (_url, init) =>
      init?.method === 'HEAD' ? new Response(null, { status: 404 }) : json(config),
    );
    if (noLib.ok) throw new Error('expected a failure');
    expect(noLib.errors).toEqual({ modelLibUrl: `${good.modelLibUrl} answered 404.` });
  });

  it('refuses a folder that is not an MLC model, and accepts a host that does not answer HEAD', async () => {
    const html = await checkCustomModel(good, async () => new Response('<html>', { status: 200 }));
    if (html.ok) throw new Error('expected a failure');
    expect(html.errors.modelUrl).toMatch(/is not JSON/);
    const other = await checkCustomModel(good, async () => json({ hello: 1 }));
    if (other.ok) throw new Error('expected a failure');
    expect(other.errors.modelUrl).toMatch(/not an MLC chat config/);
    const noHead = await checkCustomModel(good, async (_url, init) =>
      init?.method === 'HEAD'
        ? new Response(null, { status: 405 })
        : json({ ...config, context_window_size: 2048 }),
    );
    expect(noHead.ok && noHead.value.contextWindow).toBe(2048);
  });
});
