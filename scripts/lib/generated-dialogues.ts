// The normalized dialogues as `npm run data` writes them (static-data/generated), read from
// Node: one loader for the retrieval scripts (report, misses, variants, timing, coherence).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDialogues } from '../../src/lib/data/codec.ts';
import { parseManifest } from '../../src/lib/data/manifest.ts';
import type { Dialogue } from '../../src/lib/data/normalize.ts';

export const GENERATED = join(import.meta.dirname, '..', '..', 'static-data', 'generated');

/** Every dialogue of the generated dataset; exits with a clear message when it is not built. */
export function loadGeneratedDialogues(): Dialogue[] {
  let text: string;
  try {
    text = readFileSync(join(GENERATED, 'manifest.json'), 'utf8');
  } catch {
    console.error('static-data/generated/manifest.json is missing: run `npm run data` first.');
    process.exit(1);
  }
  const manifest = parseManifest(JSON.parse(text));
  return manifest.files.flatMap((file) =>
    decodeDialogues(JSON.parse(readFileSync(join(GENERATED, file.path), 'utf8')), file.dataset),
  );
}
