// The app shell's two inline scripts (scripts/vite-plugin-app-shell.ts), run on the shell's
// markup the way the browser runs them before its first paint.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  routeScript,
  shellHtml,
  themeScript,
  withAppShell,
} from '../../scripts/vite-plugin-app-shell';
import { href, VIEWS } from '@/lib/router';
import { THEME_MIRROR_KEY } from '@/lib/settings/theme';

function openShell(hash: string) {
  window.location.hash = hash;
  document.body.innerHTML = `<div id="app">${shellHtml()}</div>`;
  new Function(routeScript())();
  const app = document.getElementById('app')!;
  return {
    heading: app.querySelector('main h1')!,
    status: app.querySelector('[role="status"]')!.textContent,
    current: [...app.querySelectorAll('nav a[aria-current="page"]')].map((a) => a.textContent),
    busy: app.querySelector('main')!.getAttribute('aria-busy'),
    theme: app.querySelector('.theme')!,
  };
}

let systemDark = false;
beforeEach(() => {
  systemDark = false;
  // jsdom has no matchMedia: the device's colour scheme, as the script asks for it.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && systemDark,
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('the app shell', () => {
  it("links every view where the router's links point", () => {
    document.body.innerHTML = shellHtml();
    const links = [...document.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(VIEWS.map((v) => href(v)));
    expect(document.querySelectorAll('main, h1, header, nav')).toHaveLength(4);
  });

  it("shows the address's view: its heading, its link current, and what is opening", () => {
    const shell = openShell('#/models');
    expect(shell.heading.textContent).toBe('Models');
    expect(shell.heading.className).toBe('');
    expect(shell.status).toBe('Opening Models…');
    expect(shell.current).toEqual(['Models']);
    expect(shell.busy).toBe('true');
  });

  it('shows Chat, its heading for screen readers only, for an empty or unknown address', () => {
    for (const hash of ['', '#/nowhere', '#/chat/c-12']) {
      const shell = openShell(hash);
      expect(shell.heading.textContent).toBe('Chat');
      expect(shell.heading.className).toBe('visually-hidden');
      expect(shell.current).toEqual(['Chat']);
    }
  });

  it('marks the theme toggle with the theme the saved choice applies', () => {
    localStorage.setItem(THEME_MIRROR_KEY, 'dark');
    new Function(themeScript())();
    expect(document.documentElement.dataset.theme).toBe('dark');
    const shell = openShell('#/about');
    expect(shell.theme.getAttribute('aria-pressed')).toBe('true');
    expect(shell.theme.textContent).toContain('☾');
  });

  it('follows the device when nothing is saved', () => {
    systemDark = true;
    expect(openShell('#/chat').theme.getAttribute('aria-pressed')).toBe('true');
    systemDark = false;
    expect(openShell('#/chat').theme.getAttribute('aria-pressed')).toBe('false');
  });

  it('ignores a saved value that is no theme', () => {
    localStorage.setItem(THEME_MIRROR_KEY, 'purple');
    new Function(themeScript())();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('needs an empty #app to put itself in', () => {
    expect(() => withAppShell('<body><div id="root"></div></body>')).toThrow(/no empty/);
    const html = withAppShell('<title>x</title><body><div id="app"></div></body>');
    expect(html).toContain('<header class="app-header">');
    expect(html.match(/<script>/g)).toHaveLength(2);
  });
});
