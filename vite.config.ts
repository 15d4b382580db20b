/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyMeta } from './scripts/vite-plugin-csp.ts';
import { inlineCss } from './scripts/vite-plugin-inline-css.ts';
import { pwaOptions } from './scripts/pwa-options.ts';
import { routePreload } from './scripts/vite-plugin-route-preload.ts';
import { staticData } from './scripts/vite-plugin-static-data.ts';

// BASE_PATH lets the same build run at a sub-path, e.g. GitHub Pages' /<repository>/.
const base = process.env.BASE_PATH ?? '/';

const DOM_UNITS = [
  'test/unit/chat/markdown.test.ts',
  'test/unit/data/import-worker.test.ts',
  'test/unit/engine/webllm.test.ts',
  'test/unit/lazy.test.ts',
  'test/unit/platform/save-file.test.ts',
  'test/unit/platform/worker-port.test.ts',
  'test/unit/theme.test.ts',
  'test/unit/when-idle.test.ts',
];

export default defineConfig({
  base,
  plugins: [
    svelte(),
    staticData(),
    VitePWA(pwaOptions),
    // index.html: the first view's code requested with the page, the shell's CSS inline, then
    // the policy, which allows exactly those inline elements by hash.
    routePreload(),
    inlineCss(),
    contentSecurityPolicyMeta(),
    svelteTesting(),
  ],
  // `@/…` is `src/…`, in the app, in tests and in scripts (tsx reads tsconfig's paths).
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: process.env.OUT_DIR ?? 'dist',
    emptyOutDir: true,
  },
  test: {
    setupFiles: ['test/setup.ts'],
    // Pure logic runs in Node (no DOM to build per file: a minute less on 2 cores); components
    // and the few units that use the DOM (sanitizing, saving a file, workers, idle callbacks,
    // the theme) run in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          exclude: DOM_UNITS,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/component/**/*.test.ts', ...DOM_UNITS],
        },
      },
    ],
    restoreMocks: true,
    // Component tests that drive a whole view (compare two models, load the test engine) take
    // 3–5 s alone on a 2-core machine; the default 5 s fails them under load, not for a bug.
    testTimeout: 15_000,
  },
});
