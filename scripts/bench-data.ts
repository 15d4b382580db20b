// npm run bench:data — prints how fast the dataset pipeline is (a report, not a test):
//   1. build-data: time to build static-data/generated/ from the sources;
//   2. import: time to store every dialogue in IndexedDB, in headless Chromium, on a first
//      visit; beside it, in the same page and run, the baseline: writing the same dialogues
//      as ONE record (the least any layout could cost), and the ratio of the two;
//   3. reads: one dialogue by id (its chunk in memory or not), a page of 20, after a reload;
//   4. search index: time to build it in the worker (first visit) and to load it (reload);
//   5. search latency: p50/p95 of 200 varied queries typed into the Dataset view.
// RUNS (default 3) first visits; SEARCHES (default 200) queries.
// It builds the app into dist-bench/, serves it with `vite preview` on a free port, and
// drives Chromium (CHROMIUM_PATH or /usr/bin/chromium) with the flags of playwright.config.ts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { percentile } from '../src/lib/bench/metrics.ts';
import { decodeDialogues } from '../src/lib/data/codec.ts';
import { LayoutBuilder } from '../src/lib/data/layout.ts';
import type { Manifest } from '../src/lib/data/manifest.ts';
import { buildData, ROOT } from './build-data.ts';
import { benchQueries } from './lib/bench-queries.ts';
import { machineReport } from './lib/machine.ts';
import { buildApp, freshContext, launchChromium, preview, removeBuild } from './lib/preview.ts';

const TARGETS = { importMs: 1000, importRatio: 3, searchP95Ms: 10, buildDataMs: 3000 };
const IMPORT_RUNS = Number(process.env.RUNS ?? 3);
const SEARCHES = Number(process.env.SEARCHES ?? 200);
const OUT_DIR = 'dist-bench';

const median = (values: readonly number[]) => percentile(values, 50);
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function run(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

interface Measure {
  startTime: number;
  duration: number;
  detail: Record<string, unknown>;
}

/** Waits for the page's `performance.measure` entry `name` (the n-th one, counting from 1). */
async function measured(page: Page, name: string, nth = 1, timeout = 60_000): Promise<Measure> {
  const handle = await page.waitForFunction(
    ([n, k]) => {
      const entries = performance.getEntriesByName(n as string, 'measure') as PerformanceMeasure[];
      const e = entries[(k as number) - 1];
      return e
        ? {
            startTime: e.startTime,
            duration: e.duration,
            detail: e.detail as Record<string, unknown>,
          }
        : null;
    },
    [name, nth] as const,
    { timeout, polling: 10 },
  );
  return (await handle.jsonValue()) as Measure;
}

/**
 * Installed before the app's scripts: wraps the page's Worker message listeners so that each
 * search reply records when it reached the page's thread (before its data is read) and how
 * long reading its data (deserialising the structured clone) took. The reply itself is kept,
 * to size it after the search (not on the measured path).
 */
const REPLY_PROBE = `(() => {
  const replies = (globalThis.__benchReplies = []);
  const add = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type, listener, options) {
    if (type !== 'message' || typeof listener !== 'function') return add.call(this, type, listener, options);
    return add.call(this, type, function (event) {
      const arrived = performance.now();
      const data = event.data;
      const read = performance.now() - arrived;
      const result = data && data.result;
      if (result && result.repliedAt !== undefined && Array.isArray(result.hits))
        replies.push({ arrived, read, repliedAt: result.repliedAt, result });
      return listener.call(this, event);
    }, options);
  };
})();`;

/**
 * Where the worker → page leg of the search measured as `entry` went: waiting for the page's
 * thread (worker's reply → its message task starts), reading the reply, and its size.
 */
function replyLeg(
  page: Page,
  nth: number,
): Promise<{ waitMs: number; readMs: number; bytes: number; facetBytes: number } | null> {
  return page.evaluate((k) => {
    const e = performance.getEntriesByName('bedside:search', 'measure')[k];
    const replies = (
      globalThis as unknown as {
        __benchReplies?: { arrived: number; read: number; repliedAt: number; result: object }[];
      }
    ).__benchReplies;
    if (!e || !replies) return null;
    const end = e.startTime + e.duration;
    const r = replies.filter((x) => x.arrived <= end).at(-1);
    if (!r) return null;
    const { facets } = r.result as { facets?: unknown };
    return {
      waitMs: performance.timeOrigin + r.arrived - r.repliedAt,
      readMs: r.read,
      bytes: JSON.stringify(r.result).length,
      facetBytes: JSON.stringify(facets ?? null).length,
    };
  }, nth);
}

/** The import's steps (bedside:import:* marks, page and worker), in ms from its start. */
function importTimeline(page: Page, imported: Measure): Promise<[string, number][]> {
  return page.evaluate(
    ([from, to]) =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('bedside:import:'))
        .filter((m) => m.startTime >= from - 1 && m.startTime <= to + 1)
        .sort((a, b) => a.startTime - b.startTime)
        .map((m): [string, number] => [m.name.slice('bedside:import:'.length), m.startTime - from]),
    [imported.startTime, imported.startTime + imported.duration] as const,
  );
}

