import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REVOKE_AFTER_MS, saveFile } from '@/lib/platform/save-file';

describe('saveFile', () => {
  const created: Blob[] = [];
  const revoked: string[] = [];
  let clicked: HTMLAnchorElement[] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    created.length = 0;
    revoked.length = 0;
    clicked = [];
    // jsdom has no object URLs and does not navigate on click.
    URL.createObjectURL = (blob: Blob) => (created.push(blob), `blob:bedside/${created.length}`);
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('downloads the text under its name as UTF-8, leaving nothing in the page', async () => {
    saveFile({ name: 'run.json', type: 'application/json', text: '{"ü":1}' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('run.json');
    expect(clicked[0]!.href).toBe('blob:bedside/1');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(created[0]!.type).toBe('application/json;charset=utf-8');
    expect(await created[0]!.text()).toBe('{"ü":1}');
  });

  it('keeps the object URL valid while the browser starts the download, then frees it', () => {
    saveFile({ name: 'a.md', type: 'text/markdown', text: '# a' });
    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(revoked).toEqual(['blob:bedside/1']);
  });
});
