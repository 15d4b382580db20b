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
