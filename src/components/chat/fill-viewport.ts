// An attachment that sizes an element to the height left in the viewport below its top,
// minus the sticky bars after <main> (the disclaimer), so that the chat's composer stays at
// the bottom of the screen and only the messages scroll. Re-measured when the window or the
// page layout changes (the header wraps on narrow screens).

const MIN_HEIGHT_PX = 300;

function stickyBelow(main: Element | null): number {
  let total = 0;
  for (let el = main?.nextElementSibling ?? null; el; el = el.nextElementSibling) {
    if (el instanceof HTMLElement && getComputedStyle(el).position === 'sticky') {
      total += el.offsetHeight;
    }
  }
  return total;
}

export function fillViewport(element: HTMLElement): () => void {
  const main = element.closest('main');
  let frame = 0;
  const measure = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const padding = main ? parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0;
      const height = Math.max(
        MIN_HEIGHT_PX,
        Math.floor(window.innerHeight - top - padding - stickyBelow(main)),
      );
      if (element.style.height !== `${height}px`) element.style.height = `${height}px`;
    });
  };
  measure();
  window.addEventListener('resize', measure);
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
  observer?.observe(document.body);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('resize', measure);
    observer?.disconnect();
    element.style.height = '';
  };
}
