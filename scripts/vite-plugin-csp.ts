// Puts Bedside's Content Security Policy (src/lib/security/csp.ts) into the built index.html,
// right after <meta charset>, before any script, stylesheet or manifest link, so it governs all
// of them. Build only: the dev server needs inline styles and its websocket, and GitHub Pages
// cannot send the policy as a header. The inline <script> and <style> elements the build put
// into index.html (vite-plugin-route-preload.ts, vite-plugin-inline-css.ts) are allowed by
// their sha256 and nothing else is: no 'unsafe-inline'.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { isAllowedModelUrl } from '../src/lib/engine/hosts.ts';
import { contentSecurityPolicy, CSP_DIRECTIVES } from '../src/lib/security/csp.ts';

/** Build settings holding model URLs, which the policy must allow. */
const MODEL_URL_SETTINGS = ['VITE_FINETUNED_MODEL_URL', 'VITE_FINETUNED_MODEL_LIB_URL'] as const;

/** Why the build's model URLs would be blocked by the policy; empty when they are fine. */
export function blockedModelSettings(env: Record<string, unknown>): string[] {
  return MODEL_URL_SETTINGS.flatMap((name) => {
    const value = env[name];
    if (typeof value !== 'string' || value === '' || isAllowedModelUrl(value, 'null')) return [];
    return [
      `${name}=${value} is on a host the Content Security Policy blocks: host the files on Hugging Face or raw.githubusercontent.com, or add the host to src/lib/engine/hosts.ts.`,
    ];
  });
}

/** Inserts the meta tag after <meta charset …>, or first in <head> when there is none. */
export function injectCspMeta(html: string, policy: string): string {
  const escaped = policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escaped}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
  }
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('bedside-csp: index.html has no <head>');
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of the inline `<script>` (without src) and `<style>` elements of `html`. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const bodies = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => sha256(m[1] ?? ''));
  return {
    scripts: bodies(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi),
    styles: bodies(/<style[^>]*>([\s\S]*?)<\/style>/gi),
  };
}

/** The policy for `html`: Bedside's, with its inline scripts and styles allowed by hash. */
export function policyFor(html: string, directives = CSP_DIRECTIVES): string {
  const { scripts, styles } = inlineHashes(html);
  return contentSecurityPolicy({
    ...directives,
    'script-src': [...(directives['script-src'] ?? []), ...scripts],
    'style-src': [...(directives['style-src'] ?? []), ...styles],
  });
}

export function contentSecurityPolicyMeta(policy?: string): Plugin {
  return {
    name: 'bedside-csp',
    apply: 'build',
    configResolved(config) {
      const problems = blockedModelSettings(config.env);
      if (problems.length > 0) throw new Error(`bedside-csp: ${problems.join(' ')}`);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => injectCspMeta(html, policy ?? policyFor(html)),
    },
  };
}
