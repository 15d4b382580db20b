// Offline use and updates, with the real service worker (the other tests block it so that
// page.route sees every request).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

const summary = (page: Page) => page.locator('#results-summary');

/** Waits until the service worker is active (the app shell precached) and controls the page. */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    // The first visit installs the worker; it controls the page from the next load on.
    await page.reload();
  }
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
}

test('after one visit, Bedside opens offline with the stored dataset, and search works', async ({
  page,
  context,
}) => {
  await page.goto('./#/dataset');
  await acknowledgeFirstVisit(page);
  await expect(summary(page)).toHaveText(/^[\d,]+ dialogues$/, { timeout: 30_000 });
  const total = await summary(page).textContent();
  await untilControlled(page);

  // The dataset files are not precached: IndexedDB holds the dataset.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.some((url) => /\/assets\/index-[^/]+\.js/.test(url))).toBe(true);
  // WebLLM, once: in the model worker, so that a downloaded model starts offline too.
  expect(cached.some((url) => /\/assets\/llm\.worker-[^/]+\.js/.test(url))).toBe(true);
  expect(cached.some((url) => url.includes('/data/'))).toBe(false);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dataset' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Welcome to Bedside' })).toBeHidden();
  await expect(summary(page)).toHaveText(total!);
  await page.getByRole('searchbox', { name: 'Search dialogues' }).fill('pneumonia');
  await expect(summary(page)).toHaveText(/dialogues? match “pneumonia”/);
  await page.getByRole('list', { name: 'Results' }).getByRole('link').first().click();
  await expect(page.locator('#dialogue-title')).toBeFocused();

  // The other views open too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Bedside' })).toBeVisible();
  await context.setOffline(false);
});

test('a new version shows "update available"; Later hides it, Reload switches to it', async ({
  page,
}) => {
  await page.goto('./#/about');
  await acknowledgeFirstVisit(page);
  await untilControlled(page);
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Bedside' });
  await expect(prompt).toHaveCount(0);

  // Deploy "a new version": the preview server reads files on each request, so changing the
  // built sw.js on disk is what a deploy looks like to the browser. (Routes cannot: the
  // browser fetches service worker scripts itself.)
  const swFile = join(process.env.E2E_OUT ?? 'dist-e2e', 'sw.js'); // as playwright.config.ts
  const original = await readFile(swFile, 'utf8');
  try {
    await writeFile(swFile, `${original}\n// a new version\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(prompt).toBeVisible();
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);

    // Later keeps the new version waiting: this tab still offers it after a reload.
    await page.reload();
    await expect(prompt).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1, name: 'About Bedside' })).toBeVisible();
    await expect(prompt).toHaveCount(0);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: Boolean(registration?.waiting),
        controlled: Boolean(navigator.serviceWorker.controller),
      };
    });
    expect(state).toEqual({ waiting: false, controlled: true });
  } finally {
    await writeFile(swFile, original);
  }
});
