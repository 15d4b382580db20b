// Issue 15: hostile files, corrupted storage and lost databases never lock a person out. Each
// test reproduces one numbered failure of the issue as a person (or another tab) would cause
// it, then checks that nothing is lost and the Chat goes on working.
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { checkA11y } from './axe';
import { acknowledgeFirstVisit, expect, test, useTestEngine } from './fixtures';

// axe (the last tests) is injected as a script tag, which the Content Security Policy refuses.
test.use({ bypassCSP: true });
test.describe.configure({ timeout: 120_000 });

/** The file of item 1, exactly as the issue gives it. */
const ITEM_1 =
  '{"format":"bedside-conversations","version":1,"conversations":[{"id":"x","title":"t",' +
  '"createdAt":1,"updatedAt":8640000000000001,"messages":[{"id":"m","role":"user",' +
  '"content":"hi","createdAt":1}]}]}';

const DAY = Date.UTC(2026, 0, 5, 12);

function conversation(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title,
    createdAt: DAY,
    updatedAt: DAY + 1000,
    messages: [
      { id: `${id}-q`, role: 'user', content: `Question of ${title}`, createdAt: DAY },
      {
        id: `${id}-a`,
        role: 'assistant',
        content: `Answer of ${title}`,
        createdAt: DAY + 1000,
      },
    ],
    ...extra,
  };
}

function exportText(conversations: unknown[]): string {
  return JSON.stringify({ format: 'bedside-conversations', version: 1, conversations });
}

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message' });
const answers = (page: Page) => page.getByRole('article', { name: "Bedside's answer" });
const questions = (page: Page) => page.getByTestId('question-text');
const list = (page: Page) => page.getByTestId('conversation-list');
const summary = (page: Page) => page.getByTestId('import-summary');
const damaged = (page: Page) => page.getByTestId('damaged-conversations');
const menu = (page: Page) => page.locator('summary').filter({ hasText: 'Conversation actions' });

