import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import AssistantMessage, { loadMarkdown } from '@/components/chat/AssistantMessage.svelte';
import { CASES_NOT_READY } from '@/lib/chat/pipeline/cases-not-ready';
import type { ChatMessage } from '@/lib/chat/types';
import type { Manifest } from '@/lib/data/manifest';
import { SHORT_DISCLAIMER } from '@/lib/safety/disclaimer';
import { triage } from '@/lib/safety/triage';

const manifest = {
  datasets: [{ id: 'v1', title: 'know_medical_dialogues v1' }],
  segments: [{ segment: 'covid-scrape-2020', label: 'COVID-19 consultations (2020 scrape)' }],
} as unknown as Manifest;

const answer: ChatMessage = {
  id: 'a1',
  role: 'assistant',
  content:
    'Please **call** your local emergency number now.\n\n<img src=x onerror=alert(1)><script>alert(2)</script>',
  createdAt: 1,
  modelId: 'm',
  stats: {
    promptTokens: 300,
    completionTokens: 42,
    timeToFirstTokenS: 0.35,
    prefillTokensPerS: 800,
    decodeTokensPerS: 21.4,
    totalS: 2.3,
  },
  cases: [
    {
      id: 'v1-7',
      dataset: 'v1',
      segment: 'covid-scrape-2020',
      flags: ['contains-url'],
      description: 'Chest pain after coughing',
    },
  ],
};

function show(props: Partial<Parameters<typeof render<typeof AssistantMessage>>[1]> = {}) {
  const onregenerate = vi.fn();
  const onstop = vi.fn();
  render(AssistantMessage, {
    message: answer,
    manifest,
    modelName: 'SmolLM2 360M',
    isLast: true,
    canRegenerate: true,
    onregenerate,
    onstop,
    ...props,
  });
  return {
    onregenerate,
    onstop,
    article: screen.getByRole('article', { name: "Bedside's answer" }),
  };
}

describe('AssistantMessage', () => {
  // In the app it loads with the first answer on screen (plain text until then).
  beforeAll(async () => {
    await loadMarkdown();
  });

  it('puts the emergency banner above the answer, then cases, stats and the disclaimer', () => {
    const { article } = show({
      triage: triage('crushing chest pain spreading to my left arm and sweating'),
      live: true,
    });
    const alert = within(article).getByRole('alert');
    expect(alert).toHaveTextContent('Get emergency help now');
    expect(alert).toHaveTextContent('Chest pain with warning signs');
    const text = within(article).getByTestId('answer-text');
    // The banner comes first in reading order, the answer below it.
    expect(alert.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(text.querySelector('strong')).toHaveTextContent('call');

    const cases = within(article).getByTestId('similar-cases');
    expect(cases).toHaveTextContent('Similar cases in the dataset (1)');
    const link = within(cases).getByRole('link', { name: 'Chest pain after coughing' });
    expect(link).toHaveAttribute('href', '#/dataset/v1-7');
    expect(cases).toHaveTextContent(
      'know_medical_dialogues v1 · COVID-19 consultations (2020 scrape)',
    );
    expect(within(cases).getByRole('list', { name: 'Quality flags' })).toHaveTextContent(
      'Contains a link',
    );
    expect(within(article).getByTestId('answer-stats')).toHaveTextContent(
      'First token 350 ms · 21 tok/s · 42 tokens · SmolLM2 360M',
    );
    expect(article).toHaveTextContent(SHORT_DISCLAIMER);
  });

  it('never renders HTML from the model', () => {
    const { article } = show();
    expect(article.querySelector('img, script')).toBeNull();
    expect(article.querySelector('[onerror]')).toBeNull();
  });

  it('an old emergency is shown without interrupting screen readers again', () => {
    const { article } = show({ triage: triage('I took an overdose of pills'), live: false });
    expect(within(article).queryByRole('alert')).toBeNull();
    expect(within(article).getByTestId('triage-banner')).toHaveTextContent(
      'Get emergency help now',
    );
  });

  it('an urgent message gets the "see a clinician soon" banner; a routine one none', () => {
    const { article } = show({ triage: { level: 'urgent', flags: [] }, live: true });
    expect(within(article).getByTestId('triage-banner')).toHaveTextContent('See a clinician soon');
  });

  it('a failed answer says why and offers to try again', async () => {
    const user = userEvent.setup();
    const { onregenerate, article } = show({
      message: {
        id: 'a2',
        role: 'assistant',
        content: '',
        createdAt: 1,
        error: 'The GPU ran out of memory: …',
      },
    });
    const alert = within(article).getByRole('alert');
    expect(alert).toHaveTextContent('No answer. The GPU ran out of memory');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onregenerate).toHaveBeenCalledTimes(1);
    expect(within(alert).getByRole('link', { name: 'Choose another model' })).toHaveAttribute(
      'href',
      '#/models',
    );
  });

  it('a stopped answer is marked stopped and can be regenerated and copied', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { onregenerate, article } = show({
      message: { ...answer, content: 'Rest and', interrupted: true, droppedTurns: 2 },
    });
    expect(within(article).getByTestId('answer-stopped')).toHaveTextContent('stopped');
    expect(article).toHaveTextContent('Older messages were left out of the model');
    await user.click(within(article).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('Rest and');
    expect(within(article).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    await user.click(within(article).getByRole('button', { name: 'Regenerate' }));
    expect(onregenerate).toHaveBeenCalledTimes(1);
  });

  it('while the model loads, shows its progress inline with a cancel button', async () => {
    const user = userEvent.setup();
    const { onstop, article } = show({
      message: { id: 'a3', role: 'assistant', content: '', createdAt: 1 },
      phase: 'loading',
      loading: { progress: null, modelName: 'SmolLM2 360M' },
    });
    expect(article).toHaveAttribute('aria-busy', 'true');
    expect(within(article).getByTestId('chat-model-loading')).toHaveTextContent(
      'Loading SmolLM2 360M',
    );
    expect(within(article).queryByRole('button', { name: 'Regenerate' })).toBeNull();
    await user.click(within(article).getByRole('button', { name: 'Cancel' }));
    expect(onstop).toHaveBeenCalledTimes(1);
  });

  it('an answer given before the dataset was ready says so, and does not claim a failed search', () => {
    const { article } = show({
      message: { ...answer, cases: [], casesUnavailable: CASES_NOT_READY },
    });
    expect(article).toHaveTextContent(
      'No similar cases: the dataset was still loading on this device. Later answers will have them.',
    );
    expect(article).not.toHaveTextContent('could not be searched');
    cleanup();
    show({ message: { ...answer, id: 'a2', cases: [], casesUnavailable: 'QuotaExceededError' } });
    expect(screen.getByText('No similar cases: the dataset could not be searched.')).toBeVisible();
  });
});
