import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { acknowledgeFirstVisit, expect, test, useTestEngine } from './fixtures';

/** The dataset is imported on the first visit; similar cases need its search index. */
async function datasetReady(page: Page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('bedside:search-index').length > 0,
    null,
    { timeout: 45_000 },
  );
}

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message' });
const answers = (page: Page) => page.getByRole('article', { name: "Bedside's answer" });
const questions = (page: Page) => page.getByTestId('question-text');
const menu = (page: Page) => page.locator('summary').filter({ hasText: 'Conversation actions' });

// The first visit imports the dataset (a few seconds on a slow machine) before cases show.
test.describe.configure({ timeout: 120_000 });

async function send(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

test('send, stream, stop, regenerate; a reload keeps the conversation', async ({
  page,
  outsideRequests,
}) => {
  await useTestEngine(page);
  await datasetReady(page);
  // Typing looks up the draft's cases; once one lookup has come back, the retriever is built
  // and Send finds its cases within the answer's grace (on a busy machine the build can take
  // longer than that, and the answer would rightly come without them).
  await composer(page).fill('I have had a dry cough and a fever for three days');
  await page.waitForFunction(
    () => performance.getEntriesByName('bedside:retrieve').length > 0,
    null,
    { timeout: 45_000 },
  );

  await send(page, 'I have had a dry cough and a fever for three days');
  await expect(questions(page)).toHaveText('I have had a dry cough and a fever for three days');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  const first = answers(page).first();
  await expect(first.getByTestId('answer-text')).toContainText('not from a language model.');
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  await expect(first.getByTestId('answer-stats')).toContainText('tok/s');
  await expect(first).toContainText('Not medical advice.');

  // Grounding: similar dataset dialogues, with provenance, linking to the Dataset view.
  const cases = first.getByTestId('similar-cases');
  await expect(cases).toContainText('Similar cases in the dataset');
  const caseLinks = cases.getByRole('link');
  expect(await caseLinks.count()).toBeGreaterThan(0);
  await expect(caseLinks.first()).toHaveAttribute('href', /^#\/dataset\/[a-z0-9]+-\d+$/);
  await expect(cases).toContainText(/know_medical_dialogue|MTS-Dialog|ACI-Bench/);

  // Stop with Escape while it streams: the partial answer stays, marked stopped.
  await send(page, 'and it gets worse at night when I lie down, what should I do about that?');
  const second = answers(page).nth(1);
  await expect(second.getByTestId('answer-text')).toContainText('Test reply');
  await page.keyboard.press('Escape');
  await expect(second.getByTestId('answer-stopped')).toHaveText('stopped');
  await expect(second).not.toContainText('language model.');

  // Regenerate replaces it with a full answer.
  await second.getByRole('button', { name: 'Regenerate' }).click();
  await expect(answers(page).nth(1).getByTestId('answer-text')).toContainText(
    'not from a language model.',
  );
  await expect(answers(page).nth(1).getByTestId('answer-stopped')).toHaveCount(0);
  await expect(answers(page)).toHaveCount(2);

  // A reload shows the same conversation, from IndexedDB.
  const url = page.url();
  expect(url).toMatch(/#\/chat\/[\w-]+$/);
  await page.reload();
  await expect(questions(page)).toHaveCount(2);
  await expect(answers(page)).toHaveCount(2);
  await expect(answers(page).nth(1)).toContainText('not from a language model.');
  await expect(
    page.getByTestId('conversation-list').getByRole('link', { name: /I have had a dry cough/ }),
  ).toHaveAttribute('aria-current', 'page');

  // A case opens in the Dataset view (older answers keep their cases folded).
  const oldCases = answers(page).first().getByTestId('similar-cases');
  await oldCases.getByText(/^Similar cases in the dataset/).click();
  const caseLink = oldCases.getByRole('link').first();
  const caseId = (await caseLink.getAttribute('href'))!.replace('#/dataset/', '');
  await caseLink.click();
  await expect(page).toHaveURL(new RegExp(`#/dataset/${caseId}$`));
  await expect(page.getByRole('link', { name: 'Ask about this' })).toBeVisible();
  expect(outsideRequests).toEqual([]);
});

test('the first send loads the model inline; an emergency shows the banner and still gets an answer', async ({
  page,
  outsideRequests,
}) => {
  await useTestEngine(page, { load: false });
  await expect(page.getByTestId('chat-model-line')).toContainText('loads when you send');
  // The test engine loads in a fraction of a second: record whether the progress appeared.
  await page.evaluate(() => {
    const w = window as unknown as { sawLoading: boolean };
    w.sawLoading = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="chat-model-loading"]')) w.sawLoading = true;
    }).observe(document.body, { childList: true, subtree: true });
  });

  await send(page, 'crushing chest pain spreading to my left arm and sweating');
  const answer = answers(page).first();
  const banner = answer.getByRole('alert');
  await expect(banner).toContainText('Get emergency help now');
  await expect(banner).toContainText('Chest pain with warning signs');
  await expect(answer.getByTestId('answer-text')).toContainText('not from a language model.');
  // The banner is above the answer.
  const bannerBox = (await banner.boundingBox())!;
  const textBox = (await answer.getByTestId('answer-text').boundingBox())!;
  expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(textBox.y);
  expect(await page.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading)).toBe(
    true,
  );
  await expect(page.getByTestId('chat-model-line')).toContainText('is ready');
  expect(outsideRequests).toEqual([]);
});

