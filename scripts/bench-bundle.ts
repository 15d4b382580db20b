// npm run bench:bundle — how much JavaScript a visitor downloads, against the budgets.
//   1. builds the production app (no test engine, with source maps) into dist-bundle/, or
//      reads a build given with `-- --dist <folder>`;
//   2. first load: index.html's module scripts and modulepreload links with their static
//      imports (budget 80 kB gzip), and what each on-demand import() brings;
//   3. landing on Chat, Dataset and Models in headless Chromium: every script the page loads
//      before the engine is asked for (target for Chat: < 80 kB gzip), each chunk with the
//      sources it is made of (from its source map), so that it is clear what to defer;
//      the workers started meanwhile are listed apart;
//   4. WebLLM: the copies a visitor downloads (page, workers, service-worker precache);
//      target: one, in the model worker;
//   5. exits 1 when a target is missed, or the first load carries WebLLM or the test engine.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  dynamicImports,
  FIRST_LOAD_BUDGET_BYTES,
  firstLoadScripts,
  MARKERS,
  staticClosure,
  workerScripts,
} from './lib/first-load.ts';
import { machineReport } from './lib/machine.ts';
import { buildApp, freshContext, launchChromium, preview, ROOT } from './lib/preview.ts';
import { bytesBySource, sourceGroup, type SourceMapLike } from './lib/source-sizes.ts';

const OUT = 'dist-bundle';
const CHAT_LANDING_TARGET_BYTES = 80_000;
const ROUTES = ['chat', 'dataset', 'models'] as const;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
/** The chunk as served, without the source-map comment a --sourcemap build appends. */
const served = (text: string) => text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
const gzip = (text: string) => gzipSync(served(text)).byteLength;

interface Dist {
  dir: string;
  /** The folder's URL as the page sees it (the base path of the build). */
  root: URL;
  fileOf(url: string): string;
  read(url: string): Promise<string>;
  name(url: string): string;
}

function openDist(dir: string): Dist {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // index.html's URLs carry the base path (BASE_PATH); map them back onto the folder.
  const base = /<script[^>]+src="([^"]*?)assets\//.exec(html)?.[1] ?? '/';
  const root = new URL(`http://bench.invalid${base}`);
  const fileOf = (url: string) =>
    join(dir, decodeURIComponent(new URL(url, root).pathname.slice(root.pathname.length)));
  return {
    dir,
    root,
    fileOf,
    read: async (url) => readFileSync(fileOf(url), 'utf8'),
    name: (url) => relative(dir, fileOf(url)),
  };
}

/** What a chunk is made of, biggest first, as shares of its gzip size (from its source map). */
function composition(file: string, text: string): string {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return '(no source map)';
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapLike;
  const groups = new Map<string, number>();
  for (const [source, bytes] of bytesBySource(served(text), map)) {
    const group = sourceGroup(source);
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  const zipped = gzip(text);
  const parts = [...groups].sort((a, b) => b[1] - a[1]);
  const shown = parts.slice(0, 6).map(([g, n]) => `${g} ≈${kB((n / total) * zipped)}`);
  if (parts.length > 6) shown.push(`${parts.length - 6} more`);
  return shown.join(', ');
}

/** Scripts the page and its workers load on landing at `route`, until the network is idle. */
async function landing(
  url: string,
  route: string,
  dist: Dist,
  browser: Awaited<ReturnType<typeof launchChromium>>,
): Promise<{ page: string[]; workers: string[] }> {
  // No service worker: its precache downloads are counted under WebLLM below, not here.
  const context = await freshContext(browser, { serviceWorkers: 'block' });
  const scripts = new Set<string>();
  const workers = new Set<string>();
  const page = await context.newPage();
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.url().startsWith(url)) scripts.add(r.url());
  });
  page.on('worker', (w) => workers.add(w.url()));
  await page.goto(`${url}#/${route}`);
  await page.waitForLoadState('networkidle');
  await context.close();
  const toDist = (u: string) => new URL(u.slice(url.length), dist.root).href;
  const workerFiles = new Set(
    (await staticClosure([...workers].map(toDist), dist.read)).map((f) => f.url),
  );
  const pageFiles = [...scripts].map(toDist).filter((u) => !workerFiles.has(u));
  return { page: pageFiles, workers: [...workerFiles] };
}

