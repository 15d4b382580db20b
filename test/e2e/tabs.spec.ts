// Two tabs of Bedside at once: the dataset import and model downloads are serialised across
// tabs with Web Locks, so neither corrupts what the other stores.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Manifest } from '@/lib/data/manifest';
import { formatNumber } from '@/lib/format';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

const manifest = JSON.parse(
  readFileSync(new URL('../../static-data/generated/manifest.json', import.meta.url), 'utf8'),
) as Manifest;
const total = manifest.totals.dialogues;

test('two tabs opening the dataset at once both end with the whole dataset, imported once', async ({
  context,
}) => {
  let fileRequests = 0;
  // Slow the files a little, so that both tabs are surely importing at the same time.
  await context.route(/\/data\/dialogues-/, async (route) => {
    fileRequests += 1;
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
  });
  const [a, b] = [await context.newPage(), await context.newPage()];
  await Promise.all([a.goto('./#/dataset'), b.goto('./#/dataset')]);
  for (const page of [a, b]) {
    await expect(page.locator('#results-summary')).toHaveText(`${formatNumber(total)} dialogues`, {
      timeout: 45_000,
    });
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  // One tab imported; the other waited for the lock and found the version already stored.
  expect(fileRequests).toBe(manifest.files.length);
  const stored = await b.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('bedside-data');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const meta = db.transaction('meta').objectStore('meta').get('current');
          meta.onsuccess = () => {
            // The dialogues stored in the version in use, chunk by chunk (src/lib/data/layout.ts).
            const chunks = db
              .transaction(meta.result.slot)
              .objectStore(meta.result.slot)
              .getAll(IDBKeyRange.bound(0, Infinity));
            chunks.onsuccess = () => {
              db.close();
              resolve(
                (chunks.result as { dialogues: unknown[] }[]).reduce(
                  (n, c) => n + c.dialogues.length,
                  0,
                ),
              );
            };
          };
        };
      }),
  );
  expect(stored).toBe(total);
  // Both can search.
  for (const page of [a, b]) {
    await acknowledgeFirstVisit(page); // each tab shows the first-visit notice
    await page.getByRole('searchbox', { name: 'Search dialogues' }).fill('pneumonia');
    await expect(page.locator('#results-summary')).toHaveText(/match “pneumonia”/);
  }
});

/** Holds the model's download lock in `page` (as a tab that is downloading it would). */
async function holdModelLock(page: Page, modelId: string): Promise<() => Promise<void>> {
  await page.evaluate((name) => {
    const w = window as unknown as { __release?: () => void };
    return new Promise<void>((held) => {
      void navigator.locks.request(
        name,
        () =>
          new Promise<void>((release) => {
            w.__release = release;
            held();
          }),
      );
    });
  }, `bedside:model-download:${modelId}`);
  return () => page.evaluate(() => (window as unknown as { __release: () => void }).__release());
}

test('a model another tab is downloading: this tab says so and waits its turn', async ({
  context,
}) => {
  const smol = 'SmolLM2-360M-Instruct-q4f32_1-MLC';
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto('./#/models');
  await acknowledgeFirstVisit(a);
  const release = await holdModelLock(a, smol);

  await b.goto('./#/models');
  const row = b.getByRole('article', { name: 'SmolLM2 360M Instruct f32' });
  await row.getByRole('button', { name: 'Download and load' }).click();
  const progress = b.getByTestId('load-progress');
  await expect(progress).toContainText('Waiting: another tab is downloading this model');
  await expect(b.getByRole('alert')).toHaveCount(0);

  // The other tab finishes: this one goes ahead (and here, with no network, fails clearly).
  await release();
  await expect(b.getByRole('alert')).toContainText('Download interrupted', { timeout: 45_000 });
});
