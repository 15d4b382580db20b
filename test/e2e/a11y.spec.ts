// Accessibility: axe-core on every view, in both themes, at desktop and phone widths. Fails on
// any 'serious' or 'critical' violation and prints each one with the elements it concerns.
import type { Page } from '@playwright/test';
import { checkA11y } from './axe';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

// axe is injected as a script tag, which the app's Content Security Policy would refuse;
// csp.spec.ts tests the policy itself.
test.use({ bypassCSP: true });

async function open(page: Page, label: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 360]) {
    test(`every view passes axe: ${scheme} theme, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      await page.goto('./#/dataset');
      await expect(page.getByRole('dialog', { name: 'Welcome to Bedside' })).toBeVisible();
      await checkA11y(page, `first-visit notice (${scheme}, ${width})`);
      await acknowledgeFirstVisit(page);

      await expect(page.locator('#results-summary')).toBeVisible({ timeout: 30_000 });
      await checkA11y(page, `Dataset (${scheme}, ${width})`);
      await page.getByRole('searchbox', { name: 'Search dialogues' }).fill('cough');
      await expect(page.locator('#results-summary')).toHaveText(/match “cough”/);
      await checkA11y(page, `Dataset search (${scheme}, ${width})`);
      await page.getByRole('list', { name: 'Results' }).getByRole('link').first().click();
      await expect(page.locator('#dialogue-title')).toBeFocused();
      await checkA11y(page, `Dataset dialogue (${scheme}, ${width})`);

      await open(page, 'Chat', 'Chat');
      await checkA11y(page, `Chat (${scheme}, ${width})`);
      await open(page, 'Models', 'Models');
      await expect(page.getByTestId('cap-webgpu')).toBeVisible();
      await checkA11y(page, `Models (${scheme}, ${width})`);

      // Chat with an answer: the test engine, an emergency banner, similar cases.
      await page
        .getByRole('article', { name: /Test engine \(test build only\)/ })
        .getByRole('button', { name: 'Load' })
        .click();
      await expect(page.getByTestId('loaded-model')).toContainText('is loaded and ready');
      await checkA11y(page, `Models with a loaded model (${scheme}, ${width})`);
      await open(page, 'Chat', 'Chat');
      const message = page.getByRole('textbox', { name: 'Message' });
      await message.fill('crushing chest pain spreading to my left arm and sweating');
      await message.press('Enter');
      const answer = page.getByRole('article', { name: "Bedside's answer" }).first();
      await expect(answer.getByTestId('answer-text')).toContainText('not from a language model.');
      await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
      await checkA11y(page, `Chat with an answer (${scheme}, ${width})`);
      await open(page, 'Benchmark', 'Benchmark');
      await checkA11y(page, `Benchmark (${scheme}, ${width})`);
      await open(page, 'About', 'About Bedside');
      await checkA11y(page, `About (${scheme}, ${width})`);
    });
  }
}
