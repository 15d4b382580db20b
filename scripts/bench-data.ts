// npm run bench:data — prints how fast the dataset pipeline is (a report, not a test):
//   1. build-data: time to build static-data/generated/ from the sources;
//   2. import: time to store every dialogue in IndexedDB, in headless Chromium, on first visit;
//   3. search index: time to build it in the worker (first visit) and to load it (reload);
//   4. search latency: p50/p95 of 200 varied queries typed into the Dataset view.
// It builds the app into dist-bench/, serves it with `vite preview` on a free port, and
// drives Chromium (CHROMIUM_PATH or /usr/bin/chromium) with the flags of playwright.config.ts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { freePort, waitForServer } from './lib/preview.ts';
import playwrightConfig from '../playwright.config.ts';
import { decodeDialogues } from '../src/lib/data/codec.ts';
import type { Manifest } from '../src/lib/data/manifest.ts';
import { buildData, ROOT } from './build-data.ts';
import { benchQueries } from './lib/bench-queries.ts';

const TARGETS = { importMs: 1500, searchP95Ms: 10, buildDataMs: 3000 };
const IMPORT_RUNS = 3;
const OUT_DIR = 'dist-bench';
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const median = (values: readonly number[]) => percentile(values, 50);
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

interface Measure {
  duration: number;
  detail: Record<string, unknown>;
}

/** Waits for the page's `performance.measure` entry `name` (the n-th one, counting from 1). */
async function measured(page: Page, name: string, nth = 1, timeout = 60_000): Promise<Measure> {
  const handle = await page.waitForFunction(
    ([n, k]) => {
      const entries = performance.getEntriesByName(n as string, 'measure') as PerformanceMeasure[];
      const e = entries[(k as number) - 1];
      return e ? { duration: e.duration, detail: e.detail as Record<string, unknown> } : null;
    },
    [name, nth] as const,
    { timeout, polling: 10 },
  );
  return (await handle.jsonValue()) as Measure;
}

async function main(): Promise<void> {
  console.log('bench:data — Bedside dataset pipeline\n');

  // 1. build-data, in process (tsx start-up excluded) and as `npm run data` would run it.
  const buildRuns: number[] = [];
  const datasetDir = process.env.DATASET_DIR;
  for (let i = 0; i < 3; i++) {
    buildRuns.push(
      (await buildData({ allowDownload: false, ...(datasetDir ? { datasetDir } : {}) })).ms,
    );
  }
  const buildCli = await run(process.execPath, [
    join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    'scripts/build-data.ts',
  ]);
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'static-data', 'generated', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const dialogues = manifest.files.flatMap((f) =>
    decodeDialogues(
      JSON.parse(readFileSync(join(ROOT, 'static-data', 'generated', f.path), 'utf8')),
      f.dataset,
    ),
  );

  // 2–4. The real app in headless Chromium.
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath} (set CHROMIUM_PATH)`);
  console.log('building the app into dist-bench/ …');
  const viteBuild = await run(VITE, ['build', '--outDir', OUT_DIR, '--logLevel', 'error'], {
    BASE_PATH: '/',
  });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const preview = spawn(
    VITE,
    ['preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  const browser = await chromium.launch({
    executablePath,
    args: playwrightConfig.use?.launchOptions?.args ?? ['--no-sandbox'],
  });
  try {
    await waitForServer(base, preview);
    const imports: { ms: number; rows: number }[] = [];
    const builds: Measure[] = [];
    let loadIndex: Measure | null = null;
    const latencies: number[] = [];
    const workerTimes: number[] = [];
    const queries = benchQueries(dialogues);

    for (let runNo = 1; runNo <= IMPORT_RUNS; runNo++) {
      const context = await browser.newContext(); // fresh IndexedDB: a first visit
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.abort(),
      );
      const page = await context.newPage();
      await page.goto(`${base}#/dataset`);
      const imported = await measured(page, 'bedside:data-import');
      imports.push({ ms: imported.duration, rows: Number(imported.detail.rows) });
      builds.push(await measured(page, 'bedside:search-index'));
      if (runNo === IMPORT_RUNS) {
        await page.getByRole('button', { name: 'I understand' }).click();
        await page.reload();
        loadIndex = await measured(page, 'bedside:search-index');
        const box = page.getByRole('searchbox', { name: 'Search dialogues' });
        await box.waitFor();
        await page.waitForFunction(() => performance.getEntriesByName('bedside:search').length > 0);
        let seen = await page.evaluate(() => performance.getEntriesByName('bedside:search').length);
        for (const q of queries) {
          await box.fill(q);
          seen += 1;
          const m = await measured(page, 'bedside:search', seen, 10_000);
          if (m.detail.text !== q)
            throw new Error(`expected a search for "${q}", got "${String(m.detail.text)}"`);
          latencies.push(m.duration);
          workerTimes.push(Number(m.detail.workerMs));
          // Like a person, type the next query once the results are on screen.
          await page.waitForFunction(
            (text) =>
              document.getElementById('results-summary')?.textContent?.includes(`“${text}”`),
            q.trim(),
          );
        }
      }
      await context.close();
    }

    const importMs = imports.map((i) => i.ms);
    const buildMs = builds.map((b) => Number(b.detail.ms));
    const pass = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    const rows: [string, string, string][] = [
      [
        'build-data (in process, median of 3)',
        ms(median(buildRuns)),
        `target < ${TARGETS.buildDataMs} ms: ${pass(median(buildRuns) < TARGETS.buildDataMs)}`,
      ],
      ['npm run data (tsx start-up included)', ms(buildCli), ''],
      ['vite build (for reference)', ms(viteBuild), ''],
      [
        `import ${imports[0]!.rows.toLocaleString('en-US')} dialogues into IndexedDB (median of ${IMPORT_RUNS})`,
        ms(median(importMs)),
        `target < ${TARGETS.importMs} ms: ${pass(median(importMs) < TARGETS.importMs)}`,
      ],
      ['  each run', importMs.map(ms).join(', '), ''],
      [
        'search index build in the worker (median)',
        ms(median(buildMs)),
        `${builds[0]!.detail.documentCount} documents`,
      ],
      [
        'search index load from IndexedDB (reload)',
        ms(Number(loadIndex?.detail.ms)),
        `built: ${String(loadIndex?.detail.built)}`,
      ],
      [
        `search latency p50 (${latencies.length} queries, page → worker → page)`,
        ms(percentile(latencies, 50)),
        '',
      ],
      [
        'search latency p95',
        ms(percentile(latencies, 95)),
        `target < ${TARGETS.searchP95Ms} ms: ${pass(percentile(latencies, 95) < TARGETS.searchP95Ms)}`,
      ],
      [
        '  time inside the worker p50 / p95',
        `${ms(percentile(workerTimes, 50))} / ${ms(percentile(workerTimes, 95))}`,
        '',
      ],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log('');
    for (const [what, value, note] of rows)
      console.log(`${what.padEnd(width)}  ${value.padStart(12)}  ${note}`);
    console.log(
      `\nChromium: ${browser.version()} · ${manifest.totals.dialogues.toLocaleString('en-US')} dialogues, ${(manifest.totals.bytes / 1e6).toFixed(1)} MB, version ${manifest.version}`,
    );
  } finally {
    await browser.close();
    preview.kill();
    await rm(join(ROOT, OUT_DIR), { recursive: true, force: true });
  }
}

await main();
