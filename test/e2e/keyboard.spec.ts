// Keyboard alone: every step below uses Tab, Enter, Space and typing, no mouse.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until `target` has focus (fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard alone: the notice, views, dataset search, a dialogue, a model and the theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/about');
  // The first-visit notice is modal and has the focus; Enter acknowledges it.
  const notice = page.getByRole('dialog', { name: 'Welcome to Bedside' });
  await expect(notice.getByRole('button', { name: 'I understand' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice).toBeHidden();

  // The skip link is the first stop and moves the focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Views: the focus lands on the new view's heading.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await tabTo(page, nav.getByRole('link', { name: 'Dataset' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dataset' })).toBeFocused();

  // Dataset: search, then open a result.
  const search = page.getByRole('searchbox', { name: 'Search dialogues' });
  await expect(search).toBeVisible({ timeout: 30_000 });
  await tabTo(page, search);
  await page.keyboard.type('fever');
  await expect(page.locator('#results-summary')).toHaveText(/match “fever”/);
  const first = page.getByRole('list', { name: 'Results' }).getByRole('link').first();
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page.locator('#dialogue-title')).toBeFocused();

  // Models: load the test engine and ask it something.
  await tabTo(page, nav.getByRole('link', { name: 'Models' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeFocused();
  const testRow = page.getByRole('article', { name: /Test engine \(test build only\)/ });
  await tabTo(page, testRow.getByRole('button', { name: 'Load' }), 80);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('loaded-model')).toContainText('is loaded and ready');
  await tabTo(page, page.getByLabel('Prompt'), 80);
  await page.keyboard.type('my knee hurts');
  await tabTo(page, page.getByRole('button', { name: 'Generate' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('try-reply')).toContainText('not from a language model.');

  // The theme toggle is a toggle button; Space switches it.
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await tabTo(page, toggle, 120);
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the theme choice is kept and applied before the app renders, with no flash', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/about');
  await page.getByRole('button', { name: 'I understand' }).click();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await background()).toBe('rgb(20, 23, 27)');

  // On the next load, record whether data-theme came before the app's first element.
  await page.addInitScript(() => {
    const order: string[] = [];
    (window as unknown as { __order: string[] }).__order = order;
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && document.documentElement.dataset.theme)
          order.push(`theme:${document.documentElement.dataset.theme}`);
        if (r.type === 'childList' && (r.target as Element).id === 'app') order.push('app');
      }
    }).observe(document, {
      attributes: true,
      attributeFilter: ['data-theme'],
      childList: true,
      subtree: true,
    });
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'About Bedside' })).toBeVisible();
  const order = await page.evaluate(() => (window as unknown as { __order: string[] }).__order);
  expect(order[0]).toBe('theme:dark');
  expect(order).toContain('app');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Pressing it again returns to the device's theme (light here) and forgets the choice.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.reload();
  expect(await background()).toBe('rgb(255, 255, 255)');
});
