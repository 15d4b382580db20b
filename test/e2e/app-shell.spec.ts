// The app shell (scripts/vite-plugin-app-shell.ts): what index.html paints before any script
// has run, and how the app takes its place. On a phone-sized screen, as Lighthouse measures.
import type { Page } from '@playwright/test';
import { NO_SCRIPT, VIEW_HEADINGS } from '../../scripts/vite-plugin-app-shell';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

test.use({ viewport: { width: 412, height: 823 } });

/** Where the frame sits: what must not move when the app replaces the shell. */
async function frame(page: Page) {
  const box = async (selector: string) => {
    // Whole pixels: a real shift is at least one; layout rounding differs by a few hundredths.
    const b = await page.locator(selector).first().boundingBox();
    return (
      b && {
        x: Math.round(b.x),
        y: Math.round(b.y),
        width: Math.round(b.width),
        height: Math.round(b.height),
      }
    );
  };
  const heading = await box('main h1');
  return {
    banner: await box('header'),
    nav: await box('nav'),
    main: { ...(await box('main')), height: undefined },
    disclaimer: await box('aside[aria-label="Medical disclaimer"]'),
    // Its top and line: the text differs with JavaScript off ("Bedside").
    heading: heading && { y: heading.y, height: heading.height },
  };
}

test('without JavaScript the shell shows the frame, a heading and why nothing more comes', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  await page.goto('./#/dataset');
  await expect(page.getByRole('heading', { level: 1, name: 'Bedside' })).toBeVisible();
  // By CSS: Playwright's text and role locators never look inside <noscript>.
  const noScript = page.locator('main noscript p');
  await expect(noScript).toBeVisible();
  await expect(noScript).toHaveText(NO_SCRIPT);
  await expect(page.getByRole('banner')).toContainText('runs entirely on your device');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Dataset', exact: true })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Medical disclaimer' })).toBeVisible();
  // Nothing says it is loading, and nothing is marked busy: nothing will load.
  await expect(page.getByText(/Opening/)).toHaveCount(0);
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
  const shell = await frame(page);
  await context.close();

  // The app takes the shell's place without moving the frame, and the page then holds one
  // of each landmark and one h1: the shell's are gone from the accessibility tree.
  const app = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const live = await app.newPage();
  await live.goto('./#/dataset');
  await acknowledgeFirstVisit(live);
  await expect(live.getByRole('heading', { level: 1 })).toHaveText('Dataset');
  await expect(live.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(live.getByRole('main')).toHaveCount(1);
  await expect(live.getByRole('banner')).toHaveCount(1);
  await expect(live.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
  await expect(live.getByRole('complementary', { name: 'Medical disclaimer' })).toHaveCount(1);
  await expect(live.getByText('Bedside is a private medical-dialogue assistant')).toHaveCount(0);
  await expect(live.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
  expect(await frame(live)).toEqual(shell);
  await app.close();
});

for (const view of ['chat', 'dataset', 'models'] as const) {
  test(`while the code loads, #/${view} shows its heading, its link current and "Opening"`, async ({
    page,
  }) => {
    // The app's code never arrives (a very slow network): the shell is what stays on screen.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(`./#/${view}`);
    const { text, hidden } = VIEW_HEADINGS[view];
    const heading = page.getByRole('heading', { level: 1, name: text, exact: true });
    await expect(heading).toHaveCount(1);
    if (hidden) await expect(heading).toHaveClass('visually-hidden');
    else await expect(heading).toBeVisible();
    const label = view[0]!.toUpperCase() + view.slice(1);
    await expect(page.getByRole('status')).toHaveText(`Opening ${label}…`);
    await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }),
    ).toHaveAttribute('aria-current', 'page');
    const shell = await frame(page);

    // With the code: the view's own heading is the shell's, in the same place.
    await page.unrouteAll();
    await page.reload();
    await acknowledgeFirstVisit(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    const after = await frame(page);
    // The Chat's heading is for screen readers only, and its layout pads <main> its own way.
    if (hidden) expect([after.banner, after.disclaimer]).toEqual([shell.banner, shell.disclaimer]);
    else expect(after).toEqual(shell);
  });
}

test('a saved dark theme paints the shell dark, before the app runs', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bedside-theme', 'dark'));
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('./#/chat');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 23, 27)');
});
