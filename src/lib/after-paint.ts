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
