// Puts Bedside's Content Security Policy (src/lib/security/csp.ts) into the built index.html,
// right after <meta charset>, before any script, stylesheet or manifest link, so it governs all
// of them. Build only: the dev server needs inline styles and its websocket, and GitHub Pages
// cannot send the policy as a header.
import type { Plugin } from 'vite';
import { isAllowedModelUrl } from '../src/lib/engine/hosts.ts';
import { contentSecurityPolicy } from '../src/lib/security/csp.ts';

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

export function contentSecurityPolicyMeta(policy = contentSecurityPolicy()): Plugin {
  return {
    name: 'bedside-csp',
    apply: 'build',
    configResolved(config) {
      const problems = blockedModelSettings(config.env);
      if (problems.length > 0) throw new Error(`bedside-csp: ${problems.join(' ')}`);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => injectCspMeta(html, policy),
    },
  };
}
