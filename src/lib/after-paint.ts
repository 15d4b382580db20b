// Work that can wait one frame: it runs in a task of its own once the next frame has painted.
// A view that builds its first screen first and what lies below it in this second task splits
// one long task into two shorter ones (Lighthouse's Total Blocking Time, and on a slow phone a
// page that answers a tap sooner), and the first screen paints before the rest is built.

/** Runs `task` after the next paint; returns a function that cancels it. */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The frame's callback runs before that frame paints; the timeout is the first task after.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `step(1)`, `step(2)` … `step(count)`, each in a task of its own after the next paint:
 * a view built in parts, the first screen first, as several short tasks instead of one long one.
 * Returns a function that cancels the steps not yet run.
 */
export function stepsAfterPaint(count: number, step: (n: number) => void): () => void {
  let cancel = () => {};
  const next = (n: number) => {
    cancel = afterNextPaint(() => {
      step(n);
      if (n < count) next(n + 1);
    });
  };
  if (count > 0) next(1);
  return () => cancel();
}

/**
 * A list of `length` items built `size` at a time: the component first shows `size` items,
 * then `show(count)` raises that by `size` after each paint, and with the last step shows them
 * all (`Infinity`, so a list that has grown meanwhile is not cut). Returns a cancel function.
 */
export function listAfterPaint(
  length: number,
  size: number,
  show: (count: number) => void,
): () => void {
  const steps = Math.max(1, Math.ceil(length / size) - 1);
  return stepsAfterPaint(steps, (n) => show(n === steps ? Infinity : (n + 1) * size));
}
