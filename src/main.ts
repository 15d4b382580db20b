import { mount } from 'svelte';
import './app.css';
import './shell.css';
import App from './App.svelte';
import { createApp } from './app/create-app';
import { isFirstVisit } from './app/first-visit';
import { createViews } from './app/views';
import { applyTheme, readThemeMirror } from './lib/settings/theme';

// The saved theme, before the first render. index.html's app shell applied it already before its
// first paint (scripts/vite-plugin-app-shell.ts); this is for a page served without the shell.
try {
  applyTheme(readThemeMirror(localStorage), document.documentElement);
} catch {
  // localStorage blocked: the theme is applied from the settings database a moment later.
}

const target = document.getElementById('app');
if (!target) throw new Error('Bedside: #app element missing from index.html');

const app = createApp();
const views = createViews(app);
const firstVisit = isFirstVisit(app.settings);
// The first view's code was requested with the page (scripts/vite-plugin-route-preload.ts):
// index.html's app shell stays on screen until it is here, and the app then mounts with the
// view in its first render, not "Opening Chat…" and a second render. On a slow network the app
// mounts after FIRST_VIEW_WAIT_MS all the same. It does not wait for the settings database: on
// a first visit the notice opens over the view a moment later (a task of its own, not one long
// task with the first render; Lighthouse's Total Blocking Time).
// (Not a top-level await: the bundler would then split the entry in many small chunks, so
// that the views' chunks could import from it without waiting on it.)
const FIRST_VIEW_WAIT_MS = 1500;
void Promise.race([
  // A view that cannot load: LazyView says why and offers Reload.
  views[app.router.route.view].load().catch(() => {}),
  new Promise((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS)),
]).then(() => {
  // The app shell (scripts/vite-plugin-app-shell.ts) goes in the same task as the app comes:
  // no frame shows neither, and the accessibility tree never holds both. A link of the shell's
  // that had the keyboard's focus hands it on to the app's same link.
  const links = () => [...target.querySelectorAll('a')];
  const focused = links().findIndex((a) => a === document.activeElement);
  const focusedHref = links()[focused]?.getAttribute('href');
  // The shell's heading, status and paragraph stay in the app's <main> until the view is built,
  // in the next task (App.svelte): the app's frame and the view, each a task of its own.
  const shellMain = [...(target.querySelector('main')?.childNodes ?? [])];
  target.replaceChildren();
  mount(App, { target, props: { app, views, firstVisit, shellMain } });
  const same = links()[focused];
  if (same && same.getAttribute('href') === focusedHref) same.focus();
});
