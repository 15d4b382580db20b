// Shared e2e fixture: every request that is not to the local preview server is aborted and
// recorded, so a test can assert that nothing left the machine.
import { test as base, expect } from '@playwright/test';

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
export async function acknowledgeFirstVisit(page: import('@playwright/test').Page) {
  const dialog = page.getByRole('dialog', { name: 'Welcome to Bedside' });
  await dialog.getByRole('button', { name: 'I understand' }).click();
  await expect(dialog).toBeHidden();
}
