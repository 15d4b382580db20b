// Issue 15: a view or a message that throws while it renders shows what happened and a way on,
// never a blank screen, and costs nothing else.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import MessageThread from '@/components/chat/MessageThread.svelte';
import type { ChatMessage } from '@/lib/chat/types';
import BoundaryHarness from './BoundaryHarness.svelte';

describe('ViewBoundary', () => {
  it('shows what happened and how to go on when the view throws; "Show again" retries', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { now: true };
    render(BoundaryHarness, { broken });
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'Chat could not be shown' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('(The view broke)');
    expect(alert).toHaveTextContent('is not affected');
    expect(within(alert).getByRole('link', { name: 'Start a new chat' })).toHaveAttribute(
      'href',
      '#/chat',
    );
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByText('The rest of the app')).toBeInTheDocument();
    expect(console.error).toHaveBeenCalledWith('The Chat view failed:', expect.any(Error));

    broken.now = false;
    await user.click(within(alert).getByRole('button', { name: 'Show Chat again' }));
    expect(await screen.findByRole('heading', { name: 'Shown again' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('MessageThread', () => {
  it('shows a message that throws as a notice with Export, and every other message as usual', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { id: 'b', role: 'user', createdAt: 3 } as ChatMessage;
    Object.defineProperty(broken, 'content', {
      get() {
        throw new TypeError('content is unreadable');
      },
    });
    const messages: ChatMessage[] = [
      { id: 'q', role: 'user', content: 'first question', createdAt: 1 },
      { id: 'a', role: 'assistant', content: 'first answer', createdAt: 2 },
      broken,
      { id: 'a2', role: 'assistant', content: 'second answer', createdAt: 4 },
    ];
    const onexport = vi.fn();
    render(MessageThread, {
      messages,
      pending: null,
      canRun: true,
      loading: null,
      manifest: null,
      modelName: () => null,
      onedit: async () => null,
      onregenerate: () => {},
      onstop: () => {},
      onexport,
    });
    expect(screen.getByText('first question')).toBeInTheDocument();
    expect(screen.getByText('first answer')).toBeInTheDocument();
    expect(screen.getByText('second answer')).toBeInTheDocument();
    const failed = screen.getByRole('group', { name: 'A message that could not be shown' });
    expect(failed).toHaveTextContent('This message could not be shown (content is unreadable)');
    await user.click(
      within(failed).getByRole('button', { name: 'Export the conversation (JSON)' }),
    );
    expect(onexport).toHaveBeenCalledOnce();
    expect(within(failed).getByRole('link', { name: 'Start a new chat' })).toHaveAttribute(
      'href',
      '#/chat',
    );
  });
});
