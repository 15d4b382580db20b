import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { createApp } from './app/create-app';
import { isFirstVisit } from './app/first-visit';
import { createViews } from './app/views';
import { applyTheme, readThemeMirror } from './lib/settings/theme';

// The saved theme, before the first render (no inline script: the CSP forbids them).
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
// mounting once it is here makes the first paint the view itself, not "Opening Chat…" and a
// second render. On a slow network the app mounts after FIRST_VIEW_WAIT_MS all the same. It
// does not wait for the settings database: on a first visit the notice opens over the view
// a moment later (a task of its own, not one long task with the first render; Lighthouse's
// Total Blocking Time).
// (Not a top-level await: the bundler would then split the entry in many small chunks, so
// that the views' chunks could import from it without waiting on it.)
const FIRST_VIEW_WAIT_MS = 1500;
void Promise.race([
  // A view that cannot load: LazyView says why and offers Reload.
  views[app.router.route.view].load().catch(() => {}),
  new Promise((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS)),
]).then(() => mount(App, { target, props: { app, views, firstVisit } }));
