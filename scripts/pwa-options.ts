// The service worker and web manifest (vite-plugin-pwa). The app shell is precached, the
// model worker included: WebLLM's one copy (~6 MB, 2.2 MB gzip; the page never loads WebLLM:
// src/lib/engine/llm-client.ts, cache.ts), so after one visit Bedside opens offline and can
// start a downloaded model; the model itself comes from IndexedDB.
//
// The dataset files (data/) are not precached: the app imports them into IndexedDB on the
// first visit and reads them from there, offline too (when data/manifest.json cannot be
// fetched, the stored copy is used). Precaching them would store the same megabytes twice.
//
// registerType 'prompt': a new version waits until the person chooses "Reload"
// (src/components/common/UpdatePrompt.svelte), so an update never reloads a page mid-chat.
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The biggest file precached: the model worker, with WebLLM, is ~6.1 MB. */
export const MAX_PRECACHE_BYTES = 8 * 1024 * 1024;

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // Registration is done by src/lib/pwa/register.ts through virtual:pwa-register: no inline
  // script, which the Content Security Policy would block.
  injectRegister: false,
  includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'icon.svg'],
  manifest: {
    name: 'Bedside',
    short_name: 'Bedside',
    description:
      'A private medical-dialogue assistant that runs a small language model entirely in your browser.',
    lang: 'en',
    theme_color: '#0b5fb0',
    background_color: '#ffffff',
    display: 'standalone',
    // Relative to the manifest's URL, so a build for a sub-path (BASE_PATH) works as is.
    start_url: './',
    scope: './',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    globIgnores: ['data/**'],
    maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
    // Hash routing: every navigation is index.html. Never answer data/ with the shell.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\/data\//],
    cleanupOutdatedCaches: true,
  },
};
