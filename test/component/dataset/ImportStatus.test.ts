import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ImportStatus from '@/components/dataset/ImportStatus.svelte';
import { DataError } from '@/lib/data/errors';

const base = { progress: null, indexProgress: null, error: null, onretry: () => {} };

describe('ImportStatus', () => {
  it('shows bytes and rows as labelled progress bars, and a coarse live percentage', () => {
    render(ImportStatus, {
      ...base,
      status: 'importing',
      progress: {
        bytesDone: 3_200_000,
        bytesTotal: 6_400_000,
        rowsDone: 2_000,
        rowsTotal: 8_697,
        file: 'x',
      },
    });
    const bytes = screen.getByRole('progressbar', { name: 'Downloaded' });
    expect(bytes).toHaveAttribute('value', '3200000');
    expect(bytes).toHaveAttribute('max', '6400000');
    expect(screen.getByText('3.2 MB of 6.4 MB')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Stored' })).toHaveAttribute('value', '2000');
    expect(screen.getByText('2,000 of 8,697 dialogues')).toBeInTheDocument();
    // 50% of the download + 23% of the storing, averaged: 36%, announced as 30%.
    expect(screen.getByText('Dataset import 30% done')).toHaveAttribute('aria-live', 'polite');
  });

  it('shows an error with a Retry button that retries', async () => {
    const onretry = vi.fn();
    render(ImportStatus, {
      ...base,
      status: 'error',
      error: new DataError(
        'quota',
        'This browser refused to store the dataset: the storage quota is full.',
      ),
      onretry,
    });
    expect(screen.getByRole('alert')).toHaveTextContent('the storage quota is full');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onretry).toHaveBeenCalledOnce();
  });

  it('asks for a reload, not a retry, when another tab upgraded the data', () => {
    render(ImportStatus, {
      ...base,
      status: 'error',
      error: new DataError(
        'outdated',
        'Bedside was updated in another tab. Reload this tab to continue.',
      ),
    });
    expect(screen.getByRole('button', { name: 'Reload this tab' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('reports what was stored once ready, and the offline fallback', () => {
    render(ImportStatus, {
      ...base,
      status: 'ready',
      offline: true,
      lastImport: { ms: 1234, rows: 8697, bytes: 6_383_901 },
    });
    expect(
      screen.getByText('Stored 8,697 dialogues (6.4 MB) on this device in 1.2 s.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Offline: using the copy of the dataset stored on this device/),
    ).toBeInTheDocument();
  });
});
