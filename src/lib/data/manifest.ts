// static-data/generated/manifest.json: what the build produced, read by the browser to decide
// whether to import, to check every file's sha256, and to show provenance and counts.
import { QUALITY_FLAGS, type QualityFlag } from './quality-flags';
import { SPLITS, type Split } from './normalize';

export const MANIFEST_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';

/** A source file the build read. */
export interface ManifestInput {
  /** Path relative to DATASET_DIR. */
  file: string;
  /** `local`: found in DATASET_DIR; `download`: fetched from `url` by this build. */
  origin: 'local' | 'download';
  url?: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface ManifestSegment {
  segment: string;
  dataset: string;
  label: string;
  description: string;
}

export interface ManifestDataset {
  id: string;
  title: string;
  version: string;
  licence: string;
  provenance: string;
  homepage: string;
  citation?: string;
  rows: number;
  inputs: ManifestInput[];
}

/** A generated dialogue file, served at `<base>data/<path>`. */
export interface ManifestFile {
  path: string;
  dataset: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /** Hash of the content: changes exactly when any dialogue file changes. */
  version: string;
  totals: { dialogues: number; turns: number; bytes: number };
  counts: {
    dataset: Record<string, number>;
    segment: Record<string, number>;
    flag: Record<QualityFlag, number>;
    split: Record<Split, number>;
    /** Dialogues with at least one flag. */
    flagged: number;
  };
  datasets: ManifestDataset[];
  segments: ManifestSegment[];
  files: ManifestFile[];
  /** Optional sources left out of this build, and why. */
  skipped: { id: string; title: string; reason: string }[];
}

export class ManifestError extends Error {
  constructor(problem: string) {
    super(`The dataset manifest is invalid: ${problem}`);
    this.name = 'ManifestError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function counts(value: unknown, path: string, keys?: readonly string[]): Record<string, number> {
  if (!isObj(value)) throw new ManifestError(`${path} is missing`);
  for (const [k, v] of Object.entries(value)) {
    if (!isCount(v)) throw new ManifestError(`${path}.${k} is not a count`);
  }
  for (const k of keys ?? []) {
    if (!(k in value)) throw new ManifestError(`${path}.${k} is missing`);
  }
  return value as Record<string, number>;
}

/**
 * Checks the parts of a parsed manifest that the import relies on (files, hashes, counts);
 * descriptive fields are passed through.
 */
export function parseManifest(value: unknown): Manifest {
  if (!isObj(value)) throw new ManifestError('not a JSON object');
  if (value.format !== MANIFEST_FORMAT) {
    throw new ManifestError(
      `format ${String(value.format)} is not ${MANIFEST_FORMAT}; reload to get the matching app`,
    );
  }
  if (typeof value.version !== 'string' || value.version === '') {
    throw new ManifestError('version is missing');
  }
  if (!Array.isArray(value.files) || value.files.length === 0) {
    throw new ManifestError('it lists no dialogue files');
  }
  value.files.forEach((f: unknown, i) => {
    if (
      !isObj(f) ||
      typeof f.path !== 'string' ||
      !/^[\w.-]+$/.test(f.path) ||
      typeof f.dataset !== 'string' ||
      !isCount(f.rows) ||
      !isCount(f.bytes) ||
      typeof f.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(f.sha256)
    ) {
      throw new ManifestError(`files[${i}] is malformed`);
    }
  });
  const totals = value.totals;
  if (!isObj(totals) || !isCount(totals.dialogues) || !isCount(totals.bytes)) {
    throw new ManifestError('totals are missing');
  }
  const c = value.counts;
  if (!isObj(c)) throw new ManifestError('counts are missing');
  counts(c.dataset, 'counts.dataset');
  counts(c.segment, 'counts.segment');
  counts(c.flag, 'counts.flag', QUALITY_FLAGS);
  counts(c.split, 'counts.split', SPLITS);
  if (!Array.isArray(value.datasets) || !Array.isArray(value.segments)) {
    throw new ManifestError('datasets or segments are missing');
  }
  if (!Array.isArray(value.skipped)) throw new ManifestError('skipped is missing');
  return value as unknown as Manifest;
}

/** Bytes the browser downloads on import (the dialogue files). */
export function downloadBytes(manifest: Manifest): number {
  return manifest.files.reduce((sum, f) => sum + f.bytes, 0);
}
