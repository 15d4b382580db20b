// The Markdown renderer loads with the first answer on screen: until it is there, the answer is
// plain text (paragraphs kept, nothing of the model's HTML interpreted). Its own file: the
// renderer is loaded once per module graph.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import AssistantMessage from '@/components/chat/AssistantMessage.svelte';

describe('AssistantMessage before the Markdown renderer has loaded', () => {
  it('shows plain text at once, then the rendered answer in its place', async () => {
    render(AssistantMessage, {
      message: {
        id: 'a1',
        role: 'assistant',
        content: 'Please **call** now.\n\n<img src=x onerror=alert(1)>Rest.',
        createdAt: 1,
      },
      onregenerate: vi.fn(),
      onstop: vi.fn(),
    });
    const plain = screen.getByTestId('answer-text');
    expect([...plain.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Please **call** now.',
      '<img src=x onerror=alert(1)>Rest.',
    ]);
    expect(plain.querySelector('img, strong')).toBeNull();

    await vi.waitFor(() =>
      expect(screen.getByTestId('answer-text').querySelector('strong')).toHaveTextContent('call'),
    );
    expect(screen.getAllByTestId('answer-text')).toHaveLength(1);
    expect(document.querySelector('img, [onerror]')).toBeNull();
  });
});