async function main(): Promise<number> {
  const machine = machineReport();
  const at = process.argv.indexOf('--dist');
  const given = at >= 0 ? process.argv[at + 1] : undefined;
  let dir: string;
  if (given) dir = isAbsolute(given) ? given : join(process.cwd(), given);
  else {
    console.log(`building the production app into ${OUT}/ …`);
    buildApp(OUT, { VITE_TEST_ENGINE: undefined }, ['--sourcemap']);
    dir = join(ROOT, OUT);
  }
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html not found`);
  const dist = openDist(dir);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const problems: string[] = [];
  const row = (name: string, text: string, note = '') =>
    `  ${name.padEnd(46)} ${kB(Buffer.byteLength(served(text))).padStart(10)}  gzip ${kB(gzip(text)).padStart(9)}  ${note}`;

  // 1. First load.
  const first = await firstLoadScripts(html, dist.root.href, dist.read);
  console.log('\nFirst load: the JavaScript index.html loads before anything is asked of it');
  let total = 0;
  for (const file of first) {
    total += gzip(file.text);
    console.log(row(dist.name(file.url), file.text));
    if (file.text.includes(MARKERS.webllm)) problems.push(`${dist.name(file.url)} contains WebLLM`);
    if (file.text.includes(MARKERS.testEngine))
      problems.push(`${dist.name(file.url)} contains the test engine`);
  }
  const over = total > FIRST_LOAD_BUDGET_BYTES;
  console.log(
    `  ${'total'.padEnd(46)} ${''.padStart(10)}  gzip ${kB(total).padStart(9)}  budget ${kB(FIRST_LOAD_BUDGET_BYTES)}: ${over ? 'OVER' : `ok (${kB(FIRST_LOAD_BUDGET_BYTES - total)} to spare)`}`,
  );
  if (over)
    problems.push(`first-load JS is ${kB(total)} gzip, over ${kB(FIRST_LOAD_BUDGET_BYTES)}`);

  const loaded = new Set(first.map((f) => f.url));
  const targets = [
    ...new Set(first.flatMap((f) => dynamicImports(f.text).map((s) => new URL(s, f.url).href))),
  ];
  console.log('\nLoaded on demand by the first load: each import() with what it imports');
  for (const target of targets) {
    const closure = await staticClosure([target], dist.read, loaded);
    const size = closure.reduce((sum, f) => sum + gzip(f.text), 0);
    const names = closure.map((f) => dist.name(f.url).replace(/^assets\//, ''));
    console.log(`  ${names.join(' + ').padEnd(62)} gzip ${kB(size).padStart(9)}`);
  }

  // 2. Landing on each route, in Chromium.
  const server = await preview(dir);
  const browser = await launchChromium();
  const landed: Record<string, { page: string[]; workers: string[] }> = {};
  const chromium = browser.version();
  try {
    for (const route of ROUTES) landed[route] = await landing(server.url, route, dist, browser);
  } finally {
    await browser.close();
    server.stop();
  }
  const sizeOf = async (urls: string[]) =>
    (await Promise.all(urls.map(async (u) => gzip(await dist.read(u))))).reduce((a, b) => a + b, 0);
  console.log('\nLanding on a view: the scripts the page loads before the engine is asked for');
  for (const route of ROUTES) {
    const { page, workers } = landed[route]!;
    const size = await sizeOf(page);
    const target =
      route === 'chat'
        ? `target < ${kB(CHAT_LANDING_TARGET_BYTES)}: ${size < CHAT_LANDING_TARGET_BYTES ? 'ok' : 'MISSED'}`
        : '';
    console.log(`  #/${route.padEnd(10)} page gzip ${kB(size).padStart(9)}   ${target}`);
    console.log(
      `  ${''.padEnd(13)}workers started: ${workers.map((w) => `${dist.name(w).replace(/^assets\//, '')} (${kB(gzip(readFileSync(dist.fileOf(w), 'utf8')))})`).join(', ') || 'none'}`,
    );
    if (route === 'chat' && size >= CHAT_LANDING_TARGET_BYTES)
      problems.push(
        `landing on Chat loads ${kB(size)} gzip, over ${kB(CHAT_LANDING_TARGET_BYTES)}`,
      );
  }
  console.log('\nLanding on Chat, chunk by chunk (first load: *), with what each is made of');
  for (const url of landed.chat!.page) {
    const text = await dist.read(url);
    console.log(row(`${loaded.has(url) ? '* ' : '  '}${dist.name(url)}`, text));
    console.log(`      ${composition(dist.fileOf(url), text)}`);
  }

  // 3. WebLLM: which files carry it, and who downloads them.
  const assets = join(dir, 'assets');
  const all = readdirSync(assets)
    .filter((n) => n.endsWith('.js'))
    .map((n) => new URL(`assets/${n}`, dist.root).href);
  const workerEntries = new Set<string>();
  for (const url of all) {
    for (const w of workerScripts(await dist.read(url))) workerEntries.add(new URL(w, url).href);
  }
  const inWorkers = new Set((await staticClosure([...workerEntries], dist.read)).map((f) => f.url));
  const swFile = join(dir, 'sw.js');
  const precached = existsSync(swFile)
    ? new Set(
        [...readFileSync(swFile, 'utf8').matchAll(/url:\s*["'`]([^"'`]+\.js)["'`]/g)].map(
          (m) => new URL(m[1]!, dist.root).href,
        ),
      )
    : new Set<string>();
  const webllm = [];
  for (const url of all) {
    const text = await dist.read(url);
    if (!text.includes(MARKERS.webllm)) continue;
    const where = [
      inWorkers.has(url) ? 'model worker' : 'page',
      ...(precached.has(url) ? ['service-worker precache'] : []),
    ];
    webllm.push({ url, gzip: gzip(text), where, onPage: !inWorkers.has(url) });
  }
  console.log('\nWebLLM: the files that carry it, and who downloads them');
  for (const w of webllm) {
    console.log(
      `  ${dist.name(w.url).padEnd(46)} gzip ${MB(w.gzip).padStart(9)}  ${w.where.join(' + ')}`,
    );
  }
  const copies = webllm.length;
  const bytes = webllm.reduce((s, w) => s + w.gzip, 0);
  console.log(
    `  a visitor downloads ${copies} cop${copies === 1 ? 'y' : 'ies'}, ${MB(bytes)} gzip   target: one, in the model worker: ${copies === 1 && !webllm[0]!.onPage ? 'ok' : 'MISSED'}`,
  );
  if (copies !== 1 || webllm.some((w) => w.onPage))
    problems.push(
      `WebLLM is in ${copies} files${webllm.some((w) => w.onPage) ? ', one for the page' : ''}`,
    );

  // 4. Everything else on demand.
  console.log('\nEvery on-demand file (dynamic imports and workers)');
  for (const url of all) {
    if (loaded.has(url)) continue;
    const text = await dist.read(url);
    const name = dist.name(url);
    const what = inWorkers.has(url) ? 'worker' : '';
    console.log(row(name, text, what));
  }
  if (!given) rmSync(dir, { recursive: true, force: true });

  console.log(`\n${machine.line(chromium)}`);
  for (const problem of problems) console.error(`\nFAIL: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main();
}
