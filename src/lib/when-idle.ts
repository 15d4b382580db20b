// Work that must not compete with the first render (registering the service worker, which
// downloads workbox-window and then the whole precache): it runs once the page has loaded and
// the main thread is idle, or after `timeoutMs` at the latest.

export function whenIdle(task: () => void, timeoutMs = 3000): () => void {
  let cancelled = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!cancelled) task();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(run, { timeout: timeoutMs });
    else timer = setTimeout(run, 0);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', schedule);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
