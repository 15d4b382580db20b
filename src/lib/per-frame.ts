// Many updates, one render: values pushed faster than the screen refreshes are delivered once
// per frame, the latest only (a download reports progress per network chunk; the screen needs
// it at most once a frame).

export interface PerFrame<T> {
  push(value: T): void;
  /** Delivers the pending value now, if any. */
  flush(): void;
  /** Drops the pending value. */
  cancel(): void;
}

export function perFrame<T>(deliver: (value: T) => void): PerFrame<T> {
  let pending: { value: T } | null = null;
  let frame: number | null = null;
  const schedule =
    typeof requestAnimationFrame === 'function'
      ? (run: () => void) => requestAnimationFrame(run)
      : (run: () => void) => setTimeout(run, 16) as unknown as number;
  const unschedule =
    typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame : clearTimeout;
  const flush = () => {
    if (frame !== null) unschedule(frame);
    frame = null;
    const next = pending;
    pending = null;
    if (next) deliver(next.value);
  };
  return {
    push(value) {
      pending = { value };
      frame ??= schedule(flush);
    },
    flush,
    cancel() {
      if (frame !== null) unschedule(frame);
      frame = null;
      pending = null;
    },
  };
}
