import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Chromium: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own browser
// (on machines with internet, after `npx playwright install chromium`).
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Ports and output folders can be moved so that two runs on one machine do not collide.
const port = Number(process.env.E2E_PORT ?? 4173);
const subPort = port + 1;
const outDir = process.env.E2E_OUT ?? 'dist-e2e';
const SUB_PATH = '/bedside-sub/';

const vite = 'node_modules/.bin/vite';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: {
      executablePath,
      args: [
        '--enable-unsafe-webgpu',
        '--no-sandbox',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    // The build registers a service worker, which would answer requests before page.route
    // sees them. Tests that need it (offline.spec.ts) opt in with serviceWorkers: 'allow'.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'root',
      testIgnore: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${port}/` },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${subPort}${SUB_PATH}` },
    },
  ],
  webServer: [
    {
      // The test build includes the deterministic test engine (VITE_TEST_ENGINE=1); the
      // production build never does.
      command: `${vite} build --outDir ${outDir} --logLevel warn && ${vite} preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
      env: { VITE_TEST_ENGINE: '1', BASE_PATH: '/' },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `${vite} build --outDir ${outDir}-sub --logLevel warn && ${vite} preview --outDir ${outDir}-sub --host 127.0.0.1 --port ${subPort} --strictPort`,
      env: { BASE_PATH: SUB_PATH },
      url: `http://127.0.0.1:${subPort}${SUB_PATH}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
