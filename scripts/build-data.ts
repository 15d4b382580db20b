// npm run data: builds static-data/generated/ (manifest.json + one compact dialogue file per
// dataset) from the sources declared in static-data/datasets.json.
//
//   DATASET_DIR       where the source files are; a relative path is resolved from the
//                     repository root. Missing files are downloaded there. Default:
//                     ../shared/data when that folder exists (CI and the team's machines),
//                     otherwise data-cache/ inside the repository (git-ignored), so that a
//                     fresh clone never writes outside its own folder.
//   DATASET_DOWNLOAD  0 to never download (default: download what is missing).
//   DATASET_DOWNLOAD_TIMEOUT_MS  per-file download timeout (default 60000).
//
// Malformed input stops the build with the file, row and field; the output folder is
// replaced in one step, so it is never half-written.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assemble, type LoadedDataset } from '../src/lib/data/assemble.ts';
import type { Manifest, ManifestInput } from '../src/lib/data/manifest.ts';
import {
  DataValidationError,
  normalizeFile,
  parseAciMetadata,
  type NormalizedDialogue,
} from '../src/lib/data/normalize.ts';
import { parseSources, SourcesError, type SourceDecl } from '../src/lib/data/sources.ts';
import { replaceDir } from './lib/atomic.ts';
import type { FetchLike } from './lib/download.ts';
import { obtainFile, type ObtainedFile, type ObtainOptions } from './lib/obtain.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The shared copy of the raw files, beside the repository; used when it exists. */
export const DEFAULT_DATASET_DIR = '../shared/data';
/** Inside the repository and git-ignored (.gitignore): where a fresh clone keeps them. */
export const LOCAL_DATASET_DIR = 'data-cache';

/** The dataset folder when DATASET_DIR is not set: the shared one if present, else the local. */
export function defaultDatasetDir(root: string, exists: (path: string) => boolean = existsSync) {
  const shared = resolve(root, DEFAULT_DATASET_DIR);
  return exists(shared) ? shared : resolve(root, LOCAL_DATASET_DIR);
}

export class MissingDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingDataError';
  }
}

export interface BuildOptions {
  root?: string;
  /** Absolute, or relative to `root` (default: defaultDatasetDir). */
  datasetDir?: string;
  sourcesFile?: string;
  outDir?: string;
  allowDownload?: boolean;
  timeoutMs?: number;
  fetch?: FetchLike;
  log?: { info: (m: string) => void; warn: (m: string) => void };
}

export interface BuildResult {
  manifest: Manifest;
  outDir: string;
  /** False when the output already held exactly these files. */
  written: boolean;
  ms: number;
}

interface Missing {
  source: SourceDecl;
  path: string;
  reason: string;
}

function missingMessage(missing: Missing[], datasetDir: string): string {
  const lines = missing.map((m) => `  - ${m.path}\n    (${m.source.title}: ${m.reason})`);
  return [
    `Required dataset files are missing from DATASET_DIR (${datasetDir}) and could not be downloaded:`,
    ...lines,
    'Fix: set DATASET_DIR to a folder that holds them at these relative paths, for example',
    '  DATASET_DIR=/path/to/data npm run data',
    '(a relative DATASET_DIR is resolved from the repository root), or run once with network',
    'access so that they are downloaded from the Hugging Face hub into DATASET_DIR.',
  ].join('\n');
}

async function loadSource(
  source: SourceDecl,
  obtain: (decl: Parameters<typeof obtainFile>[0]) => ReturnType<typeof obtainFile>,
): Promise<{ files: { main: ObtainedFile; meta?: ObtainedFile }[] } | { missing: Missing[] }> {
  // A source is usable only whole: stop at its first missing file.
  const files: { main: ObtainedFile; meta?: ObtainedFile }[] = [];
  for (const [k, decl] of source.files.entries()) {
    const main = await obtain(decl);
    const meta =
      main.ok && decl.metadata
        ? await obtain({ ...decl.metadata, schema: 'aci-bench-csv' })
        : undefined;
    const failed = !main.ok ? main : meta && !meta.ok ? meta : null;
    if (failed) {
      const rest = source.files.length - k - 1;
      const more = rest > 0 ? ` (and ${rest} more file${rest > 1 ? 's' : ''} of this source)` : '';
      return { missing: [{ source, path: failed.path, reason: `${failed.reason}${more}` }] };
    }
    if (main.ok) files.push({ main: main.file, ...(meta?.ok ? { meta: meta.file } : {}) });
  }
  return { files };
}

