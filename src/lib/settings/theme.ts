// Light and dark themes. The choice is 'system' (follow the device) until the person toggles;
// it is kept in the settings database (bedside-settings), and mirrored in localStorage so that
// main.ts can apply it before the first render (an inline script in index.html would be
// quicker, but the Content Security Policy forbids inline scripts). app.css reads
// <html data-theme="light|dark">; without the attribute it follows prefers-color-scheme.

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Key in the settings database. */
export const THEME_KEY = 'theme';
/** Key of the localStorage mirror. */
export const THEME_MIRROR_KEY = 'bedside-theme';

export function parseTheme(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function isDark(choice: ThemeChoice, systemDark: boolean): boolean {
  return choice === 'system' ? systemDark : choice === 'dark';
}

/**
 * The choice after a press of the toggle: the other theme than the one on screen. When that
 * is what the device asks for anyway, back to following the device.
 */
export function toggleTheme(choice: ThemeChoice, systemDark: boolean): ThemeChoice {
  const dark = !isDark(choice, systemDark);
  if (dark === systemDark) return 'system';
  return dark ? 'dark' : 'light';
}

/** Sets or removes data-theme on <html>. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The mirrored choice; 'system' when storage is unavailable (e.g. blocked cookies). */
export function readThemeMirror(storage: StorageLike | undefined): ThemeChoice {
  try {
    return parseTheme(storage?.getItem(THEME_MIRROR_KEY));
  } catch {
    return 'system';
  }
}

export function writeThemeMirror(storage: StorageLike | undefined, choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage?.removeItem(THEME_MIRROR_KEY);
    else storage?.setItem(THEME_MIRROR_KEY, choice);
  } catch {
    // Without localStorage the theme still applies, a moment later, from IndexedDB.
  }
}