test('a lost GPU shows a clear error, offers to try again and keeps the conversation', async ({
  page,
}) => {
  await useTestEngine(page);
  await send(page, 'my head is spinning #fail-device-lost');
  const alert = answers(page).first().getByRole('alert');
  await expect(alert).toContainText('The GPU ran out of memory');
  await expect(alert).toContainText('your conversation is kept');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(questions(page)).toHaveText('my head is spinning #fail-device-lost');
  await expect(composer(page)).toBeEditable();

  await page.reload();
  await expect(questions(page)).toHaveText('my head is spinning #fail-device-lost');
  await expect(answers(page).first()).toContainText('The GPU ran out of memory');
});

test('"Ask about this" opens a new conversation with a prefilled question, not sent', async ({
  page,
}) => {
  await page.goto('./#/dataset/v1-0');
  await acknowledgeFirstVisit(page);
  await page.getByRole('link', { name: 'Ask about this' }).click();
  await expect(page).toHaveURL(/#\/chat\?ask=v1-0$/);
  await expect(composer(page)).toHaveValue(/^throat a bit sore/);
  await expect(composer(page)).toBeFocused();
  await expect(page.getByTestId('ask-note')).toContainText('Prefilled from dataset dialogue v1-0');
  await expect(answers(page)).toHaveCount(0);
  await expect(questions(page)).toHaveCount(0);
});

test('several conversations: rename, export Markdown and JSON, delete, import', async ({
  page,
}) => {
  await useTestEngine(page);
  await send(page, 'My back hurts after lifting boxes');
  await expect(answers(page).first()).toContainText('language model.');
  await page.getByRole('button', { name: 'New conversation' }).click();
  await expect(page.getByTestId('chat-empty')).toBeVisible();
  await send(page, 'Is a sore throat contagious?');
  await expect(answers(page).first()).toContainText('language model.');
  const list = page.getByTestId('conversation-list');
  await expect(list.getByRole('link')).toHaveCount(2);

  // Rename the conversation on screen.
  await menu(page).click();
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Conversation title' }).fill('Throat question');
  await page.getByRole('textbox', { name: 'Conversation title' }).press('Enter');
  await expect(page.getByTestId('conversation-title')).toHaveText('Throat question');
  await expect(list.getByRole('link').first()).toContainText('Throat question');

  // Export it as Markdown: a file on this device.
  await menu(page).click();
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/^bedside-throat-question-\d{4}-\d\d-\d\d\.md$/);
  const md = await readFile((await markdown.path())!, 'utf8');
  expect(md).toContain('# Throat question');
  expect(md).toContain('Is a sore throat contagious?');

  // Export everything as JSON, delete one, import the file back.
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all (JSON)' }).click(),
  ]);
  const jsonPath = (await json.path())!;
  await list.getByRole('link', { name: /My back hurts/ }).click();
  await menu(page).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('group', { name: 'Confirm deletion' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(page).toHaveURL(/#\/chat$/);

  await page.getByLabel('Import conversations from a JSON file').setInputFiles(jsonPath);
  // The import says what it did: the conversation still here was added as a copy (issue 15).
  await expect(page.getByTestId('import-summary')).toContainText(
    'Imported 2 conversations; 1 was already on this device and was added as a copy.',
  );
  await expect(list.getByRole('link')).toHaveCount(3);
  await list.getByRole('link', { name: /My back hurts/ }).click();
  await expect(questions(page)).toHaveText('My back hurts after lifting boxes');

  await page.reload();
  await expect(page.getByTestId('conversation-list').getByRole('link')).toHaveCount(3);
});

test('on a phone the composer stays at the bottom and the list is a collapsible panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await useTestEngine(page);
  for (const text of ['first question about a rash', 'second question about a cough']) {
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await send(page, text);
    await expect(answers(page).last()).toContainText('language model.');
  }
  const box = (await composer(page).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  expect(box.y).toBeGreaterThan(740 / 2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const toggle = page.getByRole('button', { name: 'Conversations (2)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('conversation-list')).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByTestId('conversation-list').getByRole('link', { name: /rash/ }).click();
  await expect(page.getByTestId('conversation-list')).toBeHidden();
  await expect(questions(page)).toHaveText('first question about a rash');
});
