// The source declarations in static-data/datasets.json: their types and a validator that says
// exactly which entry is wrong. Pure; the build script (scripts/build-data.ts) does the I/O.
import { SCHEMA_KINDS, type SchemaKind } from './normalize';

export interface HubRef {
  /** Hugging Face dataset, e.g. `knowrohit07/know_medical_dialogue_v2`. */
  dataset: string;
  /** File in its `main` branch. */
  file: string;
}

/** Where to fetch a file that is not in DATASET_DIR. */
export interface DownloadDecl {
  /** A file on the Hugging Face hub: https://huggingface.co/datasets/<dataset>/resolve/main/<file>. */
  hub?: HubRef;
  /** Or any URL pinned to one version (e.g. a GitHub raw URL at a commit). */
  url?: string;
  /** The downloaded file's schema and row count, when they differ from the local copy's. */
  schema?: SchemaKind;
  rows?: number;
  /** When given, a download whose sha256 differs is rejected. */
  sha256?: string;
}

export interface FileDecl {
  /** Path relative to DATASET_DIR. */
  local: string;
  schema: SchemaKind;
  /** Expected row count: a different count stops the build. */
  rows: number;
  /** The sha256 of the known local copy; a different local file only warns. */
  sha256?: string;
  download?: DownloadDecl;
  /** ACI-Bench: the `*_metadata.csv` beside the dialogue file. */
  metadata?: Omit<FileDecl, 'schema' | 'metadata'>;
}

export interface SegmentDecl {
  from: number;
  to?: number;
  segment: string;
  label: string;
  description: string;
}

export interface SourceDecl {
  id: string;
  title: string;
  version: string;
  /** A required source that is missing stops the build; an optional one is skipped. */
  required: boolean;
  licence: string;
  provenance: string;
  homepage: string;
  citation?: string;
  segments: SegmentDecl[];
  files: FileDecl[];
}

export interface SourcesFile {
  sources: SourceDecl[];
}

