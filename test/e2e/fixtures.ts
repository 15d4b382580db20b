// Shared e2e fixture: every request that is not to the local preview server is aborted and
// recorded, so a test can assert that nothing left the machine.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: async ({ context }, use) => {
    const outside: string[] = [];
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        outside.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    await use(outside);
  },
  page: async ({ page, outsideRequests: _ }, use) => {
    // Skip the first-visit notice unless a test asks for it, by pre-setting nothing:
    // tests that need the notice use a fresh context anyway.
    await use(page);
  },
});

export { expect };

/** Dismisses the first-visit notice when it is open. */
export async function acknowledgeFirstVisit(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Welcome to Bedside' });
  await dialog.getByRole('button', { name: 'I understand' }).click();
  await expect(dialog).toBeHidden();
}

const TEST_ENGINE = /Test engine \(test build only\)/;

/** Picks the test engine on the Models view (and loads it unless `load` is false). */
export async function useTestEngine(page: Page, { load = true } = {}) {
  await page.goto('./#/models');
  await acknowledgeFirstVisit(page);
  const row = page.getByRole('article', { name: TEST_ENGINE });
  if (load) {
    await row.getByRole('button', { name: 'Load' }).click();
    await expect(page.getByTestId('loaded-model')).toContainText('is loaded and ready');
  } else {
    await row.getByRole('button', { name: 'Use in Chat' }).click();
    await expect(row.getByRole('button', { name: 'Use in Chat' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }
  // In-app navigation keeps the loaded model.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
  await expect(page.getByTestId('chat-model-line')).toContainText('Test engine');
}
