import { configure, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationStore } from '@/lib/chat/conversations';
import { toJSON } from '@/lib/chat/export';
import { retrieveCalls, setup } from './setup';

// Answers stream word by word; on a busy machine that takes more than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  location.hash = '';
});

const composer = () => screen.getByRole('textbox', { name: 'Message' });
const answers = () => screen.queryAllByRole('article', { name: "Bedside's answer" });
const lastAnswer = () => answers().at(-1)!;

async function send(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(composer());
  await user.paste(text);
  await user.keyboard('{Enter}');
}

describe('ChatView', () => {
  it('explains what Bedside can do; an example question fills the composer without sending', async () => {
    const user = userEvent.setup();
    const { chat } = await setup();
    const empty = await screen.findByTestId('chat-empty');
    expect(empty).toHaveTextContent('does not diagnose');
    expect(empty).toHaveTextContent('Everything stays on this device');
    await user.click(within(empty).getByRole('button', { name: /tell a cold from the flu/ }));
    expect(composer()).toHaveValue('How do I tell a cold from the flu?');
    expect(composer()).toHaveFocus();
    expect(chat.conversations).toHaveLength(0);
  });

  it('the first send loads the model inline, then streams an answer grounded on similar cases', async () => {
    const user = userEvent.setup();
    const { chat, engine } = await setup({ loadStepMs: 40 });
    expect(await screen.findByTestId('chat-model-line')).toHaveTextContent(
      'Test engine (test build only) loads when you send',
    );
    await send(user, 'I have had a dry cough for a week');

    // The question is on screen at once, and the model loads inside the pending answer.
    expect(screen.getByRole('article', { name: 'Your message' })).toHaveTextContent(
      'I have had a dry cough for a week',
    );
    expect(await screen.findByTestId('chat-model-loading')).toHaveTextContent(
      'Loading Test engine (test build only)',
    );
    expect(screen.getByRole('button', { name: 'Stop' })).toBeInTheDocument();

    await waitFor(() =>
      expect(within(lastAnswer()).getByTestId('answer-text')).toHaveTextContent(
        'not from a language model.',
      ),
    );
    await screen.findByRole('button', { name: 'Send' });
    expect(engine.loadedModelId).toBe('bedside-test-engine');
    const answer = lastAnswer();
    const cases = within(answer).getByTestId('similar-cases');
    expect(within(cases).getByRole('link', { name: 'Dry cough and fever' })).toHaveAttribute(
      'href',
      '#/dataset/v1-4',
    );
    expect(within(answer).getByTestId('answer-stats')).toHaveTextContent('tok/s');
    // The Chat asks the dataset's retrieval policy (src/lib/chat/retrieval.ts) with the question.
    expect(retrieveCalls.at(-1)).toMatch(/cough/i);
    expect(screen.getByTestId('chat-announcement')).toHaveTextContent(
      /^Bedside answered: Test reply to/,
    );

    // Listed in the sidebar under its first words, and the address names it.
    const list = screen.getByTestId('conversation-list');
    const link = within(list).getByRole('link', { name: /I have had a dry cough for a week/ });
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(location.hash).toBe(`#/chat/${chat.activeId}`);
    expect(screen.getByTestId('chat-model-line')).toHaveTextContent('is ready');
  });

  it('looks up the similar cases of a draft as it is written, before Send', async () => {
    const user = userEvent.setup();
    await setup();
    await user.click(composer());
    await user.paste('My knee is swollen after a fall');
    expect(retrieveCalls.at(-1)).toBe('My knee is swollen after a fall');
    expect(screen.queryByRole('article', { name: 'Your message' })).toBeNull();
  });

  it('Escape stops the answer, marked stopped; Regenerate answers again in full', async () => {
    const user = userEvent.setup();
    await setup({ tokenDelayMs: 40 });
    await send(user, 'what helps with a sore throat');
    await waitFor(() =>
      expect(within(lastAnswer()).getByTestId('answer-text')).toBeInTheDocument(),
    );
    await user.keyboard('{Escape}');
    expect(await within(lastAnswer()).findByTestId('answer-stopped')).toBeInTheDocument();
    expect(lastAnswer()).not.toHaveTextContent('language model.');
    expect(screen.getByTestId('chat-announcement')).toHaveTextContent(/^Answer stopped/);

    await user.click(within(lastAnswer()).getByRole('button', { name: 'Regenerate' }));
    await waitFor(
      () =>
        expect(within(lastAnswer()).getByTestId('answer-text')).toHaveTextContent(
          'language model.',
        ),
      { timeout: 4000 },
    );
    expect(answers()).toHaveLength(1);
    expect(within(lastAnswer()).queryByTestId('answer-stopped')).toBeNull();
  });

  it('edits and resends the last message', async () => {
    const user = userEvent.setup();
    await setup();
    await send(user, 'my knee hurts');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const field = screen.getByRole('textbox', { name: 'Edit your message' });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'my left knee is swollen{Enter}');
    await waitFor(() =>
      expect(lastAnswer()).toHaveTextContent('Test reply to "my left knee is swollen"'),
    );
    expect(screen.getAllByRole('article', { name: 'Your message' })).toHaveLength(1);
    expect(answers()).toHaveLength(1);
  });

  it('an emergency shows the alert banner above the answer, and the model still answers', async () => {
    const user = userEvent.setup();
    await setup();
    await send(user, 'crushing chest pain spreading to my left arm and sweating');
    const alert = await within(lastAnswer()).findByRole('alert');
    expect(alert).toHaveTextContent('Get emergency help now');
    expect(alert).toHaveTextContent('911 / 112 / 999');
    await waitFor(() => expect(lastAnswer()).toHaveTextContent('language model.'));
  });

  it('a lost GPU gives a clear error with "Try again", and keeps the conversation', async () => {
    const user = userEvent.setup();
    const { chat } = await setup();
    await send(user, 'I feel dizzy #fail-device-lost');
    const alert = await within(lastAnswer()).findByRole('alert');
    expect(alert).toHaveTextContent('The GPU ran out of memory');
    expect(alert).toHaveTextContent('your conversation is kept');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(screen.getByRole('article', { name: 'Your message' })).toHaveTextContent('I feel dizzy');
    const saved = await new ConversationStore().get(chat.activeId!);
    expect(saved!.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(saved!.messages[1]!.error).toMatch(/GPU ran out of memory/);
  });

  it('refuses a message too long for the model, says why, and keeps the text', async () => {
    const user = userEvent.setup();
    const { chat } = await setup();
    const huge = 'my head hurts '.repeat(1200);
    await user.click(composer());
    await user.paste(huge);
    expect(screen.getByText(/^Long message: about/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('too long for this model');
    expect(composer()).toHaveValue(huge);
    expect(chat.conversations).toHaveLength(0);
  });

  it('?ask=<id> opens a new conversation with the question prefilled, not sent', async () => {
    const { chat } = await setup();
    location.hash = '#/chat?ask=v1-4';
    await waitFor(() => expect(composer()).toHaveValue('I have a dry cough and fever'));
    expect(screen.getByTestId('ask-note')).toHaveTextContent(
      'Prefilled from dataset dialogue v1-4',
    );
    expect(within(screen.getByTestId('ask-note')).getByRole('link')).toHaveAttribute(
      'href',
      '#/dataset/v1-4',
    );
    expect(chat.conversations).toHaveLength(0);
    expect(answers()).toHaveLength(0);
  });

  it('renames, exports and deletes the conversation from its menu', async () => {
    const user = userEvent.setup();
    const { chat } = await setup();
    await send(user, 'about my back');
    await waitFor(() => expect(lastAnswer()).toHaveTextContent('language model.'));

    await user.click(screen.getByText('Conversation actions'));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const title = screen.getByRole('textbox', { name: 'Conversation title' });
    await user.clear(title);
    await user.type(title, 'Back pain{Enter}');
    expect(await screen.findByTestId('conversation-title')).toHaveTextContent('Back pain');
    expect(within(screen.getByTestId('conversation-list')).getByRole('link')).toHaveTextContent(
      'Back pain',
    );

    await user.click(screen.getByText('Conversation actions'));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deletion' });
    expect(confirm).toHaveTextContent('Delete “Back pain” from this device?');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(chat.conversations).toHaveLength(0));
    expect(await screen.findByTestId('chat-empty')).toBeInTheDocument();
    expect(location.hash).toBe('#/chat');
  });

  it('imports an exported file, and explains a file it cannot read', async () => {
    const user = userEvent.setup();
    await setup();
    const input = screen.getByLabelText('Import conversations from a JSON file');
    const file = new File(
      [
        toJSON([
          {
            id: 'c9',
            title: 'Imported question',
            createdAt: 1,
            updatedAt: 2,
            messages: [{ id: 'm', role: 'user', content: 'hello', createdAt: 1 }],
          },
        ]),
      ],
      'export.json',
      { type: 'application/json' },
    );
    await user.upload(input, file);
    expect(await screen.findByRole('status')).toHaveTextContent('Imported 1 conversation.');
    expect(screen.getByRole('link', { name: /Imported question/ })).toHaveAttribute(
      'href',
      '#/chat/c9',
    );
    await user.upload(input, new File(['not json'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
  });

  it('without WebGPU: the NoWebGPU panel replaces the composer; saved conversations stay readable', async () => {
    const { chat } = await setup({ webgpu: false });
    await chat.importFile(
      new Blob([
        toJSON([
          {
            id: 'old',
            title: 'An old question',
            createdAt: 1,
            updatedAt: 2,
            messages: [
              { id: 'u', role: 'user', content: 'is a cold contagious?', createdAt: 1 },
              { id: 'a', role: 'assistant', content: 'Yes, for a few days.', createdAt: 2 },
            ],
          },
        ]),
      ]),
    );
    expect(
      await screen.findByRole('heading', { name: 'This browser cannot run the model' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    location.hash = '#/chat/old';
    await waitFor(() => expect(lastAnswer()).toHaveTextContent('Yes, for a few days.'));
    expect(within(lastAnswer()).queryByRole('button', { name: 'Regenerate' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });
});
