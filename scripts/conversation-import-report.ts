// npx tsx scripts/conversation-import-report.ts — how long the page's main thread is blocked
// while a 10,000-conversation export file is imported (issue 15 item 8: up to 1.3 s before).
//
// It generates a deterministic file (COUNT conversations, default 10,000), then in Chromium
// (CHROMIUM_PATH or /usr/bin/chromium, served by a Vite dev server on a free port) reads it
// four ways and prints the longest main-thread task (PerformanceObserver 'longtask', > 50 ms)
// and the wall time of each:
//   one task   parseConversationFile(await file.text()) on the page (the old design)
//   chunked    JSON.parse on the page, then the checks in chunks of 500 with a yield between
//   worker     readConversationFile(file): read, parse and check in the worker, batches back
//   save       importConversations of the result into IndexedDB
//   list       listAll() on a fresh page (500 records per read), and in one read
// Figures vary with load: compare the rows of one run, not runs on different machines.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import type { Conversation } from '../src/lib/chat/types.ts';
import { freePort, launchChromium, ROOT } from './lib/preview.ts';
import { seededRandom } from './lib/seeded-random.ts';

const COUNT = Number(process.env.COUNT ?? 10_000);

interface Row {
  wallMs: number;
  longest: number;
  count: number;
  out: number;
}

const WORDS =
  'pain fever cough headache rash child days since started worse night doctor advice take rest water sleep chest breath dizzy week tablets dose allergy swelling'.split(
    ' ',
  );

function generate(count: number): Conversation[] {
  const rand = seededRandom(15);
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const createdAt = start + i * 60_000;
    const turns = 1 + Math.floor(rand() * 2);
    const messages: Conversation['messages'] = [];
    for (let t = 0; t < turns; t += 1) {
      messages.push({
        id: `u${t}`,
        role: 'user',
        content: words(20 + Math.floor(rand() * 40)),
        createdAt: createdAt + t * 2,
        triage: { level: 'routine', flags: [] },
      });
      messages.push({
        id: `a${t}`,
        role: 'assistant',
        content: words(60 + Math.floor(rand() * 80)),
        createdAt: createdAt + t * 2 + 1,
        modelId: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
        cases: [0, 1].map((k) => ({
          id: `v2-${i * 2 + k}`,
          dataset: 'v2',
          segment: 'askdocs',
          flags: [],
          description: words(6),
          exchange: 0,
          excerpt: words(25),
        })),
        stats: {
          promptTokens: 400,
          completionTokens: 120,
          timeToFirstTokenS: 0.4,
          prefillTokensPerS: 900,
          decodeTokensPerS: 25,
          totalS: 5,
        },
      });
    }
    return {
      id: `c${i}`,
      title: words(5),
      createdAt,
      updatedAt: createdAt + turns * 2,
      messages,
    };
  });
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>import report</title>
<script type="module">
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const [file, client, store] = await Promise.all([
    import('/src/lib/chat/import-file.ts'),
    import('/src/lib/chat/import-client.ts'),
    import('/src/lib/chat/conversations.ts'),
  ]);
  const idle = () => new Promise((r) => setTimeout(r, 300));
  async function measure(run) {
    await idle();
    const from = performance.now();
    const out = await run();
    const to = performance.now();
    await idle();
    const tasks = window.__tasks.filter((t) => t.start >= from && t.start < to);
    return { wallMs: to - from, longest: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.length, out };
  }
  const blob = await (await fetch('/__import.json')).blob();
  const conversations = new store.ConversationStore();
  const runs = {
    'one task': async () => file.parseConversationFile(await blob.text()).conversations.length,
    chunked: async () => {
      const data = JSON.parse(await blob.text());
      let n = 0;
      for (let i = 0; i < data.conversations.length; i += 500) {
        n += file.checkConversations(data.conversations.slice(i, i + 500)).conversations.length;
        await new Promise((r) => setTimeout(r, 0));
      }
      return n;
    },
    worker: async () => (await client.readConversationFile(blob)).conversations.length,
    save: async () => (await conversations.importConversations(window.__result.conversations)).added,
    list: async () => (await conversations.listAll()).conversations.length,
    'list, 1 page': async () =>
      (await conversations.listAll({ pageSize: 1e9 })).conversations.length,
  };
  window.__prepare = async () => {
    window.__result = await client.readConversationFile(blob);
  };
  window.__run = (mode) => measure(runs[mode]);
  window.__ready = true;
</script>`;

async function main(): Promise<void> {
  const conversations = generate(COUNT);
  const text = JSON.stringify({
    format: 'bedside-conversations',
    version: 1,
    exportedAt: new Date(0).toISOString(),
    conversations,
  });
  const port = await freePort();
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    server: { port, strictPort: true, host: '127.0.0.1' },
    worker: { format: 'es' },
    // Only the modules the page imports; no scan of the app's index.html.
    optimizeDeps: { noDiscovery: true },
    plugins: [
      {
        name: 'import-report',
        configureServer(dev) {
          dev.middlewares.use((req, res, next) => {
            if (req.url === '/__import.html') {
              res.setHeader('content-type', 'text/html');
              res.end(PAGE);
            } else if (req.url === '/__import.json') {
              res.setHeader('content-type', 'application/json');
              res.end(text);
            } else next();
          });
        },
      },
    ],
  });
  await server.listen();
  const browser = await launchChromium();
  try {
    const url = `http://127.0.0.1:${port}/__import.html`;
    const open = async (page: Page) => {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready, null, {
        timeout: 120_000,
      });
    };
    const rows: Record<string, Row> = {};
    // Each way in a fresh browser context, so that one's garbage is not collected in another's
    // measurement; the list is measured on a fresh page, as after a reload.
    for (const mode of ['one task', 'chunked', 'worker', 'save', 'list', 'list, 1 page'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      await open(page);
      const listing = mode.startsWith('list');
      if (mode === 'save' || listing) {
        await page.evaluate(() =>
          (window as unknown as { __prepare: () => Promise<void> }).__prepare(),
        );
      }
      if (listing) {
        await page.evaluate(() =>
          (window as unknown as { __run: (m: string) => Promise<Row> }).__run('save'),
        );
        await open(page);
      }
      rows[mode] = await page.evaluate(
        (m) => (window as unknown as { __run: (m: string) => Promise<Row> }).__run(m),
        mode,
      );
      await context.close();
    }
    console.log(
      `${COUNT.toLocaleString('en-US')} conversations, ${(text.length / 1e6).toFixed(1)} MB; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log('                longest task   tasks > 50 ms   wall      result');
    for (const [name, r] of Object.entries(rows)) {
      console.log(
        `  ${name.padEnd(12)} ${`${r.longest.toFixed(0)} ms`.padStart(12)}   ${String(r.count).padStart(13)}   ${`${(r.wallMs / 1000).toFixed(2)} s`.padStart(7)}   ${r.out}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
