import { describe, expect, it } from 'vitest';
import { progressDetails } from '@/lib/engine/labels';
import { parseProgress, ProgressTracker } from '@/lib/engine/progress';

const MiB = 1024 * 1024;
const fetching = (i: number, n: number, mb: number, pct: number) => ({
  progress: pct / 100,
  timeElapsed: 0,
  text: `Fetching param cache[${i}/${n}]: ${mb}MB fetched. ${pct}% completed, 3 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.`,
});

describe('parseProgress (WebLLM 0.2.86 report texts)', () => {
  it('reads a download report: phase, bytes and the current shard', () => {
    expect(parseProgress(fetching(3, 24, 120, 12))).toEqual({
      phase: 'downloading',
      fraction: 0.12,
      bytes: 120 * MiB,
      file: 'weights shard 3 of 24',
    });
  });

  it('reads loading from cache, shader compilation, the start and the end', () => {
    expect(
      parseProgress({
        progress: 0.5,
        timeElapsed: 1,
        text: 'Loading model from cache[12/24]: 140MB loaded. 50% completed, 1 secs elapsed.',
      }),
    ).toMatchObject({ phase: 'loading', bytes: 140 * MiB, file: 'weights shard 12 of 24' });
    expect(
      parseProgress({
        progress: 0.3,
        timeElapsed: 2,
        text: 'Loading GPU shader modules[12/40]: 30% completed, 2 secs elapsed.',
      }),
    ).toMatchObject({ phase: 'compiling', fraction: 0.3, file: 'shader module 12 of 40' });
    expect(
      parseProgress({ progress: 0, timeElapsed: 0, text: 'Start to fetch params' }).phase,
    ).toBe('downloading');
    expect(
      parseProgress({ progress: 1, timeElapsed: 9, text: 'Finish loading on WebGPU - nvidia' }),
    ).toMatchObject({ phase: 'done', fraction: 1 });
    expect(parseProgress({ progress: NaN, timeElapsed: 0, text: 'anything else' })).toMatchObject({
      phase: 'preparing',
      fraction: 0,
    });
  });
});

describe('ProgressTracker', () => {
  it('adds total size, download speed and time left', () => {
    const tracker = new ProgressTracker();
    tracker.update({ progress: 0, timeElapsed: 0, text: 'Start to fetch params' }, 0);
    tracker.update(fetching(1, 10, 30, 10), 2000);
    const p = tracker.update(fetching(2, 10, 60, 20), 4000);
    expect(p.totalBytes).toBeCloseTo(300 * MiB);
    expect(p.bytesPerSecond).toBeCloseTo((60 * MiB) / 4);
    expect(p.secondsLeft).toBeCloseTo(16);
    expect(progressDetails(p)).toBe('20% · 62.9 MB of 314.6 MB · 15.7 MB/s · about 16 s left');
  });

  it('averages the speed over recent seconds only', () => {
    const tracker = new ProgressTracker();
    tracker.update(fetching(1, 10, 10, 1), 0);
    tracker.update(fetching(2, 10, 20, 2), 60_000); // a slow minute
    tracker.update(fetching(3, 10, 30, 3), 61_000);
    const p = tracker.update(fetching(4, 10, 40, 4), 62_000);
    expect(p.bytesPerSecond).toBeCloseTo(10 * MiB);
  });

  it('starts over for each phase and gives no speed outside the download', () => {
    const tracker = new ProgressTracker();
    tracker.update(fetching(1, 2, 10, 50), 0);
    const loading = tracker.update(
      {
        progress: 0.5,
        timeElapsed: 0,
        text: 'Loading model from cache[1/2]: 10MB loaded. 50% completed, 0 secs elapsed.',
      },
      1000,
    );
    expect(loading.phase).toBe('loading');
    expect(loading.bytesPerSecond).toBeNull();
    expect(loading.label).toBe('Loading the weights into GPU memory');
  });
});
