// npm run screenshots — pictures of every view at phone (360 px) and desktop (1280 px) width,
// into docs/screenshots/<view>-<width>.png, for the README and for checking layouts.
//
// Builds with the test engine (VITE_TEST_ENGINE=1) into dist-screenshots/, previews it on a
// free port, and drives Chromium (CHROMIUM_PATH or /usr/bin/chromium). It dismisses the
// first-visit notice, waits for the dataset import, loads the test engine on the Models view
// and asks Chat a question, so the Chat picture shows an answer with similar cases. Views
// that are not built yet are photographed as they are; a page wider than the screen is
// reported, and makes the script exit 1. Pictures show the screen as a person first sees it;
// `npm run screenshots -- --full` takes whole pages instead (to check layouts further down).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { buildApp, launchChromium, preview, removeBuild, ROOT } from './lib/preview.ts';

const OUT_DIR = 'dist-screenshots';
const SHOTS = join(ROOT, 'docs', 'screenshots');
const WIDTHS = [360, 1280] as const;
const HEIGHT: Record<(typeof WIDTHS)[number], number> = { 360: 740, 1280: 860 };
const FULL_PAGE = process.argv.includes('--full');
const QUESTION = 'I have had a dry cough and a fever for three days. Should I see a doctor?';

async function visible(locator: Locator, timeout = 3000): Promise<boolean> {
  return locator
    .first()
    .waitFor({ state: 'visible', timeout })
    .then(
      () => true,
      () => false,
    );
}

async function open(page: Page, url: string, view: string, heading: RegExp): Promise<void> {
  await page.goto(`${url}#/${view}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Loads the test engine on the Models view (it becomes Chat's model). */
async function loadTestEngine(page: Page, url: string): Promise<boolean> {
  await open(page, url, 'models', /^Models$/);
  const row = page.getByRole('article', { name: /^Test engine \(test build only\)/ });
  if (!(await visible(row))) return false;
  await row.getByRole('button', { name: 'Load' }).click();
  return visible(page.getByTestId('loaded-model'), 15_000);
}

/**
 * Asks Chat a question when it has a message box, and waits until the test engine's answer is
 * complete. Later calls reopen that conversation rather than asking again.
 */
let conversation: string | null = null;
async function askChat(page: Page, url: string): Promise<string> {
  if (conversation) {
    await page.goto(conversation);
    await page.getByRole('heading', { level: 1, name: /^Chat$/ }).waitFor();
    await page.waitForTimeout(500);
    return 'the same conversation';
  }
  await open(page, url, 'chat', /^Chat$/);
  const box = page.getByRole('textbox', { name: /message|question|ask/i });
  if (!(await visible(box))) return 'no message box: Chat shown as it is';
  await box.first().fill(QUESTION);
  await box.first().press('Enter');
  const answered = await visible(page.getByText(/not from a language model/), 30_000);
  // The answer is complete once the Stop button is gone.
  await page
    .getByRole('button', { name: 'Stop' })
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => {});
  await page.waitForTimeout(300);
  conversation = page.url();
  return answered ? 'answered by the test engine' : 'no answer within 30 s: shown as it is';
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function main(): Promise<number> {
  console.log(`building the test build into ${OUT_DIR}/ …`);
  buildApp(OUT_DIR, { VITE_TEST_ENGINE: '1' });
  const server = await preview(OUT_DIR);
  const browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  try {
    const context = await browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce' });
    await context.route(
      (u) => u.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: HEIGHT[1280] });

    // First visit: the notice, then the dataset import.
    await page.goto(`${server.url}#/dataset`);
    await page.getByRole('button', { name: 'I understand' }).click();
    await page.locator('#results-summary').waitFor({ timeout: 60_000 });
    const engine = await loadTestEngine(page, server.url);
    console.log(`test engine: ${engine ? 'loaded' : 'not offered by this build'}`);

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT[width] });
      const shoot = async (name: string) => {
        await page.evaluate(() => window.scrollTo(0, 0));
        const wide = await overflow(page);
        if (wide > 0) problems.push(`${name} at ${width} px is ${wide} px wider than the screen`);
        const path = join(SHOTS, `${name}-${width}.png`);
        await page.screenshot({ path, fullPage: FULL_PAGE });
        console.log(`  ${path.slice(ROOT.length)}${wide > 0 ? `  (${wide} px too wide)` : ''}`);
      };

      console.log(`\n${width} px: chat — ${await askChat(page, server.url)}`);
      await shoot('chat');

      await open(page, server.url, 'dataset', /^Dataset$/);
      await page.getByRole('searchbox', { name: 'Search dialogues' }).fill('cough fever');
      await page.locator('#results-summary').getByText(/match/).waitFor();
      await shoot('dataset');
      await page.getByRole('list', { name: 'Results' }).getByRole('link').first().click();
      await page.locator('#dialogue-title').waitFor();
      await shoot('dataset-dialogue');

      await open(page, server.url, 'models', /^Models$/);
      await page.getByTestId('cache-status').first().waitFor();
      await shoot('models');
      await open(page, server.url, 'bench', /^Benchmark$/);
      await shoot('bench');
      await open(page, server.url, 'about', /^About Bedside$/);
      await shoot('about');
    }
    await context.close();
  } finally {
    await browser.close();
    server.stop();
    removeBuild(OUT_DIR);
  }
  for (const problem of problems) console.error(`\nFAIL: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
