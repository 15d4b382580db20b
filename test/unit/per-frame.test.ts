import { afterEach, describe, expect, it, vi } from 'vitest';
import { perFrame } from '@/lib/per-frame';

afterEach(() => vi.unstubAllGlobals());

describe('perFrame', () => {
  it('delivers the latest value once per frame', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    const seen: number[] = [];
    const updates = perFrame((n: number) => seen.push(n));
    for (let i = 1; i <= 30; i++) updates.push(i);
    expect(seen).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(seen).toEqual([30]);
    updates.push(31);
    frames[1]!();
    expect(seen).toEqual([30, 31]);
  });

  it('flushes the pending value at once, or drops it', () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const seen: string[] = [];
    const updates = perFrame((s: string) => seen.push(s));
    updates.push('a');
    updates.flush();
    updates.flush();
    updates.push('b');
    updates.cancel();
    expect(seen).toEqual(['a']);
  });
});
