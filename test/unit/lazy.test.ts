import { describe, expect, it, vi } from 'vitest';
import { focusHeading } from '@/lib/focus';
import { lazy } from '@/lib/lazy';

describe('lazy', () => {
  it('loads once, keeps the value for every later use', async () => {
    const loader = vi.fn(async () => ({ state: 'kept' }));
    const view = lazy(loader);
    expect(view.value).toBeNull();
    const [a, b] = await Promise.all([view.load(), view.load()]);
    expect(a).toBe(b);
    expect(view.value).toBe(a);
    await view.load();
    expect(loader).toHaveBeenCalledOnce();
  });

  it('forgets a failed load, so the next use tries again', async () => {
    const loader = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('loaded');
    const view = lazy(loader);
    await expect(view.load()).rejects.toThrow(/dynamically imported/);
    expect(view.value).toBeNull();
    expect(await view.load()).toBe('loaded');
  });
});

describe('focusHeading', () => {
  it('focuses the heading at once when it is there', () => {
    const root = document.createElement('main');
    root.innerHTML = '<h1>Dataset</h1>';
    document.body.append(root);
    focusHeading(root);
    expect(document.activeElement).toBe(root.querySelector('h1'));
    root.remove();
  });

  it('waits for the heading of a view that is still loading', async () => {
    const root = document.createElement('main');
    root.innerHTML = '<p role="status">Opening Chat…</p>';
    document.body.append(root);
    focusHeading(root);
    expect(document.activeElement).toBe(document.body);
    root.innerHTML = '<h1>Chat</h1>';
    await vi.waitFor(() => expect(document.activeElement).toBe(root.querySelector('h1')));
    expect(root.querySelector('h1')?.tabIndex).toBe(-1);
    root.remove();
  });

  it('stops waiting when asked (the person navigated on)', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    const stop = focusHeading(root);
    stop();
    root.innerHTML = '<h1>Chat</h1>';
    await new Promise((r) => setTimeout(r, 10));
    expect(document.activeElement).toBe(document.body);
    root.remove();
  });
});
