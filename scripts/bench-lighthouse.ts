// npm run bench:lighthouse — Lighthouse (mobile preset, simulated throttling) against the
// production build served by `vite preview`, for the Chat, Dataset and Models views: the
// four category scores, the metrics, and every audit that does not pass, with its title.
//
// It builds the app into dist-lighthouse/ (or takes a build given with `-- --dist <folder>`,
// e.g. of an older commit, to compare), serves it on a free port and starts Debian's
// Chromium (CHROMIUM_PATH or /usr/bin/chromium) headless with the e2e tests' flags and a
// DevTools port for Lighthouse; nothing outside 127.0.0.1 resolves. Each run is a first
// visit (Lighthouse clears the site's storage). RUNS (default 1) runs per view: the median
// is shown; REPORT_DIR, if set, receives each run's full report (<view>-<run>.json, open it in
// https://googlechrome.github.io/lighthouse/viewer/). Targets: 100 in every category. Exits 1
// when one is missed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import playwrightConfig from '../playwright.config.ts';
import { percentile } from '../src/lib/bench/metrics.ts';
import { CHROMIUM_PATH, chromiumVersion, machineReport } from './lib/machine.ts';
import { buildApp, freePort, preview, removeBuild } from './lib/preview.ts';

const OUT_DIR = 'dist-lighthouse';
const RUNS = Number(process.env.RUNS ?? 1);
const REPORT_DIR = process.env.REPORT_DIR;
const ROUTES = ['chat', 'dataset', 'models'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
  ['main-thread work', 'mainthread-work-breakdown'],
] as const;

/** Chromium with a DevTools port, as Lighthouse needs; resolves once it listens. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'bedside-lighthouse-'));
  const flags = playwrightConfig.use?.launchOptions?.args ?? ['--no-sandbox'];
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      ...flags,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      // Like the e2e tests' route to abort(): only the preview server answers.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Chromium writes to its profile until it has exited: remove the profile after that.
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${log}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('DevTools listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${log}`)));
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  return { port, stop };
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

interface RouteResult {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<string, number>;
  /** Audits that do not pass: id → "title (display value)". */
  failing: Map<string, string>;
}

function summarise(lhr: Result): RouteResult {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as RouteResult['scores'];
  const metrics = Object.fromEntries(
    METRICS.map(([label, id]) => [label, lhr.audits[id]?.numericValue ?? NaN]),
  );
  const failing = new Map<string, string>();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      failing.set(ref.id, `[${category}] ${audit.title}${value}`);
    }
  }
  return { scores, metrics, failing };
}

const format = (label: string, value: number) =>
  label === 'CLS' ? value.toFixed(3) : `${Math.round(value).toLocaleString('en-US')} ms`;

async function main(): Promise<number> {
  console.log('bench:lighthouse — Lighthouse, mobile preset, on the production build\n');
  const machine = machineReport();
  const at = process.argv.indexOf('--dist');
  const given = at >= 0 ? process.argv[at + 1] : undefined;
  if (!given) {
    console.log(`building the production app into ${OUT_DIR}/ …`);
    buildApp(OUT_DIR, { VITE_TEST_ENGINE: undefined });
  }
  const server = await preview(given ? resolve(given) : OUT_DIR);
  const chromium = await startChromium();
  const results: Record<string, RouteResult[]> = {};
  let version = '';
  try {
    for (const route of ROUTES) {
      results[route] = [];
      for (let run = 0; run < RUNS; run++) {
        const outcome = await lighthouse(`${server.url}#/${route}`, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!outcome) throw new Error(`Lighthouse returned nothing for #/${route}`);
        if (outcome.lhr.runtimeError)
          throw new Error(`Lighthouse failed on #/${route}: ${outcome.lhr.runtimeError.message}`);
        version = outcome.lhr.lighthouseVersion;
        if (REPORT_DIR) {
          mkdirSync(REPORT_DIR, { recursive: true });
          writeFileSync(join(REPORT_DIR, `${route}-${run + 1}.json`), JSON.stringify(outcome.lhr));
        }
        results[route]!.push(summarise(outcome.lhr));
      }
    }
  } finally {
    await chromium.stop();
    server.stop();
    if (!given) removeBuild(OUT_DIR);
  }

  const median = (values: number[]) => percentile(values, 50);
  const missed: string[] = [];
  const width = 18;
  console.log(`\n${''.padEnd(width)}${ROUTES.map((r) => `#/${r}`.padStart(14)).join('')}`);
  for (const category of CATEGORIES) {
    const cells = ROUTES.map((r) => median(results[r]!.map((x) => x.scores[category])));
    cells.forEach(
      (score, i) => score < 100 && missed.push(`${category} on #/${ROUTES[i]}: ${score}`),
    );
    console.log(`${category.padEnd(width)}${cells.map((c) => String(c).padStart(14)).join('')}`);
  }
  console.log('');
  for (const [label] of METRICS) {
    const cells = ROUTES.map((r) => median(results[r]!.map((x) => x.metrics[label] ?? NaN)));
    console.log(
      `${label.padEnd(width)}${cells.map((c) => format(label, c).padStart(14)).join('')}`,
    );
  }
  console.log('\nAudits that do not pass (in any run):');
  for (const route of ROUTES) {
    const failing = new Map<string, string>();
    for (const r of results[route]!) for (const [id, text] of r.failing) failing.set(id, text);
    console.log(`  #/${route}: ${failing.size === 0 ? 'none' : ''}`);
    for (const [id, text] of failing) console.log(`    ${id}: ${text}`);
  }
  console.log(
    `\nTargets: 100 in every category: ${missed.length === 0 ? 'ok' : `MISSED (${missed.join('; ')})`}.`,
  );
  console.log(
    `Lighthouse ${version}, mobile preset (simulated throttling: 4× CPU slowdown, slow 4G), ${RUNS} run${RUNS === 1 ? '' : 's'} per view (median).`,
  );
  console.log(machine.line(chromiumVersion()));
  return missed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
