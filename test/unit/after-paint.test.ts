import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, listAfterPaint, stepsAfterPaint } from '@/lib/after-paint';

describe('afterNextPaint', () => {
  let frames: (() => void)[] = [];
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frames = [];
  });
  function fakeFrames() {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  }

  it('runs the task in a task of its own after the next frame, not in the frame', () => {
    fakeFrames();
    const task = vi.fn();
    afterNextPaint(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    frames.forEach((frame) => frame());
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs nothing once cancelled, before or after the frame', () => {
    fakeFrames();
    const before = vi.fn();
    afterNextPaint(before)();
    frames.forEach((frame) => frame());
    vi.runAllTimers();
    expect(before).not.toHaveBeenCalled();

    const after = vi.fn();
    const cancel = afterNextPaint(after);
    frames.forEach((frame) => frame());
    cancel();
    vi.runAllTimers();
    expect(after).not.toHaveBeenCalled();
  });

  it('runs the steps in order, one per painted frame, and stops when cancelled', () => {
    fakeFrames();
    const steps: number[] = [];
    const paint = () => {
      const due = frames;
      frames = [];
      due.forEach((frame) => frame());
      vi.runAllTimers();
    };
    const cancel = stepsAfterPaint(3, (n) => steps.push(n));
    expect(steps).toEqual([]);
    paint();
    expect(steps).toEqual([1]);
    paint();
    expect(steps).toEqual([1, 2]);
    cancel();
    paint();
    expect(steps).toEqual([1, 2]);

    const all: number[] = [];
    stepsAfterPaint(2, (n) => all.push(n));
    paint();
    paint();
    paint();
    expect(all).toEqual([1, 2]);
  });

  it('grows a list a few items per paint, then shows it whole', () => {
    fakeFrames();
    const paint = () => {
      const due = frames;
      frames = [];
      due.forEach((frame) => frame());
      vi.runAllTimers();
    };
    const counts: number[] = [];
    listAfterPaint(10, 4, (count) => counts.push(count));
    paint();
    paint();
    paint();
    expect(counts).toEqual([8, Infinity]);

    const short: number[] = [];
    listAfterPaint(3, 4, (count) => short.push(count));
    paint();
    paint();
    expect(short).toEqual([Infinity]);
  });
});