const count = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name);

/**
 * The baselines, in the page that just imported, each written as ONE record into a scratch
 * database (same durability as the import; the median of three writes): the dialogues it stored, read back, as objects
 * (what the import stores); the same dialogues as one JSON text (what a layout of JSON texts
 * would store: its "same bytes"); and, for reference, the downloaded files' bytes.
 */
function baseline(
  page: Page,
): Promise<{ dialoguesMs: number; textMs: number; bytesMs: number; rows: number }> {
  return page.evaluate(async () => {
    const done = (request: IDBRequest | IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        if (request instanceof IDBTransaction) {
          request.oncomplete = () => resolve();
          request.onabort = request.onerror = () => reject(request.error);
        } else {
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }
      });
    const open = indexedDB.open('bedside-data');
    await done(open);
    const data = open.result;
    const meta = data.transaction('meta').objectStore('meta').get('current');
    await done(meta);
    const slot = (meta.result as { slot: string }).slot;
    const chunks = data.transaction(slot).objectStore(slot).getAll(IDBKeyRange.bound(0, Infinity));
    await done(chunks);
    data.close();
    const dialogues = (chunks.result as { dialogues: unknown[] }[]).flatMap((c) => c.dialogues);
    const manifest = (await (await fetch('data/manifest.json')).json()) as {
      files: { path: string }[];
    };
    const files = await Promise.all(
      manifest.files.map(
        async (f) => new Uint8Array(await (await fetch(`data/${f.path}`)).arrayBuffer()),
      ),
    );
    const bytes = new Uint8Array(files.reduce((n, f) => n + f.byteLength, 0));
    files.reduce((at, f) => (bytes.set(f, at), at + f.byteLength), 0);

    await done(indexedDB.deleteDatabase('bench-baseline'));
    const scratch = indexedDB.open('bench-baseline', 1);
    scratch.onupgradeneeded = () => scratch.result.createObjectStore('one', { keyPath: 'key' });
    await done(scratch);
    const db = scratch.result;
    const timed = async (value: object) => {
      const started = performance.now();
      const tx = db.transaction('one', 'readwrite', { durability: 'relaxed' });
      tx.objectStore('one').put(value);
      await done(tx);
      return performance.now() - started;
    };
    // Each written three times, in turn, keeping the median: one write on a busy machine
    // varied 2–4× between runs, which made the ratio mostly noise.
    const text = JSON.stringify(dialogues);
    const times = { dialogues: [] as number[], text: [] as number[], bytes: [] as number[] };
    for (let i = 0; i < 3; i++) {
      times.dialogues.push(await timed({ key: 'dialogues', dialogues }));
      times.text.push(await timed({ key: 'text', text }));
      times.bytes.push(await timed({ key: 'bytes', bytes }));
    }
    const mid = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    const [dialoguesMs, textMs, bytesMs] = [
      mid(times.dialogues),
      mid(times.text),
      mid(times.bytes),
    ];
    db.close();
    await done(indexedDB.deleteDatabase('bench-baseline'));
    return { dialoguesMs, textMs, bytesMs, rows: dialogues.length };
  });
}

/**
 * How long the server takes to send every dialogue file at once, gzip (what the browser asks
 * for: the build's stored copy, scripts/vite-plugin-static-data.ts) or uncompressed.
 */
