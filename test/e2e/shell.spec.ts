import { MARKERS } from '../../scripts/lib/first-load';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

test('first visit: notice, shell, navigation, deep links, and no outside request', async ({
  page,
  outsideRequests,
}) => {
  await page.goto('./');
  const notice = page.getByRole('dialog', { name: 'Welcome to Bedside' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('stored on this device');
  await acknowledgeFirstVisit(page);

  await expect(page.getByRole('banner')).toContainText('runs entirely on your device');
  await expect(page.getByRole('complementary', { name: 'Medical disclaimer' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, heading] of [
    ['Dataset', 'Dataset'],
    ['Models', 'Models'],
    ['Benchmark', 'Benchmark'],
    ['About', 'About Bedside'],
    ['Chat', 'Chat'],
  ] as const) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // The disclaimer stays on screen in every view.
    await expect(page.getByRole('complementary', { name: 'Medical disclaimer' })).toBeInViewport();
  }

  // A deep link opens its view directly, and the notice does not come back once acknowledged.
  await page.goto('./#/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About Bedside' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Welcome to Bedside' })).toBeHidden();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Chat' })).toBeVisible();

  expect(outsideRequests).toEqual([]);
});

test('the Models and About views show the WebGPU adapter (SwiftShader here)', async ({ page }) => {
  await page.goto('./#/models');
  await acknowledgeFirstVisit(page);
  await expect(page.getByTestId('cap-webgpu')).toHaveText('available');
  const adapter = page.getByTestId('cap-adapter');
  await expect(adapter).toBeVisible();
  const hasF16 = await page.evaluate(async () => {
    const a = await (navigator as unknown as { gpu: GPU }).gpu.requestAdapter();
    return Boolean(a?.features.has('shader-f16'));
  });
  await expect(page.getByTestId('cap-f16')).toContainText(hasF16 ? 'yes' : 'no');
  // SwiftShader is what headless Chromium offers here; a real GPU elsewhere is also fine.
  const label = (await adapter.textContent()) ?? '';
  if (/swiftshader/i.test(label)) await expect(adapter).toContainText('software renderer');

  await page.goto('./#/about');
  await expect(page.getByTestId('cap-webgpu')).toHaveText('available');
});

test('a browser without WebGPU gets a clear page and the dataset still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined });
  });
  await page.goto('./#/chat');
  await acknowledgeFirstVisit(page);
  const help = page.getByRole('region', { name: 'This browser cannot run the model' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Chrome and Edge 113');
  await help.getByRole('link', { name: 'dataset browser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dataset' })).toBeVisible();
});

test('WebLLM loads only in the model worker: no view fetches it, Models included', async ({
  page,
}) => {
  // Any script whose text is WebLLM's, whatever the bundler named the chunk.
  const webllm: string[] = [];
  page.on('response', async (r) => {
    if (!r.url().endsWith('.js')) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    if (body.includes(MARKERS.webllm)) webllm.push(new URL(r.url()).pathname);
  });
  await page.goto('./#/chat');
  await acknowledgeFirstVisit(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, heading] of [
    ['Dataset', 'Dataset'],
    ['Benchmark', 'Benchmark'],
    ['About', 'About Bedside'],
    ['Chat', 'Chat'],
  ] as const) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  expect(webllm).toEqual([]);

  // The Models view checks which models are downloaded by reading WebLLM's databases itself
  // (src/lib/engine/cache.ts); the model worker waits for a model to be loaded.
  await nav.getByRole('link', { name: 'Models', exact: true }).click();
  await expect(page.getByTestId('cache-status').first()).not.toHaveText('Checking…');
  await page.waitForLoadState('networkidle');
  expect(webllm).toEqual([]);
});
