import { describe, expect, it, vi } from 'vitest';
import { guardFetch } from '@/lib/engine/guard-fetch';

const ORIGIN = 'https://bedside.example';

describe('guardFetch', () => {
  it('passes model hosts and this site through, unchanged', async () => {
    const inner = vi.fn(async () => new Response('ok'));
    const guarded = guardFetch(inner, ORIGIN);
    const init = { method: 'HEAD' };
    await guarded('https://huggingface.co/mlc-ai/x/resolve/main/tensor-cache.json', init);
    await guarded(new URL('https://raw.githubusercontent.com/o/r/main/lib.wasm'));
    await guarded(new Request('https://cas-bridge.xethub.hf.co/shard'));
    await guarded('/data/manifest.json'); // relative: this site
    expect(inner).toHaveBeenCalledTimes(4);
    expect(inner.mock.calls[0]).toEqual([
      'https://huggingface.co/mlc-ai/x/resolve/main/tensor-cache.json',
      init,
    ]);
  });

  it('refuses any other host like a network error, without a request', async () => {
    const inner = vi.fn(async () => new Response('ok'));
    const guarded = guardFetch(inner, ORIGIN);
    await expect(guarded('https://example.org/weights.bin')).rejects.toThrow(
      new TypeError(
        "Blocked by Bedside's security policy: https://example.org/weights.bin is not on this site, Hugging Face or raw.githubusercontent.com.",
      ),
    );
    expect(inner).not.toHaveBeenCalled();
  });
});