async function send(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

/** Uncaught errors of the page, collected for the whole test. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The Chat, its saved conversations read (its database exists from then on). */
async function openChat(page: Page) {
  await page.goto('./#/chat');
  await acknowledgeFirstVisit(page);
  await expect(page.getByText('No saved conversations yet')).toBeVisible();
}

async function importText(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel('Import conversations from a JSON file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

/** Writes records into an object store of one of the app's databases, as it is now. */
async function putRecords(page: Page, database: string, store: string, records: unknown[]) {
  await page.evaluate(
    async ({ database, store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const record of records) tx.objectStore(store).put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { database, store, records },
  );
}

async function exportAll(page: Page): Promise<{ conversations: { title: string }[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all (JSON)' }).click(),
  ]);
  return JSON.parse(await readFile((await download.path())!, 'utf8'));
}

test('item 1: an out-of-range date, imported or stored, hides nothing and Export all works', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openChat(page);
  await importText(page, 'kept.json', exportText([conversation('kept', 'Kept conversation')]));
  await expect(list(page).getByRole('link', { name: /Kept conversation/ })).toBeVisible();

  for (const bad of ['8640000000000001', '1e308', '-1e20']) {
    const name = `bad-${bad}.json`;
    await importText(page, name, ITEM_1.replace('8640000000000001', bad));
    await expect(summary(page)).toContainText(name);
    await expect(summary(page)).toContainText(
      'Nothing was imported; 1 conversation could not be read.',
    );
    await expect(summary(page)).toContainText(
      'conversation 1 ("t") has an invalid last-updated date',
    );
    await expect(list(page).getByRole('link')).toHaveCount(1);
  }

  // The same conversation as an older Bedside imported it: already in the database.
  await putRecords(page, 'bedside-chat', 'conversations', [
    { ...conversation('x', 't'), updatedAt: 8640000000000001 },
  ]);
  await page.reload();
  await expect(list(page).getByRole('link', { name: /Kept conversation/ })).toBeVisible();
  await expect(damaged(page)).toContainText('1 conversation could not be read');
  await expect(damaged(page)).toContainText('has an invalid last-updated date');
  const exported = await exportAll(page);
  expect(exported.conversations.map((c) => c.title)).toEqual(['Kept conversation']);
  expect(errors).toEqual([]);
});

test('item 2: malformed fields inside imported messages are refused, each with its reason', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openChat(page);
  const caseRef = { id: 'v1-1', dataset: 'v1', segment: 's', flags: [], description: 'd' };
  const answerWith = (id: string, patch: Record<string, unknown>) => {
    const c = conversation(id, id);
    return { ...c, messages: [c.messages[0], { ...c.messages[1], ...patch }] };
  };
  const fine = conversation('fine', 'Fine conversation');
  const flags = conversation('flags', 'flags');
  flags.messages[0] = {
    ...flags.messages[0]!,
    triage: { level: 'urgent', flags: 'chest' },
  } as never;
  await importText(
    page,
    'malformed.json',
    exportText([
      fine,
      flags,
      answerWith('no-flags', { cases: [{ ...caseRef, flags: undefined }] }),
      answerWith('two-cases', { cases: [caseRef, caseRef] }),
      {
        ...fine,
        id: 'two-messages',
        title: 'two-messages',
        messages: [fine.messages[0], fine.messages[0]],
      },
    ]),
  );
  await expect(summary(page)).toContainText(
    'Imported 1 of 5 conversations; 4 conversations could not be read.',
  );
  for (const reason of [
    'conversation 2 ("flags"): message 1 has red flags that are not a list',
    'conversation 3 ("no-flags"): message 2, case 1 has no "flags"',
    'conversation 4 ("two-cases"): message 2 has two cases with the same id',
    'conversation 5 ("two-messages") has two messages with the same id',
  ])
    await expect(summary(page)).toContainText(reason);
  await expect(list(page).getByRole('link')).toHaveCount(1);
  await list(page)
    .getByRole('link', { name: /Fine conversation/ })
    .click();
  await expect(questions(page)).toHaveText('Question of Fine conversation');
  await expect(answers(page)).toContainText('Answer of Fine conversation');
  expect(errors).toEqual([]);
});

test('item 3: deleting the conversation being answered stops it, and the Chat sends again', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await useTestEngine(page);
  // The test engine repeats the question: a long one streams for several seconds.
  await send(page, `My knee is swollen ${'and stiff every morning after I run '.repeat(25)}`);
  await expect(answers(page).first().getByTestId('answer-text')).toContainText('Test reply');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();

  await menu(page).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm deletion' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  await expect(page).toHaveURL(/#\/chat$/);
  await expect(list(page).getByRole('link')).toHaveCount(0);
  await expect(composer(page)).toBeFocused();

  await send(page, 'Can I still walk on it?');
  await expect(answers(page).first()).toContainText('not from a language model.');
  await expect(list(page).getByRole('link')).toHaveCount(1);
  await page.reload();
  await expect(list(page).getByRole('link')).toHaveCount(1);
  await expect(questions(page)).toHaveText('Can I still walk on it?');
  expect(errors).toEqual([]);
});

test('item 4: corrupted stored conversations are listed apart, with Export and Delete', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openChat(page);
  const undated: Record<string, unknown> = conversation('undated', 'Saved without a date');
  delete undated.updatedAt;
  await putRecords(page, 'bedside-chat', 'conversations', [
    conversation('good', 'Good conversation'),
    { id: 'garbage', title: 42, createdAt: 0, updatedAt: 0, messages: 'not a list' },
    undated,
  ]);
  await page.reload();
  await expect(list(page).getByRole('link')).toHaveCount(2);
  await expect(list(page).getByRole('link', { name: /Saved without a date/ })).toBeVisible();
  await expect(list(page)).not.toContainText('42');
  const section = damaged(page);
  await expect(section).toContainText('1 conversation could not be read');
  await expect(section).toContainText('garbage');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Export damaged conversation garbage' }).click(),
  ]);
  const record = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(record.record).toMatchObject({ id: 'garbage', title: 42, messages: 'not a list' });

  await section.getByRole('button', { name: 'Delete' }).click();
  await section.getByRole('button', { name: 'Delete for good' }).click();
  await expect(section).toBeHidden();
  await page.reload();
  await expect(list(page).getByRole('link')).toHaveCount(2);
  await expect(damaged(page)).toBeHidden();
  await list(page)
    .getByRole('link', { name: /Saved without a date/ })
    .click();
  await expect(questions(page)).toHaveText('Question of Saved without a date');
  expect(errors).toEqual([]);
});

