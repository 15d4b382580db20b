// What JavaScript a page loads before anything is asked of it: the module scripts and
// modulepreload links of index.html, and every module they import statically, transitively.
// Dynamic import() chunks and workers are not followed: they load on demand. Shared by
// scripts/bench-bundle.ts (files on disk) and test/e2e/subpath.spec.ts (files over HTTP).

/** The URLs of <script type="module" src> and <link rel="modulepreload" href> in the page. */
export function entryScripts(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((v) => v !== undefined);
    if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src')) out.push(attr('src')!);
    if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href')) {
      out.push(attr('href')!);
    }
  }
  return out;
}

/**
 * The specifiers of a module's static imports and re-exports (`import … from "x"`,
 * `import "x"`, `export … from "x"`), never `import("x")`. Made for bundler output.
 */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  const pattern =
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const match of js.matchAll(pattern)) out.push(match[2]!);
  return out;
}

/** The specifiers of a module's dynamic `import("…")` calls with a literal string. */
export function dynamicImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[^\w$.])import\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)].map((m) => m[2]!);
}

export interface FirstLoadFile {
  url: string;
  text: string;
}

/**
 * Every module the page at `pageUrl` loads up front, each once, in discovery order. `read`
 * fetches a URL's text; imports of bare package names cannot occur in built output and are
 * reported as an error.
 */
export async function firstLoadScripts(
  html: string,
  pageUrl: string,
  read: (url: string) => Promise<string>,
): Promise<FirstLoadFile[]> {
  return staticClosure(
    entryScripts(html).map((src) => new URL(src, pageUrl).href),
    read,
  );
}

/**
 * Every module the modules at `urls` import statically, themselves included, each once and
 * leaving out those in `skip` (e.g. what the first load brought already).
 */
export async function staticClosure(
  urls: string[],
  read: (url: string) => Promise<string>,
  skip: ReadonlySet<string> = new Set(),
): Promise<FirstLoadFile[]> {
  const seen = new Set<string>(skip);
  const files: FirstLoadFile[] = [];
  const queue = [...urls];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const text = await read(url);
    files.push({ url, text });
    for (const spec of staticImports(text)) {
      if (!/^(\.{1,2}\/|\/|https?:)/.test(spec)) {
        throw new Error(`${url} imports "${spec}", which a browser cannot resolve`);
      }
      queue.push(new URL(spec, url).href);
    }
  }
  return files;
}

/** Text that is only in WebLLM's library, and only in the test engine. */
export const MARKERS = {
  webllm: 'ArtifactIndexedDBCache',
  testEngine: 'deterministic test engine',
} as const;

/** The first-load budget, gzip: what must arrive before the app is usable. */
export const FIRST_LOAD_BUDGET_BYTES = 80_000;

/** The script URLs of a module's `new Worker(new URL("…", import.meta.url))` calls. */
export function workerScripts(js: string): string[] {
  return [...js.matchAll(/new\s+Worker\(\s*new\s+URL\(\s*(["'`])([^"'`\n]+)\1/g)].map((m) => m[2]!);
}
