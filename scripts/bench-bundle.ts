// npm run bench:bundle — how much JavaScript the first page loads, against the budget.
//   1. builds the production app (no test engine) into dist-bundle/, or reads a build given
//      with `-- --dist <folder>`;
//   2. follows index.html's module scripts and modulepreload links through their static
//      imports (dynamic import() chunks and workers load on demand, so they are not counted)
//      and prints each file's gzip size, the total, and the 80 kB budget;
//   3. prints the on-demand chunks: WebLLM's two (~6 MB each), the search worker, workbox;
//   4. exits 1 when the first load is over budget or carries WebLLM or the test engine.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  dynamicImports,
  FIRST_LOAD_BUDGET_BYTES,
  firstLoadScripts,
  MARKERS,
  staticClosure,
} from './lib/first-load.ts';
import { buildApp, ROOT } from './lib/preview.ts';

const OUT = 'dist-bundle';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gzip = (text: string | Buffer) => gzipSync(text).byteLength;

function build(): string {
  console.log(`building the production app into ${OUT}/ …`);
  buildApp(OUT, { VITE_TEST_ENGINE: undefined });
  return join(ROOT, OUT);
}

async function main(): Promise<number> {
  const at = process.argv.indexOf('--dist');
  const given = at >= 0 ? process.argv[at + 1] : undefined;
  const dist = given ? join(process.cwd(), given) : build();
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} not found: build first`);

  // index.html's URLs carry the base path (BASE_PATH); map them back onto the folder.
  const html = readFileSync(indexFile, 'utf8');
  const base = /<script[^>]+src="([^"]*?)assets\//.exec(html)?.[1] ?? '/';
  const root = new URL(`http://bench.invalid${base}`);
  const fileOf = (url: string) =>
    join(dist, decodeURIComponent(new URL(url).pathname.slice(root.pathname.length)));
  const files = await firstLoadScripts(html, root.href, async (url) =>
    readFileSync(fileOf(url), 'utf8'),
  );

  const problems: string[] = [];
  console.log('\nFirst load: the JavaScript index.html loads before the engine is asked for');
  let total = 0;
  for (const file of files) {
    const size = gzip(file.text);
    total += size;
    const name = relative(dist, fileOf(file.url));
    console.log(
      `  ${name.padEnd(44)} ${kB(Buffer.byteLength(file.text)).padStart(10)}  gzip ${kB(size).padStart(9)}`,
    );
    if (file.text.includes(MARKERS.webllm)) problems.push(`${name} contains WebLLM`);
    if (file.text.includes(MARKERS.testEngine)) problems.push(`${name} contains the test engine`);
  }
  const over = total > FIRST_LOAD_BUDGET_BYTES;
  console.log(
    `  ${'total'.padEnd(44)} ${''.padStart(10)}  gzip ${kB(total).padStart(9)}   budget ${kB(FIRST_LOAD_BUDGET_BYTES)}: ${over ? 'OVER' : `ok (${kB(FIRST_LOAD_BUDGET_BYTES - total)} to spare)`}`,
  );
  if (over)
    problems.push(
      `first-load JS is ${kB(total)} gzip, over the ${kB(FIRST_LOAD_BUDGET_BYTES)} budget`,
    );

  // What each dynamic import of the first load brings when it runs (a view's first visit).
  const read = async (url: string) => readFileSync(fileOf(url), 'utf8');
  const loaded = new Set(files.map((f) => f.url));
  const targets = [
    ...new Set(files.flatMap((f) => dynamicImports(f.text).map((s) => new URL(s, f.url).href))),
  ];
  console.log('\nLoaded on demand by the first load: each import() with what it imports');
  for (const target of targets) {
    const closure = await staticClosure([target], read, loaded);
    const size = closure.reduce((sum, f) => sum + gzip(f.text), 0);
    const names = closure.map((f) => relative(dist, fileOf(f.url)).replace(/^assets\//, ''));
    console.log(`  ${names.join(' + ').padEnd(60)} gzip ${kB(size).padStart(9)}`);
  }

  console.log('\nEvery on-demand file (dynamic imports and workers)');
  const firstLoad = new Set(files.map((f) => fileOf(f.url)));
  const assets = join(dist, 'assets');
  for (const name of readdirSync(assets)
    .filter((n) => n.endsWith('.js'))
    .sort()) {
    const path = join(assets, name);
    if (firstLoad.has(path)) continue;
    const bytes = readFileSync(path);
    const what = bytes.includes(MARKERS.webllm)
      ? name.includes('worker')
        ? 'WebLLM, in the model worker'
        : 'WebLLM, on the page (cache checks)'
      : name.includes('search.worker')
        ? 'search worker'
        : name.startsWith('workbox')
          ? 'service worker registration'
          : '';
    console.log(
      `  ${`assets/${name}`.padEnd(44)} ${kB(bytes.byteLength).padStart(10)}  gzip ${kB(gzip(bytes)).padStart(9)}   ${what}`,
    );
  }
  if (!given) rmSync(dist, { recursive: true, force: true });

  for (const problem of problems) console.error(`\nFAIL: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main();
}
