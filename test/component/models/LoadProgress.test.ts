import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import LoadProgress from '@/components/models/LoadProgress.svelte';
import { ProgressTracker } from '@/lib/engine/progress';

describe('LoadProgress', () => {
  it('shows percentage, megabytes, speed, time left and the current file, and cancels', async () => {
    const tracker = new ProgressTracker();
    tracker.update({ progress: 0, timeElapsed: 0, text: 'Start to fetch params' }, 0);
    const progress = tracker.update(
      {
        progress: 0.25,
        timeElapsed: 10,
        text: 'Fetching param cache[6/24]: 75MB fetched. 25% completed, 10 secs elapsed.',
      },
      10_000,
    );
    const oncancel = vi.fn();
    render(LoadProgress, { progress, modelName: 'Qwen2.5 0.5B Instruct', oncancel });

    const bar = screen.getByRole('progressbar', { name: 'Loading Qwen2.5 0.5B Instruct' });
    expect(bar).toHaveAttribute('value', '25');
    expect(bar).toHaveAccessibleDescription(
      '25% · 78.6 MB of 314.6 MB · 7.9 MB/s · about 30 s left. Now: weights shard 6 of 24',
    );
    expect(screen.getByText('Downloading the weights: 20%')).toHaveAttribute('aria-live', 'polite');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(oncancel).toHaveBeenCalledOnce();
  });
});
