import {
  applyTheme,
  isDark,
  parseTheme,
  readThemeMirror,
  THEME_KEY,
  toggleTheme,
  writeThemeMirror,
  type ThemeChoice,
} from '../lib/settings/theme';
import type { SettingsStore } from '../lib/settings/store';

function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The theme on screen: the person's choice, kept in settings, and the device's preference. */
export class ThemeState {
  choice: ThemeChoice = $state('system');
  systemDark = $state(false);
  readonly #settings: Pick<SettingsStore, 'get' | 'set' | 'delete'>;
  readonly #root: HTMLElement;

  dark = $derived(isDark(this.choice, this.systemDark));

  constructor(
    settings: Pick<SettingsStore, 'get' | 'set' | 'delete'>,
    root: HTMLElement = document.documentElement,
  ) {
    this.#settings = settings;
    this.#root = root;
    this.choice = readThemeMirror(localStore());
  }

  /** Follows the device's preference and reads the saved choice; returns a stop function. */
  start(): () => void {
    const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => (this.systemDark = query?.matches ?? false);
    onChange();
    query?.addEventListener('change', onChange);
    // The settings database is the record; the mirror may be stale or cleared.
    this.#settings.get<unknown>(THEME_KEY, 'system').then(
      (saved) => this.#use(parseTheme(saved)),
      () => {},
    );
    return () => query?.removeEventListener('change', onChange);
  }

  toggle(): void {
    const next = toggleTheme(this.choice, this.systemDark);
    this.#use(next);
    const saved =
      next === 'system' ? this.#settings.delete(THEME_KEY) : this.#settings.set(THEME_KEY, next);
    saved.catch(() => {}); // the mirror still has it
  }

  #use(choice: ThemeChoice): void {
    this.choice = choice;
    applyTheme(choice, this.#root);
    writeThemeMirror(localStore(), choice);
  }
}
