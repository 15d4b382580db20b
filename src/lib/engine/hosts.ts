// Where model files may come from: the one list that both the Content Security Policy
// (src/lib/security/csp.ts, injected into index.html at build time) and the custom model form
// (custom-models.ts) use, so the form never accepts a URL the policy would then block.
//
// Hugging Face serves a file from huggingface.co/<repo>/resolve/<branch>/<file>, which redirects
// to a storage or CDN host, and CSP checks every redirect target. Those hosts have changed
// several times (cdn-lfs.huggingface.co, cdn-lfs-us-1.huggingface.co, cdn-lfs-us-1.hf.co,
// cas-bridge.xethub.hf.co, regional *.cdn.hf.co; see mlc-ai/web-llm PRs #603 and #769, and
// Hugging Face's own advice to allow *.hf.co and *.huggingface.co rather than pin a copy of
// the list). So Hugging Face is allowed by domain wildcard: both domains belong to Hugging Face
// and serve public files. User-run servers live elsewhere (*.hf.space, *.huggingface.cloud)
// and stay blocked. raw.githubusercontent.com serves WebLLM's prebuilt model libraries (.wasm).

/** CSP host sources (scheme + host, `*.` for any subdomain) that model files may come from. */
export const MODEL_HOSTS = [
  'https://huggingface.co',
  'https://*.huggingface.co',
  'https://*.hf.co',
  'https://raw.githubusercontent.com',
] as const;

/** How the form names the allowed places in its messages. */
export const MODEL_HOSTS_DESCRIPTION = 'this site, Hugging Face or raw.githubusercontent.com';

/** Whether `url` matches a CSP host source like `https://*.hf.co` (default port only). */
export function matchesHostSource(url: URL, source: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):\/\/(\*\.)?([^/:]+)$/i.exec(source);
  if (!match) return false;
  const [, scheme, wildcard, host] = match;
  if (url.protocol !== `${scheme!.toLowerCase()}:` || url.port !== '') return false;
  const hostname = url.hostname.toLowerCase();
  const wanted = host!.toLowerCase();
  return wildcard ? hostname.endsWith(`.${wanted}`) : hostname === wanted;
}

/**
 * Whether this build's security policy lets the page fetch `url`: same origin as the app
 * (`origin`, e.g. location.origin), or one of MODEL_HOSTS. Unparseable URLs are not allowed.
 */
export function isAllowedModelUrl(url: string, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.origin === origin && origin !== 'null') return true;
  return MODEL_HOSTS.some((source) => matchesHostSource(parsed, source));
}
