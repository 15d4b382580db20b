// Moving the focus to a view's heading after navigation, so that keyboard and screen-reader
// users land on it. A view whose code loads on demand shows its heading a moment later: the
// heading is then awaited (briefly), rather than the focus being left behind.

/** Focuses the first <h1> in `root`, now or as soon as it appears; gives up after `timeoutMs`. */
export function focusHeading(root: HTMLElement, timeoutMs = 10_000): () => void {
  const focus = (): boolean => {
    const heading = root.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    heading.tabIndex = -1;
    heading.focus();
    return true;
  };
  if (focus()) return () => {};
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}
