// The app shell: what index.html paints before any script has run. Without it nothing painted
// until the app had downloaded, run and mounted (Lighthouse's First Contentful Paint ≈ 1.5 s
// on its throttled phone, all of it waiting on JavaScript). With it the HTML alone paints the
// frame the app will show (skip link, header and navigation, <main>, the disclaimer), styled
// by the same rules (src/shell.css, inlined with app.css by vite-plugin-inline-css.ts), and in
// <main> the view's heading, a loading status and what Bedside is. main.ts empties #app and
// mounts the app in the same task, so no frame shows neither; nothing moves (the same rules
// place the same frame), and the accessibility tree never holds both.
//
// Two small inline scripts, allowed by hash (vite-plugin-csp.ts), make the first paint the
// right one: in <head>, the theme saved in localStorage (else a dark-theme reader would see a
// light shell, then a dark app); after the shell, the address's view (its heading, its link
// marked as the current page, "Opening Chat…") and the theme toggle's state. Without
// JavaScript the shell says "Bedside" and the <noscript> message says why nothing more comes.
import type { Plugin } from 'vite';
import { DEFAULT_VIEW, href, VIEW_LABELS, VIEWS, type View } from '../src/lib/router.ts';
import { THEME_MIRROR_KEY } from '../src/lib/settings/theme.ts';

/** Each view's <h1>, as the view itself shows it (e2e shell.spec.ts checks they agree). */
export const VIEW_HEADINGS: Readonly<Record<View, { text: string; hidden: boolean }>> = {
  chat: { text: 'Chat', hidden: true },
  dataset: { text: 'Dataset', hidden: false },
  models: { text: 'Models', hidden: false },
  bench: { text: 'Benchmark', hidden: false },
  about: { text: 'About Bedside', hidden: false },
};

export const NO_SCRIPT =
  'Bedside needs JavaScript: it runs its language model in your browser. Turn JavaScript on for this site to use it.';

/** The markup that goes inside #app (AppHeader, App's <main> and Disclaimer, as they render). */
export function shellHtml(): string {
  const links = VIEWS.map((view) => `<li><a href="${href(view)}">${VIEW_LABELS[view]}</a></li>`);
  return [
    `<a class="app-skip" href="#main">Skip to content</a>`,
    `<header class="app-header">`,
    `<div class="brand"><a class="name" href="${href('chat')}">Bedside</a> <span class="promise">Private medical dialogue · runs entirely on your device</span></div>`,
    `<nav aria-label="Main"><ul>${links.join('')}</ul></nav>`,
    // Works once the app has mounted; until then it shows the theme in use, disabled.
    `<button class="theme" type="button" aria-pressed="false" disabled><span aria-hidden="true">☀</span> <span class="visually-hidden-narrow">Dark theme</span></button>`,
    `</header>`,
    `<main id="main" class="app-main" tabindex="-1">`,
    `<h1>Bedside</h1>`,
    // Filled by the script below: with JavaScript off, nothing is opening.
    `<p class="app-shell-status" role="status"></p>`,
    `<noscript><p class="notice warn">${NO_SCRIPT}</p></noscript>`,
    `<p class="app-shell-intro">Bedside is a private medical-dialogue assistant. It runs a small language model entirely in this browser, so nothing you type ever leaves this device, and it shows the similar doctor–patient dialogues it was given as examples. It is not a doctor and does not diagnose: in an emergency, call your local emergency number.</p>`,
    `</main>`,
    `<aside class="app-disclaimer" aria-label="Medical disclaimer"><strong>Not medical advice.</strong> Bedside is an experimental language model that can be wrong. It does not diagnose. In an emergency call your local emergency number (911, 112, 999).</aside>`,
  ].join('\n');
}

/** In <head>: the saved theme on <html> before the first paint (as main.ts does, earlier). */
export function themeScript(key = THEME_MIRROR_KEY): string {
  return (
    `try{var t=localStorage.getItem(${JSON.stringify(key)});` +
    `if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`
  );
}

/**
 * After the shell: the address's view, "Opening …" and <main> busy (only with JavaScript: a
 * busy region stays unread by some screen readers), and the theme toggle's state, all before
 * the first paint.
 */
export function routeScript(): string {
  const views = Object.fromEntries(
    VIEWS.map((v) => [v, [VIEW_LABELS[v], VIEW_HEADINGS[v].text, VIEW_HEADINGS[v].hidden ? 1 : 0]]),
  );
  return (
    `(function(){var s=${JSON.stringify(views)};` +
    `var r=(/^#\\/?([^/?]*)/.exec(location.hash)||[])[1];var v=s[r]?r:${JSON.stringify(DEFAULT_VIEW)};` +
    `var a=document.getElementById('app');var m=a.querySelector('main');m.setAttribute('aria-busy','true');` +
    `var h=m.querySelector('h1');` +
    `h.textContent=s[v][1];if(s[v][2])h.className='visually-hidden';` +
    `a.querySelector('.app-shell-status').textContent='Opening '+s[v][0]+'\\u2026';` +
    `var l=a.querySelector('nav a[href="#/'+v+'"]');if(l)l.setAttribute('aria-current','page');` +
    `var t=document.documentElement.getAttribute('data-theme');` +
    `var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;` +
    `var b=a.querySelector('.app-header .theme');b.setAttribute('aria-pressed',String(d));` +
    `if(d)b.firstChild.textContent='\\u263e'})()`
  );
}

/** index.html with the shell in `<div id="app"></div>` and the two scripts. */
export function withAppShell(html: string): string {
  if (!html.includes('<div id="app"></div>'))
    throw new Error('bedside-app-shell: index.html has no empty <div id="app"></div>');
  return html
    .replace('</title>', `</title>\n    <script>${themeScript()}</script>`)
    .replace(
      '<div id="app"></div>',
      `<div id="app">\n${shellHtml()}\n<script>${routeScript()}</script>\n</div>`,
    );
}

export function appShell(): Plugin {
  return {
    name: 'bedside-app-shell',
    // Before the CSP plugin (order 'post'), which hashes the scripts this adds.
    transformIndexHtml: { order: 'pre', handler: withAppShell },
  };
}
