// Bedside's Content Security Policy. GitHub Pages cannot send headers, so the build puts it in
// a <meta http-equiv="Content-Security-Policy"> tag (scripts/vite-plugin-csp.ts); the dev server
// goes without (Vite injects inline styles and a websocket client there).
//
// Why each source is there:
// - script-src 'wasm-unsafe-eval': WebLLM compiles WebAssembly (model libraries, tokenizers).
//   Nothing in the bundle uses eval or new Function, so 'unsafe-eval' is not needed.
// - style-src 'self' only: every style is in the built CSS file; Svelte sets dynamic styles
//   through the CSSOM (element.style), which CSP does not restrict. No 'unsafe-inline', so
//   injected markup (e.g. model output) cannot carry style attributes.
// - img-src data:: small inline images (e.g. an SVG data URL) in rendered content.
// - connect-src: this site (the dataset) plus the model hosts (src/lib/engine/hosts.ts).
// - worker-src 'self': the search worker, the model worker and the service worker.
// frame-ancestors and report-uri are ignored in a meta tag, so they are not listed.
import { MODEL_HOSTS } from '../engine/hosts.ts';

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'", ...MODEL_HOSTS],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The policy as one header value: `default-src 'self'; script-src …`. */
export function contentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
