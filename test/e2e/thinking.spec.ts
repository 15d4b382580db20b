// A thinking model (Qwen3-like) whose template opens a <think> block and ignores the switch:
// the reasoning never reaches the screen nor the conversation saved in IndexedDB. The test
// engine's thinking entry streams such a block, cut so that chunks split both tags.
import type { Page } from '@playwright/test';
import { acknowledgeFirstVisit, expect, test } from './fixtures';

const REASONING = ['<think', 'think>', 'Reason first', 'The person asks'];

/** Every record of the conversation database, as JSON. */
async function storedConversations(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bedside-chat');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records: unknown[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      records.push(
        await new Promise<unknown[]>((resolve) => {
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result);
        }),
      );
    }
    db.close();
    return JSON.stringify(records);
  });
}

test('a thinking model answers without its reasoning, on screen and in the saved conversation', async ({
  page,
  outsideRequests,
}) => {
  await page.goto('./#/models');
  await acknowledgeFirstVisit(page);
  const row = page.getByRole('article', { name: /Test engine, thinking model/ });
  await row.getByRole('button', { name: 'Use in Chat' }).click();
  await expect(row.getByRole('button', { name: 'Use in Chat' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
  await expect(page.getByTestId('chat-model-line')).toContainText('Test engine, thinking model');

  // While the model reasons, nothing of it shows: the answer says "Thinking…".
  await page.evaluate(() => {
    const w = window as unknown as { sawThinking: boolean; sawTag: boolean };
    w.sawThinking = false;
    w.sawTag = false;
    new MutationObserver(() => {
      const answer = document.querySelector('[data-testid="answer"]');
      if (!answer) return;
      if (
        /Thinking/.test(answer.querySelector('[data-testid="answer-working"]')?.textContent ?? '')
      ) {
        w.sawThinking = true;
      }
      if (/think>|<think|Reason first/.test(answer.textContent ?? '')) w.sawTag = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('My knee hurts when I climb stairs');
  await composer.press('Enter');
  const answer = page.getByRole('article', { name: "Bedside's answer" }).first();
  await expect(answer.getByTestId('answer-text')).toContainText('not from a language model.');
  await expect(answer.getByTestId('answer-text')).toHaveText(
    /^Test reply to "My knee hurts when I climb stairs"/,
  );
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  for (const text of REASONING) await expect(answer).not.toContainText(text);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { sawThinking: boolean; sawTag: boolean };
    return { sawThinking: w.sawThinking, sawTag: w.sawTag };
  });
  expect(seen.sawTag).toBe(false);
  expect(seen.sawThinking).toBe(true);

  // The saved conversation holds the answer, and none of the reasoning.
  await expect.poll(() => storedConversations(page)).toContain('not from a language model.');
  const stored = await storedConversations(page);
  for (const text of REASONING) expect(stored).not.toContain(text);

  // After a reload, the same.
  await page.reload();
  await expect(answer.getByTestId('answer-text')).toContainText('not from a language model.');
  for (const text of REASONING) await expect(answer).not.toContainText(text);
  expect(outsideRequests).toEqual([]);
});
