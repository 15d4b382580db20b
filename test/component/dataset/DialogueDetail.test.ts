import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DialogueDetail from '@/components/dataset/DialogueDetail.svelte';
import type { Dialogue } from '@/lib/data/normalize';
import { buildFixture } from '../../unit/data/fixtures';

const dialogue: Dialogue = {
  id: 'mts-12',
  dataset: 'v2',
  index: 12,
  description: '',
  turns: [
    { role: 'doctor', text: 'Any allergies? <img src=x onerror="window.hacked=1">' },
    { role: 'patient', text: 'He is allergic to penicillin.', speaker: 'family member' },
  ],
  segment: 'askdocs',
  flags: ['contains-url', 'duplicate'],
  split: 'validation',
  source: { file: 'mts_dialog/MTS-Dialog-TrainingSet.csv', row: 12, ref: '12' },
};

describe('DialogueDetail', () => {
  it('shows the conversation, provenance, flags and split, and links to Chat', async () => {
    const { manifest } = await buildFixture(1);
    render(DialogueDetail, { dialogue, manifest });
    const turns = within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole(
      'listitem',
    );
    expect(turns[0]).toHaveTextContent('Doctor');
    expect(turns[1]).toHaveTextContent('Family member');
    expect(turns[1]).toHaveTextContent('He is allergic to penicillin.');
    // Text from the data stays text.
    expect(turns[0]).toHaveTextContent('<img src=x onerror="window.hacked=1">');
    expect(document.querySelector('img')).toBeNull();

    expect(screen.getByText('Contains a link')).toBeInTheDocument();
    expect(screen.getByText('Duplicate')).toBeInTheDocument();
    expect(screen.getByText('validation')).toBeInTheDocument();
    expect(screen.getByText('mts_dialog/MTS-Dialog-TrainingSet.csv')).toBeInTheDocument();
    expect(screen.getByText('hand-written rows for v2')).toBeInTheDocument();
    expect(screen.getByText('test licence')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Test set v2' })).toHaveAttribute(
      'href',
      'https://example.org',
    );
    expect(screen.getByRole('link', { name: 'Ask about this' })).toHaveAttribute(
      'href',
      '#/chat?ask=mts-12',
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('says plainly when a dialogue has no flags', async () => {
    render(DialogueDetail, { dialogue: { ...dialogue, flags: [] }, manifest: null });
    expect(
      screen.getByText('No quality flags. That says nothing about medical accuracy.'),
    ).toBeInTheDocument();
  });
});
