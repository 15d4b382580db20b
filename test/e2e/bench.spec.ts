import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodeDialogues, type DialogueFile } from '@/lib/data/codec';
import type { Manifest } from '@/lib/data/manifest';
import type { Dialogue } from '@/lib/data/normalize';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

// The files `npm run data` generated, which the test build serves at data/.
const generated = new URL('../../static-data/generated/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', generated), 'utf8')) as Manifest;
const byId = new Map<string, Dialogue>(
  manifest.files
    .flatMap((f) =>
      decodeDialogues(JSON.parse(readFileSync(new URL(f.path, generated), 'utf8')) as DialogueFile),
    )
    .map((d) => [d.id, d]),
);

const rows = (page: Page) => page.getByTestId('bench-table').locator('tbody tr');

test('the benchmark runs the test engine on 5 held-out dialogues, reports, exports, and keeps the run', async ({
  page,
  outsideRequests,
}) => {
  test.setTimeout(180_000);
  await page.goto('./#/bench');
  await acknowledgeFirstVisit(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Benchmark' })).toBeVisible();
  await expect(
    page.getByText('ROUGE-L measures word overlap with one doctor’s reply'),
  ).toBeVisible();

  await page.getByLabel('Model').selectOption({ label: 'Test engine (test build only)' });
  await page.getByLabel('Dialogues (N)').fill('5');
  await expect(page.getByLabel('Max tokens per reply')).toHaveValue('256');
  // The test engine streams a word every 40 ms and echoes the question: 40 tokens keep each
  // reply under two seconds, and the run shows that the setting reaches the engine.
  await page.getByLabel('Max tokens per reply').fill('40');
  await page.getByRole('button', { name: 'Run benchmark' }).click();

  const progress = page.getByTestId('bench-progress');
  await expect(progress).toContainText(/Dialogue \d of 5/, { timeout: 60_000 });
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(page.getByTestId('run-status')).toContainText('complete', { timeout: 120_000 });
  await expect(progress).toBeHidden();

  // The table, the summary and the charts.
  await expect(rows(page)).toHaveCount(5);
  await expect(page.getByTestId('summary-answered')).toHaveText('5 of 5');
  await expect(page.getByTestId('summary-rouge')).toHaveText(/^0\.\d{3}$/);
  await expect(page.getByTestId('summary-decode')).toHaveText(/tok\/s$/);
  await expect(page.getByRole('img', { name: /ROUGE-L F1 of each reply/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Decode speed of each reply/ })).toBeVisible();
  const firstLink = rows(page).first().getByRole('link');
  await expect(firstLink).toHaveAttribute('href', /^#\/dataset\/v[12]-\d+$/);

  // Export: the file holds the five held-out questions and replies.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bedside-bench-bedside-test-engine-[\dT-]+\.json$/);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'bedside-benchmark', version: 1 });
  expect(file.run.status).toBe('complete');
  expect(file.run.settings).toMatchObject({
    n: 5,
    maxTokens: 40,
    temperature: 0,
    datasetVersion: manifest.version,
    segments: ['covid-scrape-2020', 'askdocs'],
  });
  expect(file.run.items).toHaveLength(5);
  for (const item of file.run.items) {
    const d = byId.get(item.id)!;
    expect(d.split).toBe('test');
    expect(['covid-scrape-2020', 'askdocs']).toContain(d.segment);
    expect(item.prompt).toBe(d.turns[0]!.text.trim());
    expect(item.reference).toBe(d.turns[1]!.text.trim());
    expect(item.reply).toMatch(/^Test reply to "/);
    expect(item.stats.completionTokens).toBeGreaterThan(0);
    expect(item.stats.completionTokens).toBeLessThanOrEqual(40);
  }
  const firstId = file.run.items[0].id as string;
  await expect(firstLink).toHaveText(firstId);

  // A reload shows the saved run.
  await page.reload();
  await expect(page.getByTestId('saved-run')).toHaveCount(1);
  await expect(page.getByTestId('saved-run')).toContainText('Test engine (test build only)');
  await expect(page.getByTestId('run-status')).toContainText('5 of 5 dialogues');
  await expect(rows(page)).toHaveCount(5);
  await expect(rows(page).first().getByRole('link')).toHaveText(firstId);
  expect(outsideRequests).toEqual([]);
});

test('compare models: the test engine and the thinking test engine on the same 3 dialogues, side by side', async ({
  page,
  outsideRequests,
}) => {
  test.setTimeout(180_000);
  await page.goto('./#/bench');
  await acknowledgeFirstVisit(page);
  await page.getByLabel('Model').selectOption({ label: 'Test engine (test build only)' });
  await page
    .getByLabel('Compare with')
    .selectOption({ label: 'Test engine, thinking model (test build only)' });
  await page.getByLabel('Dialogues (N)').fill('3');
  await page.getByLabel('Max tokens per reply').fill('40');
  await page.getByRole('button', { name: 'Run both and compare' }).click();

  const progress = page.getByTestId('bench-progress');
  await expect(progress).toContainText('Comparing two models', { timeout: 60_000 });
  await expect(progress).toContainText(/Model 2 of 2, Test engine, thinking model/, {
    timeout: 120_000,
  });
  await expect(progress).toBeHidden({ timeout: 120_000 });

  const compare = page.getByRole('region', { name: 'Compare two runs' });
  await expect(compare.getByRole('heading', { name: 'Compare two runs' })).toBeFocused();
  const table = compare.getByTestId('compare-table');
  await expect(table).toContainText(
    'A: Test engine (test build only) · B: Test engine, thinking model (test build only), over 3 shared dialogues',
  );
  await expect(table.getByRole('row', { name: /ROUGE-L F1, mean/ })).toBeVisible();
  await expect(page.getByTestId('saved-run')).toHaveCount(2);
  // The thinking model's run, shown last, holds no reasoning.
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId('bench-table')).not.toContainText('Reason first');
  expect(outsideRequests).toEqual([]);
});
