// The structured follow-up check (issue 10): a question that touches a domain with warning
// signs, none of them named, gets one-tap yes/no questions with its answer; a "yes" re-runs the
// triage and raises the banner; skipping never blocks. Keyboard only, axe clean, at both widths.
import type { Page } from '@playwright/test';
import { checkA11y } from './axe';
import { expect, test, useTestEngine } from './fixtures';

// axe is injected as a script tag, which the app's Content Security Policy would refuse.
test.use({ bypassCSP: true });
test.describe.configure({ timeout: 120_000 });

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message' });
const check = (page: Page) =>
  page.getByRole('group', { name: 'A few quick questions about the chest pain' });
const banner = (page: Page) => page.getByTestId('triage-banner');

const answers = (page: Page) => page.getByRole('article', { name: "Bedside's answer" });

// Sends and waits for the whole answer: Enter while an answer streams is not a send (the
// draft stays in the composer), so the next send must wait until Stop has gone.
async function send(page: Page, text: string) {
  const before = await answers(page).count();
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await expect(answers(page)).toHaveCount(before + 1);
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
}

for (const width of [1280, 360]) {
  test(`follow-up questions raise the banner, by keyboard, axe clean (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await useTestEngine(page);

    await send(page, 'I have a dull pain in my chest since this afternoon');
    await expect(banner(page)).toHaveAttribute('data-level', 'urgent');
    await expect(check(page)).toBeVisible();
    const spread = check(page).getByRole('group', {
      name: 'Does the pain spread to the arm, jaw, neck or back?',
    });
    await expect(spread.getByRole('button', { name: 'Yes' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await checkA11y(page, `follow-up questions (${width})`);

    // Keyboard only: from the question's "Yes", Tab reaches its "No"; Space answers.
    await spread.getByRole('button', { name: 'Yes' }).focus();
    await page.keyboard.press('Tab');
    await expect(spread.getByRole('button', { name: 'No' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(spread.getByRole('button', { name: 'Yes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(banner(page)).toHaveAttribute('data-level', 'emergency');
    await expect(check(page).getByRole('status')).toContainText('emergency');
    await checkA11y(page, `follow-up answered, emergency banner (${width})`);

    // The raised banner is saved with the question.
    await page.reload();
    await expect(banner(page)).toHaveAttribute('data-level', 'emergency');

    // Skipping: the questions go and the chat carries on.
    await send(page, 'my chest hurts a bit when I breathe in');
    await expect(check(page)).toBeVisible();
    await check(page).getByRole('button', { name: 'Skip these questions' }).press('Enter');
    await expect(check(page)).toHaveCount(0);
    await send(page, 'thank you');
    await expect(answers(page)).toHaveCount(3);
    await expect(composer(page)).toHaveValue('');
  });
}
