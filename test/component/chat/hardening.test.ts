// Issue 15 in the Chat view: damaged records, hostile imports, deleting what is being answered,
// a composer error that outlives its draft, a message that cannot be shown.
import { configure, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toJSON } from '@/lib/chat/export';
import type { Conversation } from '@/lib/chat/types';
import { setup } from './setup';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  location.hash = '';
});

const composer = () => screen.getByRole('textbox', { name: 'Message' });
const list = () => screen.getByTestId('conversation-list');
const answers = () => screen.queryAllByRole('article', { name: "Bedside's answer" });

async function send(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(composer());
  await user.paste(text);
  await user.keyboard('{Enter}');
}

function conversation(id: string, title: string, patch: Partial<Conversation> = {}): Conversation {
  return {
    id,
    title,
    createdAt: 1,
    updatedAt: 2,
    messages: [{ id: `${id}-q`, role: 'user', content: `about ${title}`, createdAt: 1 }],
    ...patch,
  };
}

/** What saveFile hands the browser to download, read back. */
function downloads(): Blob[] {
  const saved: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return saved;
}

// jsdom has no URL.createObjectURL to spy on: give it one for the download tests.
URL.createObjectURL ??= () => '';
URL.revokeObjectURL ??= () => {};

describe('Chat hardening (issue 15)', () => {
  it('lists damaged records apart with Export and Delete; the valid ones are unaffected (item 4)', async () => {
    const user = userEvent.setup();
    const saved = downloads();
    const { chat } = await setup({
      stored: [
        conversation('good', 'Good conversation'),
        { id: 'garbage', title: 42, createdAt: 0, updatedAt: 0, messages: 'not a list' },
      ],
    });
    const section = await screen.findByTestId('damaged-conversations');
    expect(
      within(section).getByRole('heading', { name: '1 conversation could not be read' }),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent('garbage');
    expect(within(list()).getAllByRole('link')).toHaveLength(1);
    expect(within(list()).getByRole('link', { name: /Good conversation/ })).toBeInTheDocument();

    await user.click(
      within(section).getByRole('button', { name: 'Export damaged conversation garbage' }),
    );
    // The export code loads on the first export (files-on-demand.ts).
    await waitFor(() => expect(saved).not.toHaveLength(0));
    const file = JSON.parse(await saved.at(-1)!.text());
    expect(file).toMatchObject({
      format: 'bedside-damaged-record',
      key: 'garbage',
      record: { id: 'garbage', title: 42, messages: 'not a list' },
    });
    expect(file.reason).toMatch(/title/);

    await user.click(within(section).getByRole('button', { name: 'Delete' }));
    await user.click(within(section).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.queryByTestId('damaged-conversations')).toBeNull());
    expect(chat.damaged).toEqual([]);
    expect(chat.conversations.map((c) => c.id)).toEqual(['good']);
  });

  it('says what an import left out and why, and keeps the rest (items 1 and 2)', async () => {
    const user = userEvent.setup();
    await setup({ stored: [conversation('kept', 'Kept conversation')] });
    const text = toJSON([
      conversation('new', 'New one'),
      conversation('x', 't', { updatedAt: 8640000000000001 }),
      conversation('y', 'flags', {
        messages: [
          {
            id: 'm',
            role: 'user',
            content: 'hi',
            createdAt: 1,
            triage: { level: 'urgent', flags: 'chest' as never },
          },
        ],
      }),
    ]);
    await user.upload(
      screen.getByLabelText('Import conversations from a JSON file'),
      new File([text], 'mixed.json', { type: 'application/json' }),
    );
    const summary = await screen.findByRole('status');
    expect(summary).toHaveTextContent(
      'mixed.json: Imported 1 of 3 conversations; 2 conversations could not be read.',
    );
    const outcome = screen.getByTestId('import-summary');
    expect(within(outcome).getByRole('heading', { name: 'Not imported' })).toBeInTheDocument();
    expect(
      within(outcome)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'conversation 2 ("t") has an invalid last-updated date',
      'conversation 3 ("flags"): message 1 has red flags that are not a list (found a string)',
    ]);
    expect(
      within(list())
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([expect.stringContaining('New one'), expect.stringContaining('Kept conversation')]);
    await user.click(within(outcome).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('import-summary')).toBeNull();
  });

  it('deleting the conversation being answered stops it and closes the panel; the Chat sends again (item 3)', async () => {
    const user = userEvent.setup();
    const { chat } = await setup({ tokenDelayMs: 25 });
    await send(user, `my knee is swollen ${'and stiff in the morning '.repeat(20)}`);
    await screen.findByRole('button', { name: 'Stop' });
    await user.click(screen.getByText('Conversation actions'));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deletion' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => {
      expect(screen.queryByRole('group', { name: 'Confirm deletion' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    });
    expect(composer()).toHaveFocus();
    expect(chat.conversations).toEqual([]);
    expect(location.hash).toBe('#/chat');

    await send(user, 'can I walk on it?');
    await waitFor(() => expect(answers().at(-1)).toHaveTextContent('language model.'));
    expect(chat.conversations).toHaveLength(1);
  });

  it('"Ask about this" with a damaged dialogue says so instead of prefilling garbage (item 4)', async () => {
    const { dataset } = await setup();
    vi.spyOn(dataset, 'getDialogue').mockResolvedValue({ id: 'v1-4', turns: 42 } as never);
    location.hash = '#/chat?ask=v1-4';
    expect(await screen.findByTestId('ask-note')).toHaveTextContent(
      /Dialogue v1-4 is damaged on this device \(the dialogue .*\)\. Import the dataset again/,
    );
    expect(composer()).toHaveValue('');
  });

  it('a composer error goes as soon as the draft changes (item 7)', async () => {
    const user = userEvent.setup();
    await setup();
    await send(user, 'my head hurts '.repeat(1200));
    expect(screen.getByRole('alert')).toHaveTextContent('too long for this model');
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(composer()).not.toHaveAttribute('aria-invalid');
  });
});
