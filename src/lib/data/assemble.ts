// The build pipeline after the sources are read: flag quality, assign splits, encode one
// compact file per dataset, and describe it all in the manifest. Pure and deterministic: the
// same input gives byte-identical output, so the manifest version only moves with the data.
import { encodeDialogues } from './codec';
import {
  MANIFEST_FORMAT,
  type Manifest,
  type ManifestDataset,
  type ManifestFile,
  type ManifestInput,
  type ManifestSegment,
} from './manifest';
import { SPLITS, type Dialogue, type NormalizedDialogue, type Split } from './normalize';
import { QUALITY_FLAGS, type QualityFlag } from './quality-flags';
import { tagQuality } from './quality';
import { repairDialogue } from './repair';
import { sha256Hex } from './sha256';
import type { SegmentDecl, SourceDecl } from './sources';
import { assignSplit } from './split';

export interface LoadedDataset {
  source: Pick<
    SourceDecl,
    'id' | 'title' | 'version' | 'licence' | 'provenance' | 'homepage' | 'citation'
  > & { segments: Pick<SegmentDecl, 'segment' | 'label' | 'description'>[] };
  dialogues: NormalizedDialogue[];
  inputs: ManifestInput[];
}

export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

export interface Assembled {
  manifest: Manifest;
  /** The dialogue files and manifest.json, ready to write. */
  files: OutputFile[];
  dialogues: Dialogue[];
}

function tally<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export async function assemble(
  datasets: readonly LoadedDataset[],
  skipped: Manifest['skipped'] = [],
): Promise<Assembled> {
  const all = datasets.flatMap((d) => d.dialogues);
  const flags = tagQuality(all);
  // Text repairs come after the split, which stays keyed on the source's own text: a row
  // never changes split because its text was repaired.
  const dialogues: Dialogue[] = all.map((d, i) => ({
    ...repairDialogue(d),
    flags: flags[i]!,
    split: assignSplit(d),
  }));

  const encoder = new TextEncoder();
  const files: OutputFile[] = [];
  const manifestFiles: ManifestFile[] = [];
  const counts: Manifest['counts'] = {
    dataset: {},
    segment: {},
    flag: tally<QualityFlag>(QUALITY_FLAGS),
    split: tally<Split>(SPLITS),
    flagged: 0,
  };
  let turns = 0;
  let offset = 0;
  for (const dataset of datasets) {
    const id = dataset.source.id;
    const own = dialogues.slice(offset, offset + dataset.dialogues.length);
    offset += dataset.dialogues.length;
    const bytes = encoder.encode(JSON.stringify(encodeDialogues(id, own)));
    const sha256 = await sha256Hex(bytes);
    const path = `dialogues-${id}.${sha256.slice(0, 12)}.json`;
    files.push({ path, bytes });
    manifestFiles.push({ path, dataset: id, rows: own.length, bytes: bytes.byteLength, sha256 });
    counts.dataset[id] = own.length;
    for (const d of own) {
      counts.segment[d.segment] = (counts.segment[d.segment] ?? 0) + 1;
      counts.split[d.split] += 1;
      for (const f of d.flags) counts.flag[f] += 1;
      if (d.flags.length > 0) counts.flagged += 1;
      turns += d.turns.length;
    }
  }

  const version = (
    await sha256Hex(
      JSON.stringify([MANIFEST_FORMAT, manifestFiles.map((f) => [f.dataset, f.sha256])]),
    )
  ).slice(0, 16);
  const segments: ManifestSegment[] = datasets.flatMap((d) =>
    d.source.segments.map((s) => ({
      segment: s.segment,
      dataset: d.source.id,
      label: s.label,
      description: s.description,
    })),
  );
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    version,
    totals: {
      dialogues: dialogues.length,
      turns,
      bytes: manifestFiles.reduce((sum, f) => sum + f.bytes, 0),
    },
    counts,
    datasets: datasets.map((d): ManifestDataset => ({
      id: d.source.id,
      title: d.source.title,
      version: d.source.version,
      licence: d.source.licence,
      provenance: d.source.provenance,
      homepage: d.source.homepage,
      ...(d.source.citation ? { citation: d.source.citation } : {}),
      rows: d.dialogues.length,
      inputs: d.inputs,
    })),
    segments,
    files: manifestFiles,
    skipped,
  };
  files.push({
    path: 'manifest.json',
    bytes: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`),
  });
  return { manifest, files, dialogues };
}
