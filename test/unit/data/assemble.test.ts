import { describe, expect, it } from 'vitest';
import { assemble } from '@/lib/data/assemble';
import { decodeDialogues } from '@/lib/data/codec';
import { parseManifest } from '@/lib/data/manifest';
import { sha256Hex } from '@/lib/data/sha256';
import { fixtureDatasets } from './fixtures';

describe('assemble (flag, split, encode, manifest)', () => {
  it('writes one checksummed file per dataset and a manifest that counts what is in them', async () => {
    const { manifest, files } = await assemble(fixtureDatasets(1));
    expect(parseManifest(manifest)).toBe(manifest);
    expect(files.map((f) => f.path)).toEqual([
      expect.stringMatching(/^dialogues-v1\.[0-9a-f]{12}\.json$/),
      expect.stringMatching(/^dialogues-v2\.[0-9a-f]{12}\.json$/),
      'manifest.json',
    ]);
    for (const entry of manifest.files) {
      const file = files.find((f) => f.path === entry.path)!;
      expect(entry.bytes).toBe(file.bytes.byteLength);
      expect(entry.sha256).toBe(await sha256Hex(file.bytes));
      const rows = decodeDialogues(JSON.parse(new TextDecoder().decode(file.bytes)), entry.dataset);
      expect(rows).toHaveLength(entry.rows);
    }
    expect(manifest.totals).toMatchObject({ dialogues: 8, turns: 16 });
    expect(manifest.counts.dataset).toEqual({ v1: 3, v2: 5 });
    expect(manifest.counts.segment).toEqual({
      'covid-scrape-2020': 3,
      askdocs: 2,
      'machine-translated': 3,
    });
    // v2-1 is a short, out-of-context reply; v2-4 repeats v2-2.
    expect(manifest.counts.flag).toMatchObject({
      'short-answer': 1,
      'out-of-context': 1,
      duplicate: 1,
    });
    expect(manifest.counts.flagged).toBe(2);
    const splits = manifest.counts.split;
    expect(splits.train + splits.validation + splits.test).toBe(8);
  });

  it('is deterministic, and its version changes exactly when the content does', async () => {
    const a = await assemble(fixtureDatasets(1));
    const b = await assemble(fixtureDatasets(1));
    const c = await assemble(fixtureDatasets(2));
    expect(b.manifest.version).toBe(a.manifest.version);
    expect(b.files.map((f) => [f.path, f.bytes])).toEqual(a.files.map((f) => [f.path, f.bytes]));
    expect(c.manifest.version).not.toBe(a.manifest.version);
    expect(a.manifest.version).toMatch(/^[0-9a-f]{16}$/);
  });
});
