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

/** axe on the page as it is, in the light theme and then the dark one (the system setting). */
async function checkBothThemes(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await checkA11y(page, `${where} (${scheme})`);
  }
}

// One walk per width, each stop checked in both themes: the walk (dataset import, a model load,
// an answer) is the slow part, so it is done twice rather than four times.
for (const width of [1280, 360]) {
  test(`every view passes axe in both themes: ${width} px`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await page.goto('./#/dataset');
    await expect(page.getByRole('dialog', { name: 'Welcome to Bedside' })).toBeVisible();
    await checkBothThemes(page, `first-visit notice (${width})`);
    await acknowledgeFirstVisit(page);

    await expect(page.locator('#results-summary')).toBeVisible({ timeout: 30_000 });
    await checkBothThemes(page, `Dataset (${width})`);
    await page.getByRole('searchbox', { name: 'Search dialogues' }).fill('cough');
    await expect(page.locator('#results-summary')).toHaveText(/match “cough”/);
    await checkBothThemes(page, `Dataset search (${width})`);
    await page.getByRole('list', { name: 'Results' }).getByRole('link').first().click();
    await expect(page.locator('#dialogue-title')).toBeFocused();
    await checkBothThemes(page, `Dataset dialogue (${width})`);

    await open(page, 'Chat', 'Chat');
    await checkBothThemes(page, `Chat (${width})`);
    await open(page, 'Models', 'Models');
    await expect(page.getByTestId('cap-webgpu')).toBeVisible();
    await checkBothThemes(page, `Models (${width})`);

    // Chat with an answer: the test engine, an emergency banner, similar cases.
    await page
      .getByRole('article', { name: /Test engine \(test build only\)/ })
      .getByRole('button', { name: 'Load' })
      .click();
    await expect(page.getByTestId('loaded-model')).toContainText('is loaded and ready');
    await checkBothThemes(page, `Models with a loaded model (${width})`);
    await open(page, 'Chat', 'Chat');
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.fill('crushing chest pain spreading to my left arm and sweating');
    await message.press('Enter');
    const answer = page.getByRole('article', { name: "Bedside's answer" }).first();
    await expect(answer.getByTestId('answer-text')).toContainText('not from a language model.');
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    await checkBothThemes(page, `Chat with an answer (${width})`);
    await open(page, 'Benchmark', 'Benchmark');
    await checkBothThemes(page, `Benchmark (${width})`);
    await open(page, 'About', 'About Bedside');
    await checkBothThemes(page, `About (${width})`);
  });
}
