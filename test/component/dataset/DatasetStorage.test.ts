import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DatasetStorage from '@/components/dataset/DatasetStorage.svelte';
import { buildFixture } from '../../unit/data/fixtures';

describe('DatasetStorage', () => {
  it('shows what is stored and the storage used, and deletes only after confirmation', async () => {
    const { manifest } = await buildFixture(1);
    const ondelete = vi.fn(async () => {});
    render(DatasetStorage, {
      storage: { usage: 12_500_000, quota: 2_000_000_000 },
      current: {
        key: 'current',
        version: manifest.version,
        slot: 'dialogues-a',
        importedAt: Date.now(),
        manifest,
      },
      index: { version: manifest.version, documentCount: 8, built: true, ms: 10, saved: false },
      ondelete,
    });
    expect(screen.getByTestId('dataset-stored')).toHaveTextContent(
      `8 dialogues, version ${manifest.version}`,
    );
    expect(screen.getByTestId('storage-used')).toHaveTextContent(
      'This site uses 12.5 MB of the 2.0 GB',
    );
    expect(screen.getByTestId('index-origin')).toHaveTextContent('not saved (storage is full)');

    await userEvent.click(screen.getByRole('button', { name: 'Delete from this device…' }));
    expect(ondelete).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(ondelete).toHaveBeenCalledOnce();
  });

  it('says when the browser does not report storage', () => {
    render(DatasetStorage, { storage: null, current: null, ondelete: async () => {} });
    expect(screen.getByText('The dataset is not stored yet.')).toBeInTheDocument();
    expect(screen.getByTestId('storage-used')).toHaveTextContent('does not report');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
