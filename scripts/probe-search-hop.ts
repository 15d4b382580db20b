// Ad-hoc probe (not a benchmark): where the worker → page hop of a Dataset search goes.
// Wraps the page's Worker message listeners to time each reply's arrival and its
// deserialisation (the wrapper's own structuredClone/JSON sizing lands in `after`, so `total`
// reads a little high), and with TRACE=1 traces the main thread to say, for the time each reply
// waited, how much the page's thread was running (CPU) and what ran (frame phases, scripts).
//   npx tsx scripts/probe-search-hop.ts            SEARCHES=200 TRACE=1 SETTLE=1 KEEP=1
//   SETTLE=1: wait two frames after each result before typing on; OUT_DIR / SKIP_BUILD=1 to
//   A/B two builds. Writes /tmp/probe-rows.json (ROWS) and the trace (TRACE_OUT).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from '../src/lib/bench/metrics.ts';
import { decodeDialogues } from '../src/lib/data/codec.ts';
import type { Manifest } from '../src/lib/data/manifest.ts';
import { ROOT } from './build-data.ts';
import { benchQueries } from './lib/bench-queries.ts';
import { buildApp, freshContext, launchChromium, preview, removeBuild } from './lib/preview.ts';

const OUT_DIR = process.env.OUT_DIR ?? 'dist-probe';
const SEARCHES = Number(process.env.SEARCHES ?? 200);
const TRACE = process.env.TRACE === '1';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * For each reply's wait (worker's reply → the page's message task starts): wall time, the
 * page's main thread CPU time (trace `tdur`, tasks clipped to the window), and the CPU of the
 * named phases inside it. Wall ≫ CPU: the thread was waiting for a core or for the compositor.
 */
function waitedFor(trace: Buffer, rows: Record<string, number>[]): void {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const marks = events
    .filter((e) => e.name === 'bedside:search' && e.ph === 'b')
    .sort((a, b) => a.ts - b.ts);
  const first = marks[0];
  if (!first || rows.length === 0) return;
  const searched = rows.slice().sort((a, b) => a.start! - b.start!);
  // trace µs → page ms, from the last search's begin mark
  const offset = marks.at(-1)!.ts / 1000 - searched.at(-1)!.start!;
  const main = events
    .filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const phases = [
    'Layout',
    'PrePaint',
    'Paint',
    'LocalFrameView::pushPaintArtifactToCompositor',
    'Commit',
    'EventDispatch',
    'FunctionCall',
    'v8.callFunction',
    'Document::UpdateStyleAndLayout',
  ];
  let wall = 0;
  let cpu = 0;
  const byPhase = new Map<string, number>();
  const clipped = (e: TraceEvent, w0: number, w1: number) =>
    e.ts >= w1 || e.ts + e.dur! <= w0
      ? 0
      : (((Math.min(e.ts + e.dur!, w1) - Math.max(e.ts, w0)) / e.dur!) * (e.tdur ?? 0)) / 1000;
  const used = rows.slice(1); // the first search's reply waits for the page's start-up
  for (const r of used) {
    const w0 = (r.replied! + offset) * 1000;
    const w1 = w0 + r.wait! * 1000;
    wall += r.wait!;
    for (const t of tasks) cpu += clipped(t, w0, w1);
    for (const e of main)
      if (phases.includes(e.name))
        byPhase.set(e.name, (byPhase.get(e.name) ?? 0) + clipped(e, w0, w1));
  }
  const avg = (v: number) => (v / used.length).toFixed(2);
  console.log(
    `reply waits (${used.length}): wall ${avg(wall)} ms, page main-thread CPU ${avg(cpu)} ms (mean); of the CPU: ${[...byPhase].map(([k, v]) => `${k.replace(/.*::/, '')} ${avg(v)}`).join(', ')}`,
  );
}

const generated = join(ROOT, 'static-data', 'generated');
const manifest = JSON.parse(readFileSync(join(generated, 'manifest.json'), 'utf8')) as Manifest;
const dialogues = manifest.files.flatMap((f) =>
  decodeDialogues(JSON.parse(readFileSync(join(generated, f.path), 'utf8')), f.dataset),
);
const queries = benchQueries(dialogues).slice(0, SEARCHES);