test('item 4: a damaged dataset dialogue says so instead of "Opening…"; item 7: a punctuation-only search matches nothing', async ({
  page,
}) => {
  await page.goto('./#/dataset');
  await acknowledgeFirstVisit(page);
  await expect(page.locator('#results-summary')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('searchbox', { name: 'Search dialogues' }).fill('?!…');
  await expect(page.getByText('Nothing matches.')).toBeVisible();

  const id = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bedside-data');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const meta = await get(db.transaction('meta').objectStore('meta').get('current'));
    const store = db.transaction(meta.slot, 'readwrite').objectStore(meta.slot);
    const chunk = await get(store.get(0));
    const wanted = chunk.dialogues[0].id as string;
    chunk.dialogues[0] = { id: wanted, dataset: 'v1', turns: 42 };
    await get(store.put(chunk));
    db.close();
    return wanted;
  });
  await page.goto(`./#/dataset/${id}`);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'This dialogue is damaged' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Delete from this device');
  await expect(page.getByText(`Opening ${id}…`)).toBeHidden();
});

test('items 5 and 6: the chat database deleted while open, then a full disk', async ({ page }) => {
  const errors = pageErrors(page);
  await useTestEngine(page);
  await send(page, 'first question before the site data is cleared');
  await expect(answers(page).first()).toContainText('not from a language model.');

  // Another tab clearing this site's data deletes the database under this one.
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('bedside-chat');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked by the app'));
      }),
  );
  await send(page, 'second question after it was cleared');
  await expect(answers(page).nth(1)).toContainText('not from a language model.');
  await page.getByRole('button', { name: 'New conversation' }).click();
  await send(page, 'a new conversation after it was cleared');
  await expect(answers(page).first()).toContainText('not from a language model.');
  await expect(page.getByText(/could not be saved/)).toHaveCount(0);

  await page.reload();
  await expect(list(page).getByRole('link')).toHaveCount(2);
  await list(page)
    .getByRole('link', { name: /first question/ })
    .click();
  await expect(questions(page)).toHaveText([
    'first question before the site data is cleared',
    'second question after it was cleared',
  ]);

  // A full disk: every write is refused as the browser refuses it.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('', 'QuotaExceededError');
    };
  });
  await send(page, 'a question when the disk is full');
  const notice = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(notice).toContainText('no storage space left');
  await expect(notice).toContainText('delete a downloaded model');
  await expect(notice).not.toContainText('QuotaExceededError');
  await expect(notice).not.toContainText('StorageError');
  expect(errors).toEqual([]);
});

test('item 7: a composer error goes when the draft changes; hidden direction controls are removed', async ({
  page,
}) => {
  await useTestEngine(page);
  await send(page, 'word '.repeat(20_000));
  const error = page.getByTestId('composer').getByRole('alert');
  await expect(error).toContainText('too long');
  await composer(page).press('Backspace');
  await expect(error).toBeHidden();

  const spoofed = conversation('links', 'Links', {
    messages: [
      { id: 'q', role: 'user', content: 'Where can I read more?', createdAt: DAY },
      {
        id: 'a',
        role: 'assistant',
        content:
          'See [the report](https://example.org/\u202Etxt.exe) or [the guide](https://example.org/guide).',
        createdAt: DAY + 1,
      },
    ],
  });
  await importText(page, 'links.json', exportText([spoofed]));
  await list(page).getByRole('link', { name: /Links/ }).click();
  const answer = answers(page).first();
  await expect(answer.getByRole('link', { name: 'the guide' })).toHaveAttribute(
    'href',
    'https://example.org/guide',
  );
  await expect(answer).toContainText('the report');
  await expect(answer.getByRole('link', { name: 'the report' })).toHaveCount(0);

  await menu(page).click();
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Conversation title' }).fill('Scan\u202Egnp.exe');
  await page.getByRole('textbox', { name: 'Conversation title' }).press('Enter');
  await expect(page.getByTestId('conversation-title')).toHaveText('Scangnp.exe');
  await expect(list(page).getByRole('link').first()).toContainText('Scangnp.exe');
  await menu(page).click();
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/^bedside-scangnp-exe-\d{4}-\d\d-\d\d\.md$/);
  expect(await readFile((await markdown.path())!, 'utf8')).toContain('# Scangnp.exe\n');
});

/**
 * Chooses `window.file` (made in the page beforehand, so that only its source crossed from the
 * test) in the import field, so that what is measured afterwards is the app's own work.
 */
