// npm run bench:longtasks — main-thread tasks over 50 ms (PerformanceObserver 'longtask')
// while Bedside starts, imports the dataset and answers searches typed into the Dataset view.
// The target: none during the import and the searches (startup is reported, not judged).
//
// It builds the production app into dist-longtasks/, serves it with `vite preview` on a free
// port and drives Chromium (CHROMIUM_PATH or /usr/bin/chromium, the flags of
// playwright.config.ts) with a fresh profile per run. Exits 1 when the target is missed.
import type { Page } from 'playwright-core';
import { generatedDialogues, withBenchApp } from './lib/bench-app.ts';
import { benchQueries } from './lib/bench-queries.ts';
import { machineReport } from './lib/machine.ts';
import { freshContext } from './lib/preview.ts';

const OUT_DIR = 'dist-longtasks';
const RUNS = Number(process.env.RUNS ?? 2);
const SEARCHES = Number(process.env.SEARCHES ?? 50);
const PHASES = ['startup', 'import', 'search'] as const;
type Phase = (typeof PHASES)[number];

interface LongTask {
  start: number;
  duration: number;
}

/** Collects long tasks from the first script on (buffered, so none is missed). */
function observeLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function oneRun(
  page: Page,
  url: string,
  queries: string[],
): Promise<Record<Phase, LongTask[]>> {
  await page.goto(`${url}#/dataset`);
  const summary = page.locator('#results-summary');
  await page.getByRole('dialog', { name: 'Welcome to Bedside' }).waitFor();
  // The import starts when the Dataset view opens; it is done when the list shows.
  await summary.waitFor({ timeout: 60_000 });
  const importEnd = await now(page);
  const importStart = await page.evaluate(
    () => performance.getEntriesByName('bedside:data-import', 'measure')[0]?.startTime ?? NaN,
  );
  await page.getByRole('button', { name: 'I understand' }).click();

  const box = page.getByRole('searchbox', { name: 'Search dialogues' });
  const searchStart = await now(page);
  for (const q of queries) {
    await box.fill('');
    await box.pressSequentially(q, { delay: 30 }); // a search per keystroke, like a person
    await page.waitForFunction(
      (text) => document.getElementById('results-summary')?.textContent?.includes(`“${text}”`),
      q.trim(),
    );
  }
  const searchEnd = await now(page);

  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: LongTask[] }).__longTasks,
  );
  const phaseOf = (t: LongTask): Phase | null =>
    t.start < importStart
      ? 'startup'
      : t.start < importEnd
        ? 'import'
        : t.start >= searchStart && t.start <= searchEnd
          ? 'search'
          : null;
  const out: Record<Phase, LongTask[]> = { startup: [], import: [], search: [] };
  for (const t of tasks) {
    const phase = phaseOf(t);
    if (phase) out[phase].push(t);
  }
  console.log(
    `  run: import ${(importEnd - importStart).toFixed(0)} ms, ${queries.length} searches in ${((searchEnd - searchStart) / 1000).toFixed(1)} s`,
  );
  return out;
}

function summary(tasks: LongTask[]): string {
  if (tasks.length === 0) return 'none';
  const max = Math.max(...tasks.map((t) => t.duration));
  const total = tasks.reduce((s, t) => s + t.duration, 0);
  return `${tasks.length} (max ${max.toFixed(0)} ms, total ${total.toFixed(0)} ms)`;
}

async function main(): Promise<number> {
  console.log('bench:longtasks — main-thread tasks over 50 ms\n');
  const machine = machineReport();
  const { manifest, dialogues } = generatedDialogues();
  const queries = benchQueries(dialogues).slice(0, SEARCHES);

  const all: Record<Phase, LongTask[]>[] = [];
  const chromium = await withBenchApp(OUT_DIR, { VITE_TEST_ENGINE: undefined }, async (app) => {
    for (let run = 1; run <= RUNS; run++) {
      const context = await freshContext(app.browser); // a fresh profile: a first visit
      await context.addInitScript(observeLongTasks);
      all.push(await oneRun(await context.newPage(), app.url, queries));
      await context.close();
    }
    return app.browser.version();
  });

  console.log('');
  const width = 10;
  console.log(`${'phase'.padEnd(width)}  ${all.map((_, i) => `run ${i + 1}`.padEnd(36)).join('')}`);
  for (const phase of PHASES) {
    console.log(`${phase.padEnd(width)}  ${all.map((r) => summary(r[phase]).padEnd(36)).join('')}`);
  }
  const missed = all.some((r) => r.import.length > 0 || r.search.length > 0);
  console.log(
    `\nTarget: no long task during the import and the searches: ${missed ? 'MISSED' : 'ok'}`,
  );
  console.log(
    `${manifest.totals.dialogues.toLocaleString('en-US')} dialogues, ${(manifest.totals.bytes / 1e6).toFixed(1)} MB; ${queries.length} searches typed a key at a time.`,
  );
  console.log(machine.line(chromium));
  return missed ? 1 : 0;
}

process.exitCode = await main();
