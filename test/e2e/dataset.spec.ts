import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatBytes, formatNumber } from '@/lib/format';
import type { Manifest } from '@/lib/data/manifest';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

// The files `npm run data` generated, which the test build serves at data/.
const manifest = JSON.parse(
  readFileSync(new URL('../../static-data/generated/manifest.json', import.meta.url), 'utf8'),
) as Manifest;
const total = manifest.totals.dialogues;

/** Dialogues stored in IndexedDB (the slot in use), read from the page. */
function storedCount(page: Page): Promise<number> {
  return page.evaluate(
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
}

const summary = (page: Page) => page.locator('#results-summary');
const results = (page: Page) => page.getByRole('list', { name: 'Results' }).locator(':scope > li');

test('the dataset: first import with progress, search, filters, detail, and a reload from IndexedDB', async ({
  page,
  outsideRequests,
}) => {
  const dialogueRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/data\/dialogues-/.test(r.url())) dialogueRequests.push(r.url());
  });
  // Slow the dialogue files a little so that the progress can be seen.
  await page.route(/\/data\/dialogues-/, async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });

  await page.goto('./#/dataset');
  const notice = page.getByRole('dialog', { name: 'Welcome to Bedside' });
  await expect(notice).toContainText(
    `The medical dialogue dataset — ${formatBytes(manifest.totals.bytes)}`,
  );
  await expect(page.getByRole('progressbar', { name: 'Downloaded' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Stored' })).toBeVisible();
  await expect(page.getByText(/of [\d,]+ dialogues$/)).toBeVisible();
  await acknowledgeFirstVisit(page);

  await expect(page.getByText(`Stored ${formatNumber(total)} dialogues`)).toBeVisible({
    timeout: 30_000,
  });
  await expect(summary(page)).toHaveText(`${formatNumber(total)} dialogues`);
  expect(await storedCount(page)).toBe(total);
  expect(dialogueRequests).toHaveLength(manifest.files.length);
  await expect(page.getByTestId('index-origin')).toHaveText('Search index built now and saved.');
  await expect(page.getByTestId('storage-used')).toContainText('This site uses');

  // Search: matches are highlighted with <mark>.
  const search = page.getByRole('searchbox', { name: 'Search dialogues' });
  await search.fill('pneumonia');
  await expect(summary(page)).toHaveText(/^[\d,]+ dialogues match “pneumonia”$/);
  const found = Number((await summary(page).textContent())!.replace(/[^\d]/g, ''));
  expect(found).toBeGreaterThan(20);
  await expect(results(page).first().locator('mark').first()).toHaveText(/pneumonia/i);

  // Filters: dataset, then flagged rows hidden; every shown row obeys them.
  await page
    .getByLabel('Dataset', { exact: true })
    .selectOption({ label: 'know_medical_dialogues v1' });
  await expect(summary(page)).not.toHaveText(`${formatNumber(found)} dialogues match “pneumonia”`);
  const v1Items = results(page);
  await expect(v1Items.first()).toBeVisible();
  for (const text of await v1Items.allTextContents())
    expect(text).toContain('know_medical_dialogues v1');
  await page.getByLabel('Hide flagged rows').check();
  await expect(page.getByRole('list', { name: 'Quality flags' })).toHaveCount(0);

  // With no words, a segment or split filter shows exactly the manifest's count.
  await search.fill('');
  await page.getByLabel('Hide flagged rows').uncheck();
  await page
    .getByLabel('Dataset', { exact: true })
    .selectOption({ label: 'know_medical_dialogue_v2' });
  await page.getByLabel('Segment', { exact: true }).selectOption({ label: 'Reddit r/AskDocs' });
  await expect(summary(page)).toHaveText(
    `${formatNumber(manifest.counts.segment.askdocs!)} dialogues`,
  );
  await page.getByLabel('Dataset', { exact: true }).selectOption({ label: 'All datasets' });
  await page.getByLabel('Segment', { exact: true }).selectOption({ label: 'All segments' });
  await page.getByLabel('Split', { exact: true }).selectOption('test');
  await expect(summary(page)).toHaveText(`${formatNumber(manifest.counts.split.test)} dialogues`);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of')).toBeVisible();

  // A dialogue: conversation, provenance, flags, split, and "Ask about this".
  const first = results(page).first().getByRole('link');
  await first.click();
  const heading = page.locator('#dialogue-title');
  await expect(heading).toBeFocused();
  await expect(
    page.getByRole('list', { name: 'Conversation' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(page.getByText('Where this comes from')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^test$/ })).toBeVisible();
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  await expect(page.getByRole('link', { name: 'Ask about this' })).toHaveAttribute(
    'href',
    `#/chat?ask=${id}`,
  );

  // Reload: everything comes from IndexedDB; no dialogue file is fetched again.
  dialogueRequests.length = 0;
  await page.goto('./#/dataset');
  await page.reload();
  await expect(summary(page)).toBeVisible();
  await expect(page.getByTestId('index-origin')).toHaveText(
    'Search index loaded from this device.',
  );
  await page.getByRole('searchbox', { name: 'Search dialogues' }).fill('pneumonia');
  await expect(summary(page)).toHaveText(/dialogues? match “pneumonia”/);
  expect(dialogueRequests).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

test('a damaged dialogue file shows a clear error, and Retry recovers', async ({ page }) => {
  let damage = true;
  await page.route(/\/data\/dialogues-v1\./, async (route) => {
    if (!damage) return route.continue();
    const response = await route.fetch();
    const body = (await response.body()).toString('utf8').replace('pneumonia', 'pneumoniA');
    return route.fulfill({ response, body });
  });
  await page.goto('./#/dataset');
  await acknowledgeFirstVisit(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('arrived damaged (its sha256 does not match the manifest)');
  damage = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(summary(page)).toHaveText(`${formatNumber(total)} dialogues`, { timeout: 30_000 });
});

test('the dataset view fits a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./#/dataset');
  await acknowledgeFirstVisit(page);
  await expect(summary(page)).toBeVisible({ timeout: 30_000 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await results(page).first().getByRole('link').click();
  await expect(page.getByRole('link', { name: 'Ask about this' })).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
});
