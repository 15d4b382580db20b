import { describe, expect, it } from 'vitest';
import { blockedModelSettings, injectCspMeta } from '../../../scripts/vite-plugin-csp';
import { MODEL_HOSTS } from '@/lib/engine/hosts';
import { contentSecurityPolicy } from '@/lib/security/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy());

  it('allows scripts from this site and WebAssembly, never eval or inline script', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('connects to this site and exactly the model hosts', () => {
    expect(policy.get('connect-src')).toEqual(["'self'", ...MODEL_HOSTS]);
  });
});

describe('injectCspMeta', () => {
  it('puts the policy right after <meta charset>, escaped for an attribute', () => {
    const html = '<html><head>\n<meta charset="UTF-8" />\n<title>x</title></head></html>';
    const out = injectCspMeta(html, `default-src 'self' "x"`);
    expect(out).toMatch(
      /<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self' &quot;x&quot;" \/>\s*<title>/,
    );
  });

  it('falls back to the start of <head>, and refuses a page without one', () => {
    expect(injectCspMeta('<head><title>x</title></head>', 'a')).toMatch(
      /^<head>\s*<meta http-equiv="Content-Security-Policy" content="a" \/>/,
    );
    expect(() => injectCspMeta('<p>no head</p>', 'a')).toThrow(/no <head>/);
  });
});

describe('blockedModelSettings', () => {
  it('stops a build whose fine-tuned model the policy would block', () => {
    expect(
      blockedModelSettings({
        VITE_FINETUNED_MODEL_URL: 'https://huggingface.co/me/bedside-MLC/resolve/main/',
        VITE_FINETUNED_MODEL_LIB_URL: 'https://raw.githubusercontent.com/o/r/main/lib.wasm',
      }),
    ).toEqual([]);
    expect(blockedModelSettings({})).toEqual([]);
    const [problem] = blockedModelSettings({
      VITE_FINETUNED_MODEL_URL: 'https://models.example.org/bedside/',
    });
    expect(problem).toMatch(
      /^VITE_FINETUNED_MODEL_URL=https:\/\/models\.example\.org\/bedside\/ is on a host/,
    );
  });
});
