import { describe, expect, it } from 'vitest';
import { isAllowedModelUrl, matchesHostSource, MODEL_HOSTS } from '@/lib/engine/hosts';
import registry from '../../../static-data/models.json';

const ORIGIN = 'https://bedside.example';

describe('isAllowedModelUrl', () => {
  it('allows every curated model and library URL', () => {
    for (const model of registry.models) {
      expect(isAllowedModelUrl(model.webllm.model, ORIGIN), model.webllm.model).toBe(true);
      expect(isAllowedModelUrl(model.webllm.model_lib, ORIGIN), model.webllm.model_lib).toBe(true);
    }
  });

  it('allows the hosts Hugging Face downloads redirect to, old and new', () => {
    for (const host of [
      'cdn-lfs.huggingface.co',
      'cdn-lfs-us-1.huggingface.co',
      'cdn-lfs-us-1.hf.co',
      'cas-bridge.xethub.hf.co',
      'us.gcp.cdn.hf.co',
    ]) {
      expect(isAllowedModelUrl(`https://${host}/repos/ab/cd/shard.bin?x=1`, ORIGIN), host).toBe(
        true,
      );
    }
  });

  it('allows this site, and nothing else', () => {
    expect(isAllowedModelUrl(`${ORIGIN}/models/mine/mlc-chat-config.json`, ORIGIN)).toBe(true);
    for (const url of [
      'https://example.org/model',
      'https://huggingface.co.evil.example/model', // a look-alike suffix
      'https://evilhuggingface.co/model', // no dot before the allowed domain
      'https://hf.co/model', // *.hf.co covers subdomains only, as in CSP
      'https://my-space.hf.space/model', // user-run servers
      'http://huggingface.co/model', // plain http
      'https://huggingface.co:8443/model', // another port
      'https://gist.githubusercontent.com/x/lib.wasm',
      'not a url',
      '',
    ]) {
      expect(isAllowedModelUrl(url, ORIGIN), url).toBe(false);
    }
  });

  it('does not treat an opaque origin as this site', () => {
    expect(isAllowedModelUrl('data:text/plain,x', 'null')).toBe(false);
  });
});

describe('matchesHostSource', () => {
  it('matches like CSP: wildcards for any subdomain depth, default port only', () => {
    const url = (s: string) => new URL(s);
    expect(matchesHostSource(url('https://a.b.hf.co/x'), 'https://*.hf.co')).toBe(true);
    expect(matchesHostSource(url('https://HF.CO.example/x'), 'https://*.hf.co')).toBe(false);
    expect(matchesHostSource(url('https://huggingface.co/x'), 'https://huggingface.co')).toBe(true);
    expect(matchesHostSource(url('https://huggingface.co/x'), 'not a source')).toBe(false);
  });

  it('lists only https sources', () => {
    for (const source of MODEL_HOSTS) expect(source).toMatch(/^https:\/\//);
  });
});
