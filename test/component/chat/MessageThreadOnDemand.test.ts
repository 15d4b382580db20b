// A conversation's messages load with the first conversation on screen (or the first message
// written), not with the Chat; a thread that cannot be loaded says what to do. Its own file:
// the thread's code is loaded once per module graph, and these tests need it not loaded yet.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import OnDemand from '@/components/chat/MessageThreadOnDemand.svelte';
import type { ChatMessage } from '@/lib/chat/types';
import { triage } from '@/lib/safety/triage';

const messages: ChatMessage[] = [
  { id: 'u1', role: 'user', content: 'A dry cough for a week', createdAt: 1 },
  { id: 'a1', role: 'assistant', content: 'It is most often a virus.', createdAt: 2 },
];

const props = {
  messages,
  pending: null,
  canRun: true,
  loading: null,
  manifest: null,
  modelName: () => null,
  onedit: async () => null,
  onregenerate: vi.fn(),
  onstop: vi.fn(),
  onexport: vi.fn(),
};

afterEach(() => {
  vi.doUnmock('@/components/chat/MessageThread.svelte');
});

describe('MessageThreadOnDemand', () => {
  it('a thread that cannot be loaded says so and offers Reload', async () => {
    vi.doMock('@/components/chat/MessageThread.svelte', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    render(OnDemand, props);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /conversation could not be shown .* reload it/i,
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('an emergency sent before the thread code arrived still interrupts (role alert); one from an earlier visit does not', async () => {
    const text = 'crushing chest pain spreading to my left arm and sweating';
    const now: ChatMessage[] = [
      { id: 'u2', role: 'user', content: text, createdAt: Date.now(), triage: triage(text) },
      { id: 'a2', role: 'assistant', content: '', createdAt: Date.now() },
    ];
    // The thread's code loads after the message was written, as on a cold first send.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { unmount } = render(OnDemand, { ...props, messages: now });
    expect(await screen.findByRole('alert')).toHaveTextContent('Get emergency help now');
    unmount();

    const before = performance.timeOrigin - 60_000;
    const earlier = now.map((m) => ({ ...m, createdAt: before }));
    render(OnDemand, { ...props, messages: earlier });
    const banner = await screen.findByTestId('triage-banner');
    expect(banner).toHaveTextContent('Get emergency help now');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the messages once its code is here (a failed load is tried again)', async () => {
    render(OnDemand, props);
    expect(await screen.findByRole('article', { name: 'Your message' })).toHaveTextContent(
      'A dry cough for a week',
    );
    expect(screen.getByRole('button', { name: /Regenerate/ })).toBeInTheDocument();
  });
});
