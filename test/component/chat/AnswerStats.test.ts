// Under an answer: the wait the person saw (the model load included) and, when the prompt was
// cut for this device or this model's window, the one sentence that says what was left out.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AnswerStats from '@/components/chat/AnswerStats.svelte';
import AssistantMessage from '@/components/chat/AssistantMessage.svelte';
import type { ChatMessage } from '@/lib/chat/types';

const stats = {
  promptTokens: 120,
  completionTokens: 48,
  timeToFirstTokenS: 171.4,
  prefillTokensPerS: 0.7,
  decodeTokensPerS: 0.082,
  totalS: 760,
};

describe('AnswerStats', () => {
  it('the first word counts from the question, including the model load the person waited for', () => {
    render(AnswerStats, { stats, modelName: 'SmolLM2 360M', firstWordS: 72.4, modelLoadS: 65 });
    expect(screen.getByTestId('answer-stats')).toHaveTextContent(
      'First word after 1 min 12 s, including 1 min 5 s loading the model · 0.082 tok/s · 48 tokens · SmolLM2 360M',
    );
  });

  it('without a load, the first word alone; an answer saved before this was kept shows the engine figure', () => {
    const first = render(AnswerStats, { stats, modelName: null, firstWordS: 3.25 });
    expect(first.getByTestId('answer-stats')).toHaveTextContent(/^First word after 3\.3 s · /);
    first.unmount();
    render(AnswerStats, { stats, modelName: null });
    expect(screen.getByTestId('answer-stats')).toHaveTextContent(/^First token 2 min 51 s · /);
  });
});

describe('the trim note under an answer', () => {
  const answer: ChatMessage = {
    id: 'a1',
    role: 'assistant',
    content: 'Rest and drink fluids.',
    createdAt: 1,
    stats,
    droppedTurns: 2,
    trimNote:
      "This device reads prompts slowly: 3 reference cases were left out and 2 earlier messages were left out of the model's memory, and the answer may still take about 190 s to start.",
  };

  it('says what was cut in one line, in place of the older, vaguer note', () => {
    render(AssistantMessage, {
      message: answer,
      onregenerate: () => {},
      onstop: () => {},
    });
    const article = screen.getByRole('article', { name: "Bedside's answer" });
    expect(within(article).getByTestId('trim-note')).toHaveTextContent(answer.trimNote!);
    expect(within(article).queryByTestId('dropped-note')).toBeNull();
  });
});