async function choosePageFile(page: Page) {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>(
      'input[aria-label="Import conversations from a JSON file"]',
    )!;
    const files = new DataTransfer();
    files.items.add((window as unknown as { file: File }).file);
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

test('item 8: a file over 50 MB is refused from its size, unread', async ({ page }) => {
  await openChat(page);
  await page.evaluate(() => {
    const w = window as unknown as { reads: number };
    w.reads = 0;
    for (const method of ['text', 'arrayBuffer', 'stream', 'slice'] as const) {
      const original = Blob.prototype[method] as (...args: unknown[]) => unknown;
      Object.defineProperty(Blob.prototype, method, {
        configurable: true,
        value(this: Blob, ...args: unknown[]) {
          w.reads += 1;
          return original.apply(this, args);
        },
      });
    }
    // A stand-in of the size of a real 50 MB export (the bytes are never looked at).
    (window as unknown as { file: File }).file = new File(
      [new Uint8Array(50 * 1024 * 1024 + 1)],
      'huge.json',
      { type: 'application/json' },
    );
  });
  await choosePageFile(page);
  await expect(summary(page)).toContainText('larger than the 50 MB limit');
  expect(await page.evaluate(() => (window as unknown as { reads: number }).reads)).toBe(0);
});

test('item 8: 10,000 imported conversations make a virtualized list that keys can cross', async ({
  page,
}) => {
  await openChat(page);
  const count = 10_000;
  const many = Array.from({ length: count }, (_, i) =>
    conversation(`c${i}`, `Imported conversation ${i + 1}`, { updatedAt: DAY + i * 1000 }),
  );
  await page.evaluate((text) => {
    const w = window as unknown as { file: File; longTasks: number[] };
    w.file = new File([text], 'many.json', { type: 'application/json' });
    w.longTasks = [];
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  }, exportText(many));
  const started = Date.now();
  await choosePageFile(page);
  await expect(summary(page)).toContainText('Imported 10,000 conversations.', { timeout: 60_000 });
  const link = (n: number) =>
    list(page).getByRole('link', { name: new RegExp(`^Imported conversation ${n} `) });
  await expect(link(count)).toBeVisible();
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  // Figures, not a pass mark: they depend on the machine and its load.
  console.log(
    `10,000 conversations: imported and listed in ${Date.now() - started} ms; long tasks: ${longTasks.length} (${longTasks.map(Math.round).join(', ')} ms); load average ${loadavg()[0]!.toFixed(1)}`,
  );
  // Only what is near the screen is in the page; each item still says where it is.
  const items = list(page).getByRole('listitem');
  expect(await items.count()).toBeLessThan(100);
  await expect(items.first()).toHaveAttribute('aria-setsize', String(count));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');

  // One tab stop; the keys cross the whole list, scrolling as they go.
  await link(count).focus();
  await page.keyboard.press('End');
  await expect(link(1)).toBeFocused();
  await expect(link(1)).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(link(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(link(count)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(link(count - 10)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(questions(page)).toHaveText(`Question of Imported conversation ${count - 10}`);
  // The open conversation keeps the focus in the list.
  await expect(link(count - 10)).toBeFocused();
  await expect(link(count - 10)).toHaveAttribute('aria-current', 'page');

  // On a phone the list is a panel of its own, as short, and as usable.
  await page.setViewportSize({ width: 360, height: 740 });
  const toggle = page.getByRole('button', { name: 'Conversations (10000)' });
  await toggle.click();
  await expect(list(page)).toBeVisible();
  expect(await items.count()).toBeLessThan(100);
  await link(count - 10).focus();
  await page.keyboard.press('End');
  await expect(link(1)).toBeFocused();
  await expect(link(1)).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const width of [1280, 360]) {
  test(`damaged records and an import summary pass axe in both themes at ${width} px`, async ({
    page,
  }) => {
    await openChat(page);
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await putRecords(page, 'bedside-chat', 'conversations', [
      conversation('good', 'Good conversation'),
      { id: 'garbage', title: 42, createdAt: 0, updatedAt: 0, messages: 'not a list' },
    ]);
    await page.reload();
    if (width === 360) await page.getByRole('button', { name: /^Conversations/ }).click();
    await expect(damaged(page)).toBeVisible();
    await importText(
      page,
      'mixed.json',
      exportText([
        conversation('new', 'New one'),
        { ...conversation('bad', 'Bad'), createdAt: 1e308 },
      ]),
    );
    await expect(summary(page)).toContainText('Imported 1 of 2 conversations');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await checkA11y(page, `Chat with damaged records (${scheme}, ${width})`);
      await page.screenshot({
        path: test.info().outputPath(`chat-damaged-${scheme}-${width}.png`),
      });
    }
  });
}