function normalizeSource(
  source: SourceDecl,
  files: { main: ObtainedFile; meta?: ObtainedFile }[],
): NormalizedDialogue[] {
  const out: NormalizedDialogue[] = [];
  for (const { main, meta } of files) {
    const metadata = meta ? parseAciMetadata(meta.text, meta.file) : undefined;
    if (meta && metadata && metadata.size !== meta.rows) {
      throw new DataValidationError(
        meta.file,
        null,
        null,
        `has ${metadata.size} rows, expected ${meta.rows} (static-data/datasets.json)`,
      );
    }
    const rows = normalizeFile(main.schema, main.text, {
      dataset: source.id,
      file: main.file,
      firstIndex: out.length,
      segments: source.segments,
      ...(metadata ? { metadata } : {}),
    });
    if (rows.length !== main.rows) {
      throw new DataValidationError(
        main.file,
        null,
        null,
        `has ${rows.length} rows, expected ${main.rows}. If the source really changed, update "rows" in static-data/datasets.json.`,
      );
    }
    out.push(...rows);
  }
  return out;
}

function inputOf(f: ObtainedFile): ManifestInput {
  return {
    file: f.file,
    origin: f.origin,
    ...(f.url ? { url: f.url } : {}),
    rows: f.rows,
    bytes: f.bytes,
    sha256: f.sha256,
  };
}

export async function buildData(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const root = options.root ?? ROOT;
  const datasetDir = resolve(root, options.datasetDir ?? defaultDatasetDir(root));
  const sourcesFile = options.sourcesFile ?? resolve(root, 'static-data', 'datasets.json');
  const outDir = options.outDir ?? resolve(root, 'static-data', 'generated');
  const log = options.log ?? { info: () => {}, warn: () => {} };
  if (options.datasetDir === undefined && datasetDir === resolve(root, LOCAL_DATASET_DIR)) {
    log.info(
      `dataset folder: ${LOCAL_DATASET_DIR}/ in the repository (${DEFAULT_DATASET_DIR} does not exist; set DATASET_DIR to use another folder)`,
    );
  }

  let declared: unknown;
  try {
    declared = JSON.parse(await readFile(sourcesFile, 'utf8'));
  } catch (e) {
    throw new SourcesError('(file)', `cannot be read as JSON: ${(e as Error).message}`);
  }
  const { sources } = parseSources(declared);

  const obtainOptions: ObtainOptions = {
    datasetDir,
    allowDownload: options.allowDownload ?? true,
    timeoutMs: options.timeoutMs ?? 60_000,
    network: { unreachable: false },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    warn: log.warn,
    info: log.info,
  };
  const loaded: LoadedDataset[] = [];
  const missingRequired: Missing[] = [];
  const skipped: Manifest['skipped'] = [];
  for (const source of sources) {
    const result = await loadSource(source, (decl) => obtainFile(decl, obtainOptions));
    if ('missing' in result) {
      if (source.required) {
        missingRequired.push(...result.missing);
      } else {
        const reason = result.missing
          .map((m) => `${relative(datasetDir, m.path) || m.path}: ${m.reason}`)
          .join('; ');
        skipped.push({ id: source.id, title: source.title, reason });
        log.warn(`skipped the optional source ${source.title}: ${reason}`);
      }
      continue;
    }
    loaded.push({
      source,
      dialogues: normalizeSource(source, result.files),
      inputs: result.files
        .flatMap(({ main, meta }) => [main, ...(meta ? [meta] : [])])
        .map(inputOf),
    });
  }
  if (missingRequired.length > 0)
    throw new MissingDataError(missingMessage(missingRequired, datasetDir));

  const { manifest, files } = await assemble(loaded, skipped);
  const written = await replaceDir(outDir, files);
  return { manifest, outDir, written, ms: performance.now() - started };
}

function envFlag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return !/^(0|false|no|off)$/i.test(value);
}

async function main(): Promise<void> {
  const log = {
    info: (m: string) => console.log(`build-data: ${m}`),
    warn: (m: string) => console.warn(`build-data: warning: ${m}`),
  };
  try {
    const timeout = Number(process.env.DATASET_DOWNLOAD_TIMEOUT_MS);
    const result = await buildData({
      ...(process.env.DATASET_DIR ? { datasetDir: process.env.DATASET_DIR } : {}),
      allowDownload: envFlag(process.env.DATASET_DOWNLOAD) ?? true,
      ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
      log,
    });
    const m = result.manifest;
    const byDataset = Object.entries(m.counts.dataset)
      .map(([id, n]) => `${id} ${n.toLocaleString('en-US')}`)
      .join(', ');
    const where = isAbsolute(result.outDir)
      ? relative(process.cwd(), result.outDir)
      : result.outDir;
    log.info(
      `${m.totals.dialogues.toLocaleString('en-US')} dialogues (${byDataset}), ${(m.totals.bytes / 1e6).toFixed(1)} MB, version ${m.version}: ${result.written ? 'written to' : 'already up to date in'} ${where} in ${(result.ms / 1000).toFixed(2)} s`,
    );
  } catch (e) {
    if (
      e instanceof MissingDataError ||
      e instanceof DataValidationError ||
      e instanceof SourcesError
    ) {
      console.error(`build-data: error: ${e.message}`);
      console.error('build-data: nothing was written; static-data/generated/ is unchanged.');
      process.exitCode = 1;
      return;
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
