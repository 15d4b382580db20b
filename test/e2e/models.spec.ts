import type { Page } from '@playwright/test';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

const row = (page: Page, name: string | RegExp) => page.getByRole('article', { name });

async function openModels(page: Page) {
  await page.goto('./#/models');
  await acknowledgeFirstVisit(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeVisible();
}

test('shows the capability and recommends an f32 build on SwiftShader, with reasons', async ({
  page,
  outsideRequests,
}) => {
  await openModels(page);
  await expect(page.getByTestId('cap-webgpu')).toHaveText('available');
  const hasF16 = await page.evaluate(async () => {
    const a = await (navigator as unknown as { gpu: GPU }).gpu.requestAdapter();
    return Boolean(a?.features.has('shader-f16'));
  });
  const pick = page.getByTestId('recommended-model');
  await expect(pick).toHaveAttribute('data-model-id', hasF16 ? /q4f16_1/ : /q4f32_1/);
  const reasons = page.getByTestId('recommendation-reasons');
  if (!hasF16) await expect(reasons).toContainText('no 16-bit shaders');
  if (/swiftshader/i.test((await page.getByTestId('cap-adapter').textContent()) ?? '')) {
    await expect(pick).toHaveAttribute('data-model-id', 'SmolLM2-360M-Instruct-q4f32_1-MLC');
    await expect(reasons).toContainText('software');
  }
  await expect(page.getByTestId('chat-model')).toContainText('the recommendation');

  // Every curated model is listed with its estimated size; what cannot run says why.
  const smol = row(page, 'SmolLM2 360M Instruct f32');
  await expect(smol).toContainText('≈ 240.0 MB (estimate)');
  await expect(smol.getByTestId('cache-status')).toHaveText('Not downloaded');
  if (!hasF16) {
    // Each model is listed once with the build this GPU runs; its f16 build is one click away.
    await row(page, 'Llama 3.2 1B Instruct f32').getByRole('radio', { name: 'f16' }).check();
    const f16 = row(page, 'Llama 3.2 1B Instruct f16');
    await expect(f16.getByTestId('fit-warning')).toContainText('shader-f16');
    await expect(f16.getByRole('button', { name: 'Download and load' })).toBeDisabled();
  }
  // The test engine is offered in this test build, clearly labelled, never recommended.
  await expect(row(page, /Test engine \(test build only\)/)).toBeVisible();
  await expect(pick).not.toHaveAttribute('data-model-id', 'bedside-test-engine');
  await expect(page.getByTestId('finetuned-notice')).toContainText('not published in this build');
  expect(outsideRequests).toEqual([]);
});

test('a custom model is validated, kept across reloads, and removable', async ({ page }) => {
  // A stand-in model repository on Hugging Face, the host the security policy allows: page
  // routes take precedence over the fixture's block.
  const repo = 'https://huggingface.co/bedside-e2e/custom';
  await page.route(`${repo}/**`, (route) => {
    const url = route.request().url();
    if (url === `${repo}/resolve/main/mlc-chat-config.json`) {
      return route.fulfill({
        json: {
          context_window_size: 2048,
          quantization: 'q4f32_1',
          tokenizer_files: ['tokenizer.json'],
        },
        headers: { 'Access-Control-Allow-Origin': '*' },
      });
    }
    if (url.endsWith('.wasm')) {
      return route.fulfill({
        status: 200,
        body: '',
        headers: { 'Access-Control-Allow-Origin': '*' },
      });
    }
    return route.fulfill({ status: 404, headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  await openModels(page);
  const form = page.getByRole('region', { name: 'Add a custom model' });
  await form.getByLabel('Model ID').fill('Bedside-custom-q4f32_1-MLC');
  // A host outside the security policy is refused before any request, saying why.
  await form.getByLabel('Model URL').fill('https://models.example.org/bedside');
  await form.getByLabel('Model library URL').fill('https://models.example.org/lib.wasm');
  await form.getByRole('button', { name: 'Add model' }).click();
  for (const field of ['Model URL', 'Model library URL']) {
    await expect(form.getByLabel(field)).toHaveAccessibleDescription(
      /security policy only allows models served from this site, Hugging Face or raw\.githubusercontent\.com/,
    );
  }

  await form.getByLabel('Model URL').fill(`${repo}/missing`);
  await form.getByLabel('Model library URL').fill(`${repo}/resolve/main/lib.wasm`);
  await form.getByRole('button', { name: 'Add model' }).click();
  // An unreachable config is refused with where WebLLM looked; nothing typed is lost.
  await expect(form.getByLabel('Model URL')).toHaveAccessibleDescription(/answered 404/);
  await expect(form.getByLabel('Model ID')).toHaveValue('Bedside-custom-q4f32_1-MLC');

  await form.getByLabel('Model URL').fill(repo);
  await form.getByRole('button', { name: 'Add model' }).click();
  await expect(form.getByRole('status')).toContainText('Added Bedside-custom-q4f32_1-MLC');
  const custom = row(page, 'Bedside-custom-q4f32_1-MLC f32');
  await expect(custom).toContainText('2048 tokens');

  await page.reload();
  await expect(custom).toBeVisible();
  await expect(custom).toContainText('Custom');

  await custom.getByRole('button', { name: 'Remove' }).click();
  await custom.getByRole('button', { name: 'Remove it and delete its files' }).click();
  await expect(custom).toHaveCount(0);
  await page.reload();
  await expect(row(page, 'SmolLM2 360M Instruct f32')).toBeVisible();
  await expect(custom).toHaveCount(0);
});

test('a download from an unreachable host fails clearly and leaves nothing cached', async ({
  page,
  outsideRequests,
}) => {
  await openModels(page);
  const smol = row(page, 'SmolLM2 360M Instruct f32');
  await expect(smol.getByTestId('cache-status')).toHaveText('Not downloaded');
  await smol.getByRole('button', { name: 'Download and load' }).click();

  // The real WebLLM code runs in its worker; the request is blocked; the error is mapped.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Download interrupted', { timeout: 45_000 });
  await expect(alert).toContainText('network is unreachable');
  await expect(alert.getByRole('button', { name: 'Retry download' })).toBeVisible();
  expect(outsideRequests.some((url) => url.startsWith('https://huggingface.co/'))).toBe(true);

  await expect(smol.getByTestId('cache-status')).toHaveText('Not downloaded');
  await expect(page.getByTestId('loaded-model')).toHaveCount(0);
  const stored = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    let keys = 0;
    for (const name of names.filter((n) => n.startsWith('webllm/'))) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (db.objectStoreNames.contains('urls')) {
        keys += await new Promise<number>((resolve) => {
          const count = db.transaction('urls').objectStore('urls').count();
          count.onsuccess = () => resolve(count.result);
        });
      }
      db.close();
    }
    return keys;
  });
  expect(stored).toBe(0);
});

test('the test engine loads, streams a reply, stops on request and shows stats', async ({
  page,
  outsideRequests,
}) => {
  await openModels(page);
  const testRow = row(page, /Test engine \(test build only\)/);
  await testRow.getByRole('button', { name: 'Load' }).click();
  await expect(page.getByTestId('loaded-model')).toContainText('is loaded and ready');
  await expect(testRow.getByRole('button', { name: 'Use in Chat' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const prompt = page.getByLabel('Prompt');
  await prompt.fill('my knee hurts');
  await page.getByRole('button', { name: 'Generate' }).click();
  const reply = page.getByTestId('try-reply');
  await expect(reply).toContainText('not from a language model.');
  await expect(reply).toHaveText(/^Test reply to "my knee hurts"/);
  const stats = page.getByTestId('generation-stats');
  await expect(stats).toContainText('tokens/s');
  await expect(stats).toContainText('3 prompt tokens');

  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(reply).toContainText('Test reply');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(reply).toContainText('[stopped]');
  await expect(reply).not.toContainText('language model');

  // The selection survives a reload.
  await page.reload();
  await expect(page.getByTestId('chat-model')).toContainText('Test engine (test build only)');
  expect(outsideRequests).toEqual([]);
});

test('nothing on the Models view jumps when the device check ends (layout shift under 0.1)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await page.goto('./#/models');
    if (width === 1280) await acknowledgeFirstVisit(page);
    await page.reload();
    await expect(page.getByTestId('recommended-model')).toBeVisible();
    await expect(page.getByTestId('cap-webgpu')).toBeVisible();
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    expect(shift, `layout shift at ${width} px`).toBeLessThan(0.1);
  }
});