export function hubUrl(hub: HubRef): string {
  return `https://huggingface.co/datasets/${hub.dataset}/resolve/main/${hub.file
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
}

export function downloadUrl(download: DownloadDecl): string | null {
  if (download.url) return download.url;
  return download.hub ? hubUrl(download.hub) : null;
}

export class SourcesError extends Error {
  constructor(path: string, problem: string) {
    super(`static-data/datasets.json: ${path} ${problem}`);
    this.name = 'SourcesError';
  }
}

type Obj = Record<string, unknown>;

function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SourcesError(path, 'must be an object');
  }
  return value as Obj;
}
function str(o: Obj, key: string, path: string, optional = false): string {
  const v = o[key];
  if (v === undefined && optional) return '';
  if (typeof v !== 'string' || v.trim() === '') {
    throw new SourcesError(`${path}.${key}`, 'must be a non-empty string');
  }
  return v;
}
function int(o: Obj, key: string, path: string, optional = false): number {
  const v = o[key];
  if (v === undefined && optional) return -1;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new SourcesError(`${path}.${key}`, 'must be a whole number ≥ 0');
  }
  return v;
}
function sha(o: Obj, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v)) {
    throw new SourcesError(`${path}.${key}`, 'must be 64 lowercase hex digits');
  }
  return v;
}
function schema(o: Obj, key: string, path: string): SchemaKind {
  const v = o[key];
  if (!(SCHEMA_KINDS as readonly unknown[]).includes(v)) {
    throw new SourcesError(`${path}.${key}`, `must be one of ${SCHEMA_KINDS.join(', ')}`);
  }
  return v as SchemaKind;
}
function relPath(o: Obj, key: string, path: string): string {
  const v = str(o, key, path);
  if (v.startsWith('/') || v.split(/[\\/]/).includes('..')) {
    throw new SourcesError(`${path}.${key}`, 'must be a relative path inside DATASET_DIR');
  }
  return v;
}

function download(value: unknown, path: string): DownloadDecl {
  const o = obj(value, path);
  const out: DownloadDecl = {};
  if (o.hub !== undefined) {
    const h = obj(o.hub, `${path}.hub`);
    out.hub = { dataset: str(h, 'dataset', `${path}.hub`), file: str(h, 'file', `${path}.hub`) };
  }
  if (o.url !== undefined) {
    const url = str(o, 'url', path);
    if (!/^https:\/\//.test(url)) throw new SourcesError(`${path}.url`, 'must be an https URL');
    out.url = url;
  }
  if (!out.hub === !out.url) throw new SourcesError(path, 'needs exactly one of "hub" or "url"');
  if (o.schema !== undefined) out.schema = schema(o, 'schema', path);
  if (o.rows !== undefined) out.rows = int(o, 'rows', path);
  const pin = sha(o, 'sha256', path);
  if (pin) out.sha256 = pin;
  return out;
}

function file(value: unknown, path: string, withSchema: boolean): FileDecl {
  const o = obj(value, path);
  const out: FileDecl = {
    local: relPath(o, 'local', path),
    schema: withSchema ? schema(o, 'schema', path) : 'aci-bench-csv',
    rows: int(o, 'rows', path),
  };
  const pin = sha(o, 'sha256', path);
  if (pin) out.sha256 = pin;
  if (o.download !== undefined) out.download = download(o.download, `${path}.download`);
  if (withSchema && o.metadata !== undefined) {
    const { schema: _s, metadata: _m, ...meta } = file(o.metadata, `${path}.metadata`, false);
    out.metadata = meta;
  }
  if (withSchema && out.schema === 'aci-bench-csv' && !out.metadata) {
    throw new SourcesError(path, 'needs "metadata" (the *_metadata.csv) for an aci-bench-csv file');
  }
  return out;
}

/** Validates the parsed datasets.json. */
export function parseSources(value: unknown): SourcesFile {
  const root = obj(value, '(root)');
  if (!Array.isArray(root.sources) || root.sources.length === 0) {
    throw new SourcesError('sources', 'must be a non-empty array');
  }
  const ids = new Set<string>();
  const sources = root.sources.map((raw, i): SourceDecl => {
    const path = `sources[${i}]`;
    const o = obj(raw, path);
    const id = str(o, 'id', path);
    if (!/^[a-z0-9][a-z0-9_]*$/.test(id)) {
      throw new SourcesError(`${path}.id`, 'must be lowercase letters, digits or _');
    }
    if (ids.has(id)) throw new SourcesError(`${path}.id`, `"${id}" is declared twice`);
    ids.add(id);
    if (typeof o.required !== 'boolean') {
      throw new SourcesError(`${path}.required`, 'must be true or false');
    }
    if (!Array.isArray(o.segments) || o.segments.length === 0) {
      throw new SourcesError(`${path}.segments`, 'must be a non-empty array');
    }
    if (!Array.isArray(o.files) || o.files.length === 0) {
      throw new SourcesError(`${path}.files`, 'must be a non-empty array');
    }
    const citation = str(o, 'citation', path, true);
    return {
      id,
      title: str(o, 'title', path),
      version: str(o, 'version', path),
      required: o.required,
      licence: str(o, 'licence', path),
      provenance: str(o, 'provenance', path),
      homepage: str(o, 'homepage', path),
      ...(citation ? { citation } : {}),
      segments: o.segments.map((s, k): SegmentDecl => {
        const sp = `${path}.segments[${k}]`;
        const so = obj(s, sp);
        const to = int(so, 'to', sp, true);
        return {
          from: int(so, 'from', sp),
          ...(to >= 0 ? { to } : {}),
          segment: str(so, 'segment', sp),
          label: str(so, 'label', sp),
          description: str(so, 'description', sp),
        };
      }),
      files: o.files.map((f, k) => file(f, `${path}.files[${k}]`, true)),
    };
  });
  return { sources };
}
