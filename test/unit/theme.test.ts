import { describe, expect, it, vi } from 'vitest';
import {
  applyTheme,
  readThemeMirror,
  THEME_MIRROR_KEY,
  toggleTheme,
  writeThemeMirror,
} from '@/lib/settings/theme';
import { ThemeState } from '@/state/theme.svelte';

describe('toggleTheme', () => {
  it('switches to the other theme than the one on screen', () => {
    expect(toggleTheme('system', false)).toBe('dark');
    expect(toggleTheme('system', true)).toBe('light');
  });

  it('goes back to following the device when that is what the device asks for', () => {
    expect(toggleTheme('dark', false)).toBe('system');
    expect(toggleTheme('light', true)).toBe('system');
  });
});

describe('applyTheme and the localStorage mirror', () => {
  it('sets data-theme for a choice and removes it for the system default', () => {
    const root = document.createElement('html');
    applyTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    applyTheme('system', root);
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('reads back what it wrote, and survives storage that throws or holds junk', () => {
    writeThemeMirror(localStorage, 'light');
    expect(readThemeMirror(localStorage)).toBe('light');
    writeThemeMirror(localStorage, 'system');
    expect(localStorage.getItem(THEME_MIRROR_KEY)).toBeNull();
    localStorage.setItem(THEME_MIRROR_KEY, 'purple');
    expect(readThemeMirror(localStorage)).toBe('system');
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {},
    };
    expect(readThemeMirror(blocked)).toBe('system');
    expect(() => writeThemeMirror(blocked, 'dark')).not.toThrow();
  });
});

function fakeSettings(saved: unknown) {
  const store = new Map<string, unknown>(saved === undefined ? [] : [['theme', saved]]);
  return {
    store,
    get: async <T>(key: string, fallback: T): Promise<T> =>
      (store.has(key) ? store.get(key) : fallback) as T,
    set: vi.fn(async (key: string, value: unknown) => void store.set(key, value)),
    delete: vi.fn(async (key: string) => void store.delete(key)),
  };
}

function systemPrefers(dark: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: dark, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
}

describe('ThemeState', () => {
  it('applies the saved choice, and a toggle is saved in settings and the mirror', async () => {
    localStorage.clear();
    systemPrefers(false);
    const settings = fakeSettings('dark');
    const root = document.createElement('html');
    const theme = new ThemeState(settings, root);
    theme.start();
    await vi.waitFor(() => expect(root.dataset.theme).toBe('dark'));
    expect(theme.dark).toBe(true);
    expect(localStorage.getItem(THEME_MIRROR_KEY)).toBe('dark');

    theme.toggle(); // back to light, which is what this device asks for: follow it again
    expect(theme.dark).toBe(false);
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(settings.delete).toHaveBeenCalledWith('theme');
    expect(localStorage.getItem(THEME_MIRROR_KEY)).toBeNull();
    vi.unstubAllGlobals();
  });

  it('starts from the mirror, so the first render already has the theme', () => {
    localStorage.setItem(THEME_MIRROR_KEY, 'light');
    systemPrefers(true);
    const theme = new ThemeState(fakeSettings(undefined), document.createElement('html'));
    theme.start();
    expect(theme.choice).toBe('light');
    expect(theme.dark).toBe(false);
    localStorage.clear();
    vi.unstubAllGlobals();
  });
});
