// Issue 15 item 4: a garbage dialogue record makes #/dataset/<id> say so, with what to do,
// instead of "Opening…" forever.
import { screen } from '@testing-library/svelte';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dialogue } from '@/lib/data/normalize';
import DatasetView from '@/views/DatasetView.svelte';
import { renderView, testApp } from '../harness/app';
import { fixtureState } from './helpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('DatasetView with a damaged dialogue', () => {
  it('says the dialogue is damaged and how to repair it', async () => {
    const { state } = await fixtureState();
    await state.ensureReady();
    vi.spyOn(state, 'getDialogue').mockResolvedValue({
      id: 'v1-0',
      dataset: 'v1',
      turns: 42,
    } as unknown as Dialogue);
    location.hash = '#/dataset/v1-0';
    renderView(testApp({ dataset: state }), DatasetView);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^This dialogue is damaged on this device \(the dialogue/);
    expect(alert).toHaveTextContent('choose “Delete from this device…”');
    expect(screen.queryByText('Opening v1-0…')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to all dialogues' })).toHaveAttribute(
      'href',
      '#/dataset',
    );
  });

  it('still opens a sound dialogue', async () => {
    const { state } = await fixtureState();
    location.hash = '#/dataset/v1-0';
    renderView(testApp({ dataset: state }), DatasetView);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'suggest treatment for pneumonia' }),
    ).toBeInTheDocument();
  });
});
