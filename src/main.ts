import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { createApp } from './app/create-app';
import { applyTheme, readThemeMirror } from './lib/settings/theme';

// The saved theme, before the first render (no inline script: the CSP forbids them).
try {
  applyTheme(readThemeMirror(localStorage), document.documentElement);
} catch {
  // localStorage blocked: the theme is applied from the settings database a moment later.
}

const target = document.getElementById('app');
if (!target) throw new Error('Bedside: #app element missing from index.html');

export default mount(App, { target, props: { app: createApp() } });