if (process.env.SKIP_BUILD !== '1') buildApp(OUT_DIR);
const server = await preview(OUT_DIR);
const browser = await launchChromium();
const INIT = `
(() => {
  globalThis.__arrivals = [];
  const add = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type, fn, opts) {
    if (type !== 'message') return add.call(this, type, fn, opts);
    return add.call(this, type, function (ev) {
      const t0 = performance.now();
      const d = ev.data;
      const t1 = performance.now();
      const r = d && d.result;
      if (r && r.repliedAt !== undefined) {
        const c0 = performance.now();
        structuredClone(r);
        const c1 = performance.now();
        __arrivals.push({ t0, t1, cloneMs: c1 - c0, bytes: JSON.stringify(r).length,
          facetBytes: r.facets ? JSON.stringify(r.facets).length : 0, hits: r.hits ? r.hits.length : 0,
          repliedAt: r.repliedAt, receivedAt: r.receivedAt });
      }
      const out = fn.call(this, ev);
      __arrivals.length && (__arrivals[__arrivals.length - 1].t2 ??= performance.now());
      return out;
    }, opts);
  };
})();`;
try {
  const context = await freshContext(browser);
  await context.addInitScript({ content: INIT });
  const page = await context.newPage();
  await page.goto(`${server.url}#/dataset`);
  await page.waitForFunction(
    () => performance.getEntriesByName('bedside:search-index', 'measure').length > 0,
    null,
    { timeout: 120_000 },
  );
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('bedside:search').length > 0);
  const box = page.getByRole('searchbox', { name: 'Search dialogues' });
  if (TRACE)
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'toplevel',
        'v8',
        'blink',
      ],
    });
  for (const q of queries) {
    const n = await page.evaluate(
      () => performance.getEntriesByName('bedside:search', 'measure').length,
    );
    await box.fill(q);
    await page.waitForFunction(
      ([from, text]) =>
        performance
          .getEntriesByName('bedside:search', 'measure')
          .slice(from as number)
          .some((m) => (m as PerformanceMeasure).detail?.text === text),
      [n, q] as const,
      { polling: 10 },
    );
    await page.waitForFunction(
      (text) => document.getElementById('results-summary')?.textContent?.includes(`“${text}”`),
      q.trim(),
    );
    if (process.env.SETTLE === '1')
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
      );
  }
  const trace = TRACE ? await browser.stopTracing() : null;
  const rows = (await page.evaluate((): unknown => {
    const origin = performance.timeOrigin;
    const ms = performance.getEntriesByName('bedside:search', 'measure') as PerformanceMeasure[];
    const arr = (globalThis as unknown as { __arrivals: Record<string, number>[] }).__arrivals;
    return ms.map((m) => {
      const d = m.detail as Record<string, number>;
      const end = m.startTime + m.duration;
      // the arrival for this measure: the last one before its end
      const a = arr.filter((x) => x.t0! <= end).at(-1)!;
      const replied = a.repliedAt! - origin;
      return {
        text: (m.detail as { text: string }).text,
        start: m.startTime,
        end,
        total: m.duration,
        toWorker: d.toWorkerMs,
        inWorker: d.inWorkerMs,
        back: d.backMs,
        replied,
        wait: a.t0! - replied,
        deser: a.t1! - a.t0!,
        after: end - a.t1!,
        cloneMs: a.cloneMs,
        bytes: a.bytes,
        facetBytes: a.facetBytes,
        hits: a.hits,
      };
    });
  })) as Record<string, number>[];
  const keys = [
    'total',
    'toWorker',
    'inWorker',
    'back',
    'wait',
    'deser',
    'after',
    'cloneMs',
    'bytes',
    'facetBytes',
  ];
  console.log(`${rows.length} searches`);
  for (const k of keys) {
    const v = rows.map((r) => r[k]!).filter(Number.isFinite);
    console.log(
      `${k.padEnd(10)} p50 ${percentile(v, 50).toFixed(2)}  p95 ${percentile(v, 95).toFixed(2)}  max ${Math.max(...v).toFixed(2)}`,
    );
  }
  if (trace) waitedFor(trace, rows);
  writeFileSync(process.env.ROWS ?? '/tmp/probe-rows.json', JSON.stringify(rows));
  if (trace) writeFileSync(process.env.TRACE_OUT ?? '/tmp/probe-trace.json', trace);
  await context.close();
} finally {
  await browser.close();
  server.stop();
  if (process.env.KEEP !== '1') removeBuild(OUT_DIR);
}
