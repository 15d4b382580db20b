import { gzipSync } from 'node:zlib';
import { FIRST_LOAD_BUDGET_BYTES, firstLoadScripts, MARKERS } from '../../scripts/lib/first-load';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

test('a build for a sub-path loads its assets and routes under that path', async ({
  page,
  outsideRequests,
}) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(r.url());
  });
  await page.goto('./#/about');
  await acknowledgeFirstVisit(page);
  await expect(page.getByRole('heading', { level: 1, name: 'About Bedside' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/bedside-sub/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Models' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeVisible();
  expect(failed).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

test('the web manifest, icons and service worker resolve under the sub-path', async ({ page }) => {
  await page.goto('./');
  const links = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLLinkElement>(
        'link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]',
      ),
    ].map((l) => new URL(l.href).pathname),
  );
  expect(links.sort()).toEqual([
    '/bedside-sub/apple-touch-icon.png',
    '/bedside-sub/favicon.svg',
    '/bedside-sub/manifest.webmanifest',
  ]);
  const manifest = await (await page.request.get('./manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    name: 'Bedside',
    short_name: 'Bedside',
    display: 'standalone',
    start_url: './',
    scope: './',
  });
  const resolved = new URL(manifest.start_url, page.url());
  expect(resolved.pathname).toBe('/bedside-sub/');
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await page.request.get(new URL(icon.src, resolved).href);
    expect(response.status(), icon.src).toBe(200);
  }
  expect((await page.request.get('./sw.js')).status()).toBe(200);
});

// This project serves a production build (no VITE_TEST_ENGINE), so it checks what ships.
test('the first page load carries no WebLLM and no test engine, within 80 kB gzip', async ({
  page,
}) => {
  const response = await page.goto('./');
  const files = await firstLoadScripts(await response!.text(), page.url(), async (url) =>
    (await page.request.get(url)).text(),
  );
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(file.text, file.url).not.toContain(MARKERS.webllm);
    expect(file.text, file.url).not.toContain(MARKERS.testEngine);
  }
  const gzipped = files.reduce((sum, f) => sum + gzipSync(f.text).byteLength, 0);
  expect(gzipped).toBeLessThan(FIRST_LOAD_BUDGET_BYTES);
});
