// The Content Security Policy of the build (src/lib/security/csp.ts), in the real browser: the
// app works under it, and it blocks requests to any other host. The fixture also aborts every
// request that leaves 127.0.0.1, so these tests look for the policy's own violation events, and
// check that a blocked request never reached the network at all.
import type { Page } from '@playwright/test';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

interface Violation {
  blockedURI: string;
  effectiveDirective: string;
  sourceFile: string;
}

/** Records every securitypolicyviolation the page raises, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        seen.push({
          blockedURI: e.blockedURI,
          effectiveDirective: e.effectiveDirective,
          sourceFile: e.sourceFile,
        }),
      true,
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the built page carries the policy, and normal use raises no violation', async ({
  page,
  outsideRequests,
}) => {
  const violations = await recordViolations(page);
  const response = await page.goto('./#/dataset');
  // The policy is in the HTML as served (a meta tag: GitHub Pages cannot send headers).
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("connect-src 'self' https://huggingface.co");

  // Dataset: the import, a search, a dialogue.
  await acknowledgeFirstVisit(page);
  const summary = page.locator('#results-summary');
  await expect(summary).toHaveText(/^[\d,]+ dialogues$/, { timeout: 30_000 });
  await page.getByRole('searchbox', { name: 'Search dialogues' }).fill('fever');
  await expect(summary).toHaveText(/match “fever”/);
  await page.getByRole('list', { name: 'Results' }).getByRole('link').first().click();
  await expect(page.locator('#dialogue-title')).toBeFocused();

  // Models: the test engine loads and answers.
  await nav(page).getByRole('link', { name: 'Models' }).click();
  await page
    .getByRole('article', { name: /Test engine \(test build only\)/ })
    .getByRole('button', { name: 'Load' })
    .click();
  await expect(page.getByTestId('loaded-model')).toContainText('is loaded and ready');
  await page.getByLabel('Prompt').fill('my knee hurts');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('try-reply')).toContainText('not from a language model.');

  // Chat: a question, an answer rendered from markdown, similar cases.
  await nav(page).getByRole('link', { name: 'Chat', exact: true }).click();
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('I have had a dry cough and a fever for three days');
  await message.press('Enter');
  await expect(
    page.getByRole('article', { name: "Bedside's answer" }).getByTestId('answer-text'),
  ).toContainText('not from a language model.');

  // Every other view, and the theme toggle.
  for (const [label, heading] of [
    ['Benchmark', 'Benchmark'],
    ['About', 'About Bedside'],
  ] as const) {
    await nav(page).getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);

  expect(await violations()).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

test('the policy blocks a request to any other host before it leaves the page', async ({
  page,
  outsideRequests,
}) => {
  await page.goto('./#/about');
  const result = await page.evaluate(async () => {
    const violation = new Promise<{ blockedURI: string; effectiveDirective: string }>((resolve) =>
      document.addEventListener(
        'securitypolicyviolation',
        (e) => resolve({ blockedURI: e.blockedURI, effectiveDirective: e.effectiveDirective }),
        { once: true },
      ),
    );
    const fetched = await fetch('https://example.org/').then(
      () => 'fetched',
      (e: unknown) => String(e),
    );
    return { fetched, violation: await violation };
  });
  expect(result.fetched).toMatch(/TypeError/);
  expect(new URL(result.violation.blockedURI).hostname).toBe('example.org');
  expect(result.violation.effectiveDirective).toBe('connect-src');
  // Blocked by the policy, not by the test's network block: it never reached the network.
  expect(outsideRequests).toEqual([]);
});

test('the model worker, which the meta policy does not reach, refuses other hosts too', async ({
  page,
  outsideRequests,
}) => {
  // A custom model on another host, as an older build without the policy could have saved it.
  await page.goto('./#/models');
  await acknowledgeFirstVisit(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bedside-models');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('custom', 'readwrite');
          tx.objectStore('custom').put({
            id: 'Old-custom-q4f32_1-MLC',
            modelUrl: 'https://models.example.org/old',
            modelLibUrl: 'https://models.example.org/old-q4f32_1-webgpu.wasm',
            contextWindow: 2048,
            precision: 'f32',
            weightFormat: 'q4f32_1',
            addedAt: 1,
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  const old = page.getByRole('article', { name: 'Old-custom-q4f32_1-MLC f32' });
  await old.getByRole('button', { name: 'Download and load' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('served from a host that is not allowed', { timeout: 45_000 });
  await expect(alert).toContainText('Hugging Face or raw.githubusercontent.com');
  expect(outsideRequests.filter((url) => url.includes('example.org'))).toEqual([]);
});
