// What the browser benchmarks share (bench:chat, bench:longtasks): the dialogues `npm run
// data` generated, and the app built into its own folder, served by `vite preview` with
// Chromium driving it, everything stopped and removed afterwards.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { decodeDialogues } from '../../src/lib/data/codec.ts';
import type { Manifest } from '../../src/lib/data/manifest.ts';
import type { Dialogue } from '../../src/lib/data/normalize.ts';
import { buildApp, launchChromium, preview, removeBuild, ROOT } from './preview.ts';

/** The generated manifest and every dialogue, decoded (static-data/generated/). */
export function generatedDialogues(): { manifest: Manifest; dialogues: Dialogue[] } {
  const generated = join(ROOT, 'static-data', 'generated');
  if (!existsSync(join(generated, 'manifest.json')))
    throw new Error('No dataset built: run `npm run data` first');
  const manifest = JSON.parse(readFileSync(join(generated, 'manifest.json'), 'utf8')) as Manifest;
  const dialogues = manifest.files.flatMap((f) =>
    decodeDialogues(JSON.parse(readFileSync(join(generated, f.path), 'utf8')), f.dataset),
  );
  return { manifest, dialogues };
}

export interface BenchApp {
  /** The preview server's URL, ending in `/`. */
  url: string;
  browser: Browser;
}

/**
 * Builds the app into `outDir` (with `env`, e.g. VITE_TEST_ENGINE), serves it, launches
 * Chromium, runs `bench`, then closes the browser, stops the server and removes the build,
 * whether `bench` succeeded or not.
 */
export async function withBenchApp<T>(
  outDir: string,
  env: Record<string, string | undefined>,
  bench: (app: BenchApp) => Promise<T>,
): Promise<T> {
  const kind = env.VITE_TEST_ENGINE ? 'app (test engine)' : 'production app';
  console.log(`building the ${kind} into ${outDir}/ …`);
  buildApp(outDir, env);
  const server = await preview(outDir);
  try {
    const browser = await launchChromium();
    try {
      return await bench({ url: server.url, browser });
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
    removeBuild(outDir);
  }
}
