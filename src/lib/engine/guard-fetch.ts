// The model worker's own network policy. A <meta> Content Security Policy governs the page
// only: a worker loaded from a URL takes its policy from its response headers, and GitHub
// Pages sends none (test/e2e/csp.spec.ts shows a worker's fetch to another host is not
// blocked). So the worker checks every fetch against the same host list as the page's policy
// (hosts.ts): a model saved before this policy, or a record pointing elsewhere, fails clearly
// instead of downloading from an unlisted host.
import { isAllowedModelUrl, MODEL_HOSTS_DESCRIPTION } from './hosts';

type Fetch = typeof fetch;

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/** `fetchFn`, refusing (as a network error, like CSP does) any URL the policy does not list. */
export function guardFetch(fetchFn: Fetch, origin: string): Fetch {
  return (input, init) => {
    const url = new URL(urlOf(input), origin).href;
    if (!isAllowedModelUrl(url, origin)) {
      return Promise.reject(
        new TypeError(
          `Blocked by Bedside's security policy: ${url} is not on ${MODEL_HOSTS_DESCRIPTION}.`,
        ),
      );
    }
    return fetchFn(input, init);
  };
}
