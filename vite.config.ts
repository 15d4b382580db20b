/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appShell } from './scripts/vite-plugin-app-shell.ts';
import { contentSecurityPolicyMeta } from './scripts/vite-plugin-csp.ts';
import { inlineCss } from './scripts/vite-plugin-inline-css.ts';
import { pwaOptions } from './scripts/pwa-options.ts';
import { routePreload } from './scripts/vite-plugin-route-preload.ts';
import { staticData } from './scripts/vite-plugin-static-data.ts';

// BASE_PATH lets the same build run at a sub-path, e.g. GitHub Pages' /<repository>/.
const base = process.env.BASE_PATH ?? '/';

const DOM_UNITS = [
  'test/unit/app-shell.test.ts',
  'test/unit/chat/markdown.test.ts',
  'test/unit/data/import-worker.test.ts',
  'test/unit/engine/webllm.test.ts',
  'test/unit/lazy.test.ts',
  'test/unit/platform/save-file.test.ts',
  'test/unit/platform/worker-port.test.ts',
  'test/unit/theme.test.ts',
  'test/unit/when-idle.test.ts',
];

// Node units that replace modules (vi.mock, vi.doMock, vi.resetModules) or load code once per
// module instance (the on-demand loaders) need a fresh module graph per file; every other Node
// unit shares one (isolate: false), which takes the unit run from about 105 s to 30 s on 2 cores.
const ISOLATED_UNITS = [
  'test/unit/chat/*-on-demand.test.ts',
  'test/unit/engine/cache.test.ts',
  'test/unit/engine/llm-worker.test.ts',
  'test/unit/per-frame.test.ts',
];

// The same for the DOM units and components: those that replace modules or globals, or test
// code loaded on demand, run isolated; the rest share one jsdom (about 86 s to 30 s).
const ISOLATED_DOM = [
  'test/component/chat/AssistantMessage-lazy.test.ts',
  'test/component/chat/MessageThreadOnDemand.test.ts',
  'test/unit/chat/markdown.test.ts',
  'test/unit/engine/webllm.test.ts',
  'test/unit/lazy.test.ts',
  'test/unit/platform/save-file.test.ts',
  'test/unit/theme.test.ts',
  'test/unit/when-idle.test.ts',
];

export default defineConfig({
  base,
  plugins: [
    svelte(),
    staticData(),
    VitePWA(pwaOptions),
    // index.html: the app shell painted before any script (header, <main>, disclaimer), the
    // first view's code requested with the page, the shell's CSS inline, then
    // the policy, which allows exactly those inline elements by hash.
    appShell(),
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
    // Pure logic runs in Node (no DOM to build per file: a minute less on 2 cores); components
    // and the few units that use the DOM (sanitizing, saving a file, workers, idle callbacks,
    // the theme) run in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['test/setup-node.ts'],
          include: ['test/unit/**/*.test.ts'],
          exclude: [...DOM_UNITS, ...ISOLATED_UNITS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          environment: 'node',
          setupFiles: ['test/setup-node.ts'],
          include: ISOLATED_UNITS,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          include: ['test/component/**/*.test.ts', ...DOM_UNITS],
          exclude: ISOLATED_DOM,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-isolated',
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          include: ISOLATED_DOM,
        },
      },
    ],
    restoreMocks: true,
    // Component tests that drive a whole view (compare two models, load the test engine) take
    // 3–5 s alone on a 2-core machine; the default 5 s fails them under load, not for a bug.
    testTimeout: 15_000,
  },
});