async function serverSend(base: string, manifest: Manifest, encoding: string): Promise<number> {
  const started = performance.now();
  await Promise.all(
    manifest.files.map(
      (f) =>
        new Promise<void>((resolve, reject) => {
          get(`${base}data/${f.path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
            res.on('data', () => {});
            res.on('end', resolve);
            res.on('error', reject);
          }).on('error', reject);
        }),
    ),
  );
  return performance.now() - started;
}

/** Opens `#/dataset/<id>` and returns the time the store took to read that one dialogue. */
async function readOne(page: Page, id: string): Promise<number> {
  const nth = (await count(page, 'bedside:data-read')) + 1;
  await page.evaluate((hash) => (location.hash = hash), `#/dataset/${id}`);
  const m = await measured(page, 'bedside:data-read', nth, 10_000);
  if (m.detail.ids !== 1) throw new Error(`expected a read of one dialogue, got ${m.detail.ids}`);
  return m.duration;
}

async function main(): Promise<void> {
  console.log('bench:data — Bedside dataset pipeline\n');
  const machine = machineReport();

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
  const generated = join(ROOT, 'static-data', 'generated');
  const manifest = JSON.parse(readFileSync(join(generated, 'manifest.json'), 'utf8')) as Manifest;
  const layout = new LayoutBuilder();
  const dialogues = manifest.files.flatMap((f) => {
    const rows = decodeDialogues(
      JSON.parse(readFileSync(join(generated, f.path), 'utf8')),
      f.dataset,
    );
    layout.add(f.dataset, rows);
    return rows;
  });
  // Two dialogues from each of ten chunks spread over the dataset: the first read of each
  // pair loads its chunk, the second finds it in memory.
  const { chunks } = layout.finish();
  const pairs = Array.from({ length: 10 }, (_, i) => chunks[Math.floor((i * chunks.length) / 10)]!)
    .filter((c) => c.dialogues.length >= 2)
    .map((c) => [c.dialogues[0]!.id, c.dialogues[1]!.id] as const);

  // 2–5. The real app in headless Chromium.
  console.log(`building the app into ${OUT_DIR}/ …`);
  const buildStarted = performance.now();
  buildApp(OUT_DIR);
  const viteBuild = performance.now() - buildStarted;
  const server = await preview(OUT_DIR);
  const browser = await launchChromium();
  try {
    const sends = { gzip: [] as number[], identity: [] as number[] };
    for (let i = 0; i < 3; i++) {
      sends.gzip.push(await serverSend(server.url, manifest, 'gzip'));
      sends.identity.push(await serverSend(server.url, manifest, 'identity'));
    }
    const imports: { ms: number; rows: number }[] = [];
    const workers: Record<string, number>[] = [];
    // Each import's steps, page and worker (bedside:import:* marks), in ms from its start.
    const timelines: [string, number][][] = [];
    const baselines: Awaited<ReturnType<typeof baseline>>[] = [];
    const builds: Measure[] = [];
    let loadIndex: Measure | null = null;
    let firstPage: Measure | null = null;
    const cold: number[] = [];
    const warm: number[] = [];
    const pageReads: number[] = [];
    const latencies: number[] = [];
    const workerTimes: number[] = [];
    // Where each search's time went: the way to the worker (and its queue), the worker's
    // handling, the way back (and the page's own queue).
    const legs = { toWorkerMs: [] as number[], inWorkerMs: [] as number[], backMs: [] as number[] };
    // The worker → page leg split further (REPLY_PROBE): the wait for the page's thread, the
    // reading of the reply, and the reply's size (its JSON length, a proxy for the clone).
    const back = { waitMs: [] as number[], readMs: [] as number[], bytes: [] as number[] };
    let facetBytes = 0;
    const queries = benchQueries(dialogues).slice(0, SEARCHES);

    for (let runNo = 1; runNo <= IMPORT_RUNS; runNo++) {
      const context = await freshContext(browser); // fresh IndexedDB: a first visit
      if (runNo === IMPORT_RUNS) await context.addInitScript({ content: REPLY_PROBE });
      const page = await context.newPage();
      await page.goto(`${server.url}#/dataset`);
      const imported = await measured(page, 'bedside:data-import');
      imports.push({ ms: imported.duration, rows: Number(imported.detail.rows) });
      const worker = await measured(page, 'bedside:data-import-worker');
      const { timeline: _, ...times } = worker.detail as Record<string, number>;
      workers.push({ totalMs: worker.duration, ...times });
      timelines.push(await importTimeline(page, imported));
      builds.push(await measured(page, 'bedside:search-index'));
      // With the worker idle, so that both writes have the machine to themselves.
      baselines.push(await baseline(page));
      if (runNo === IMPORT_RUNS) {
        await page.getByRole('button', { name: 'I understand' }).click();
        await page.reload(); // nothing in memory: the reads below start cold
        loadIndex = await measured(page, 'bedside:search-index');
        firstPage = await measured(page, 'bedside:data-read');
        for (const [a, b] of pairs) {
          cold.push(await readOne(page, a));
          warm.push(await readOne(page, b));
        }
        await page.evaluate(() => (location.hash = '#/dataset'));
        const box = page.getByRole('searchbox', { name: 'Search dialogues' });
        await box.waitFor();
        await page.waitForFunction(() => performance.getEntriesByName('bedside:search').length > 0);
        for (const q of queries) {
          const [searches, reads] = [
            await count(page, 'bedside:search'),
            await count(page, 'bedside:data-read'),
          ];
          await box.fill(q);
          // The search for this text (the view may also have refreshed on its own meanwhile).
          const handle = await page.waitForFunction(
            ([from, text]) => {
              const entries = performance.getEntriesByName('bedside:search', 'measure');
              const k = entries.findIndex(
                (m, i) => i >= (from as number) && (m as PerformanceMeasure).detail?.text === text,
              );
              const e = entries[k] as PerformanceMeasure | undefined;
              return e
                ? {
                    startTime: e.startTime,
                    duration: e.duration,
                    detail: { ...(e.detail as object), index: k },
                  }
                : null;
            },
            [searches, q] as const,
            { timeout: 30_000, polling: 10 },
          );
          const m = (await handle.jsonValue()) as Measure;
          latencies.push(m.duration);
          workerTimes.push(Number(m.detail.workerMs));
          for (const [leg, values] of Object.entries(legs)) values.push(Number(m.detail[leg]));
          const leg = await replyLeg(page, Number(m.detail.index));
          if (leg) {
            back.waitMs.push(leg.waitMs);
            back.readMs.push(leg.readMs);
            back.bytes.push(leg.bytes);
            facetBytes = Math.max(facetBytes, leg.facetBytes);
          }
          // Like a person, type the next query once the results are on screen.
          await page.waitForFunction(
            (text) =>
              document.getElementById('results-summary')?.textContent?.includes(`“${text}”`),
            q.trim(),
          );
          const read = await page.evaluate(
            (n) => performance.getEntriesByName('bedside:data-read', 'measure')[n]?.duration,
            reads,
          );
          if (read !== undefined) pageReads.push(read);
        }
      }
      await context.close();
    }

    const importMs = imports.map((i) => i.ms);
    const ratios = imports.map((i, k) => i.ms / baselines[k]!.dialoguesMs);
    const bytesRatios = imports.map((i, k) => i.ms / baselines[k]!.bytesMs);
    const textRatios = imports.map((i, k) => i.ms / baselines[k]!.textMs);
    const ownRatios = workers.map(
      (w, k) =>
        ((w.checkMs ?? NaN) + (w.decodeMs ?? NaN) + (w.writeMs ?? NaN)) / baselines[k]!.dialoguesMs,
    );
    const buildMs = builds.map((b) => Number(b.detail.ms));
    const workerMedian = (key: string) => median(workers.map((w) => w[key] ?? NaN));
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
      ['  each run', importMs.map(ms).join(', '), 'manifest, worker, download, checks, write'],
      [
        '  the worker, start-up to done (median)',
        ms(workerMedian('totalMs')),
        'the rest: manifest, database open, Web Lock',
      ],
      [
        '  in the worker: download / sha256+JSON / decode / write',
        `${ms(workerMedian('fetchMs'))} / ${ms(workerMedian('checkMs'))} / ${ms(workerMedian('decodeMs'))} / ${ms(workerMedian('writeMs'))}`,
        `${workers[0]?.records ?? '?'} records; write: one transaction (slot emptied, every chunk, the directory, the switch)`,
      ],
      [
        'baseline: the stored dialogues (objects) as ONE record (median of runs)',
        ms(median(baselines.map((b) => b.dialoguesMs))),
        `each run: ${baselines.map((b) => ms(b.dialoguesMs)).join(', ')}`,
      ],
      [
        'import ÷ baseline (median of the runs’ ratios)',
        `${median(ratios).toFixed(2)}×`,
        `target ≤ ${TARGETS.importRatio}×: ${pass(median(ratios) <= TARGETS.importRatio)}; each run ${ratios.map((r) => r.toFixed(2)).join(', ')}`,
      ],
      [
        '  its own work (sha256+JSON, decode, write) ÷ baseline',
        `${median(ownRatios).toFixed(2)}×`,
        'the rest is mostly the download (next line)',
      ],
      [
        '  vite preview sending the files: gzip / uncompressed',
        `${ms(median(sends.gzip))} / ${ms(median(sends.identity))}`,
        'gzip: the stored copy, as a CDN serves it (not compressed per request)',
      ],
      [
        'baseline: the same dialogues as ONE JSON text record (median)',
        ms(median(baselines.map((b) => b.textMs))),
        `import ÷ that: ${median(textRatios).toFixed(1)}× (each run ${textRatios.map((r) => r.toFixed(1)).join(', ')}); what a JSON-text layout would be held to`,
      ],
      [
        '  for reference: the files’ bytes as one record',
        ms(median(baselines.map((b) => b.bytesMs))),
        `import ÷ that: ${median(bytesRatios).toFixed(1)}×`,
      ],
      ['read a page of 20 after a reload (directory + chunks)', ms(firstPage?.duration ?? NaN), ''],
      [
        'read one dialogue by id, its chunk not in memory (median)',
        ms(median(cold)),
        `${cold.length} ids`,
      ],
      [
        'read one dialogue by id, its chunk in memory (median)',
        ms(median(warm)),
        `${warm.length} ids`,
      ],
      [
        `read a page of 20 while searching p50 / p95 (${pageReads.length})`,
        `${ms(percentile(pageReads, 50))} / ${ms(percentile(pageReads, 95))}`,
        '',
      ],
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
      ...Object.entries(legs).map(([leg, values]): [string, string, string] => [
        `  ${{ toWorkerMs: 'page → worker', inWorkerMs: 'in the worker', backMs: 'worker → page' }[leg]} p50 / p95`,
        `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`,
        '',
      ]),
      [
        '    of it, waiting for the page’s thread p50 / p95',
        `${ms(percentile(back.waitMs, 50))} / ${ms(percentile(back.waitMs, 95))}`,
        'reply posted → its message task starts (the page renders, or waits for a core)',
      ],
      [
        '    of it, reading the reply p50 / p95',
        `${ms(percentile(back.readMs, 50))} / ${ms(percentile(back.readMs, 95))}`,
        `deserialising it; ${Math.round(percentile(back.bytes, 50))} bytes as JSON (p50), largest ${Math.max(...back.bytes)}, facets ≤ ${facetBytes}`,
      ],
    ];
    const middle = importMs.indexOf(median(importMs));
    const timeline = timelines[middle === -1 ? 0 : middle] ?? [];
    rows.push([
      `where the import's time went (run ${middle + 1}, ms from its start)`,
      '',
      'page: manifest, stored, locked, posted; worker: the rest',
    ]);
    for (const [step, at] of timeline) rows.push([`  ${step}`, ms(at), '']);
    rows.push([
      '  of the write, its put() calls (the structured clone, on the worker thread)',
      ms(workerMedian('putMs')),
      'median of runs; the rest of the write is the commit',
    ]);
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log('');
    for (const [what, value, note] of rows)
      console.log(`${what.padEnd(width)}  ${value.padStart(21)}  ${note}`);
    console.log(
      `\n${manifest.totals.dialogues.toLocaleString('en-US')} dialogues, ${(manifest.totals.bytes / 1e6).toFixed(1)} MB, version ${manifest.version}. Percentiles interpolated.`,
    );
    console.log(machine.line(browser.version()));
  } finally {
    await browser.close();
    server.stop();
    removeBuild(OUT_DIR);
  }
}

await main();
