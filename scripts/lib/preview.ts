// Build the app and serve it with `vite preview` on a free port, for the benchmark and
// screenshot scripts; and launch Chromium the way playwright.config.ts does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';
import playwrightConfig from '../../playwright.config.ts';
import { CHROMIUM_PATH } from './machine.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/**
 * `vite build` into `outDir` (relative to the repository) with extra environment variables
 * and command-line arguments (e.g. `--sourcemap`).
 */
export function buildApp(
  outDir: string,
  env: Record<string, string | undefined> = {},
  args: string[] = [],
): void {
  const merged: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: '/', ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key];
  const result = spawnSync(VITE, ['build', '--outDir', outDir, '--logLevel', 'error', ...args], {
    cwd: ROOT,
    env: merged,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build exited with ${result.status}`);
}

export interface Preview {
  url: string;
  stop: () => void;
}

/** Serves `outDir` on a free port; stop() ends the server. */
export async function preview(outDir: string): Promise<Preview> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    VITE,
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  try {
    await waitForServer(url, child);
  } catch (error) {
    child.kill();
    throw error;
  }
  return { url, stop: () => child.kill() };
}

/** Debian's Chromium (or CHROMIUM_PATH) with the flags the e2e tests use. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_PATH;
  if (!existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath} (set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath,
    args: playwrightConfig.use?.launchOptions?.args ?? ['--no-sandbox'],
  });
}

/**
 * A fresh profile (a first visit) that cannot reach outside 127.0.0.1, like the e2e tests.
 * tsx compiles the scripts with esbuild's keepNames, which wraps named functions in
 * `__name(…)`: functions passed to page.evaluate run in the page, so it gets a no-op one.
 */
export async function freshContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

export function removeBuild(outDir: string): void {
  rmSync(join(ROOT, outDir), { recursive: true, force: true });
}
