// Starts downloading the first view's code with the page. Each view loads on demand
// (src/app/views.ts), so without help its chunks are requested only once the entry chunk has
// downloaded and run: a second round trip before the first paint (Lighthouse's "network
// dependency tree"). A few lines of inline script in index.html read the route from the
// address and add <link rel="modulepreload"> for that view's chunks and rel="preload" for its
// CSS, so they download in parallel with the entry. Other views cost nothing. The links are
// crossorigin, as Vite's own (the entry's modulepreloads, and the stylesheet links its loader
// adds): a preload whose credentials mode differs from the request's is not used, and the file
// downloads twice (Chromium: "A preload … is found, but is not used"). The script's
// hash is added to the Content Security Policy (vite-plugin-csp.ts).
import type { Plugin, Rolldown } from 'vite';

/** Route → the view module it shows (the `import()` target in src/app/views.ts). */
export const ROUTE_VIEWS: Readonly<Record<string, string>> = {
  chat: 'src/views/ChatView.svelte',
  dataset: 'src/views/DatasetView.svelte',
  models: 'src/views/ModelsView.svelte',
  bench: 'src/views/BenchView.svelte',
  about: 'src/views/AboutView.svelte',
};
/** What an empty or unknown address shows (src/lib/router.ts DEFAULT_VIEW). */
export const DEFAULT_ROUTE = 'chat';

interface ChunkLike {
  fileName: string;
  imports: readonly string[];
  facadeModuleId: string | null;
  isEntry: boolean;
  importedCss: readonly string[];
}

function chunks(bundle: Rolldown.OutputBundle): ChunkLike[] {
  return Object.values(bundle)
    .filter((o): o is Rolldown.OutputChunk => o.type === 'chunk')
    .map((c) => ({
      fileName: c.fileName,
      imports: c.imports,
      facadeModuleId: c.facadeModuleId,
      isEntry: c.isEntry,
      importedCss: [...(c.viteMetadata?.importedCss ?? [])],
    }));
}

/** `roots` and every chunk they import statically, in dependency order. */
function closure(roots: readonly ChunkLike[], byFile: Map<string, ChunkLike>): ChunkLike[] {
  const seen = new Set<string>();
  const out: ChunkLike[] = [];
  const visit = (chunk: ChunkLike) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const dep of chunk.imports) {
      const next = byFile.get(dep);
      if (next) visit(next);
    }
    out.push(chunk);
  };
  roots.forEach(visit);
  return out;
}

/** For each route, the files its view needs beyond what index.html loads: `[url, isCss]`. */
export function routeFiles(
  all: readonly ChunkLike[],
  base: string,
  views: Readonly<Record<string, string>> = ROUTE_VIEWS,
): Record<string, [string, 0 | 1][]> {
  const byFile = new Map(all.map((c) => [c.fileName, c]));
  const initial = closure(
    all.filter((c) => c.isEntry),
    byFile,
  );
  const loaded = new Set(initial.flatMap((c) => [c.fileName, ...c.importedCss]));
  const out: Record<string, [string, 0 | 1][]> = {};
  for (const [route, view] of Object.entries(views)) {
    const root = all.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${view}`));
    if (!root) throw new Error(`bedside-route-preload: no chunk for ${view}`);
    const files: [string, 0 | 1][] = [];
    for (const chunk of closure([root], byFile)) {
      if (loaded.has(chunk.fileName)) continue;
      for (const css of chunk.importedCss) if (!loaded.has(css)) files.push([base + css, 1]);
      files.push([base + chunk.fileName, 0]);
    }
    out[route] = files;
  }
  return out;
}

/** The inline script: adds the preload links of the route in the address. */
export function preloadScript(files: Record<string, [string, 0 | 1][]>, fallback: string): string {
  return (
    `(function(){var f=${JSON.stringify(files)};` +
    `var r=(/^#\\/?([^/?]*)/.exec(location.hash)||[])[1];var l=f[r]||f[${JSON.stringify(fallback)}];` +
    `for(var i=0;i<l.length;i++){var e=document.createElement('link');` +
    `if(l[i][1]){e.rel='preload';e.as='style'}else{e.rel='modulepreload'}` +
    `e.crossOrigin='';e.href=l[i][0];document.head.appendChild(e)}})()`
  );
}

export function routePreload(): Plugin {
  let base = '/';
  return {
    name: 'bedside-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const script = preloadScript(routeFiles(chunks(ctx.bundle), base), DEFAULT_ROUTE);
        // Before the entry's <script type="module">, so that both start at once.
        return html.replace('</title>', `</title>\n    <script>${script}</script>`);
      },
    },
  };
}
