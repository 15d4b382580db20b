// Hash routing: `#/<view>[/<id>][?key=value]`. Hash routes need no server rewrites, so deep
// links work on GitHub Pages. Pure functions; the Svelte side only listens to `hashchange`.

export const VIEWS = ['chat', 'dataset', 'models', 'bench', 'about'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  chat: 'Chat',
  dataset: 'Dataset',
  models: 'Models',
  bench: 'Benchmark',
  about: 'About',
};

export const DEFAULT_VIEW: View = 'chat';

export interface Route {
  view: View;
  /** The path segment after the view, e.g. a dialogue id in `#/dataset/v1-12`. */
  id: string | null;
  params: Record<string, string>;
}

function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}

/** Parses `location.hash`. Unknown or empty hashes land on the default view. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  const view = isView(first) ? first : DEFAULT_VIEW;
  const id = isView(first) && rest.length > 0 ? decodeURIComponent(rest.join('/')) : null;
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) params[key] = value;
  return { view, id, params };
}

/** Builds the hash for a route: `href('dataset', { id: 'v1-3' })` → `#/dataset/v1-3`. */
export function href(
  view: View,
  options: { id?: string | null; params?: Record<string, string> } = {},
): string {
  let out = `#/${view}`;
  if (options.id) out += `/${encodeURIComponent(options.id)}`;
  const query = new URLSearchParams(options.params ?? {}).toString();
  if (query) out += `?${query}`;
  return out;
}
