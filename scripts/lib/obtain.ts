// Finds a declared source file in the dataset folder (DATASET_DIR, or the default that
// build-data.ts picks: ../shared/data when it exists, else data-cache/ in the repository), or
// downloads it there when it is missing. The folder is created on the first download.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import type { SchemaKind } from '../../src/lib/data/normalize.ts';
import { sha256Hex } from '../../src/lib/data/sha256.ts';
import { downloadUrl, type FileDecl } from '../../src/lib/data/sources.ts';
import { writeFileAtomic } from './atomic.ts';
import { download, DownloadError, type FetchLike } from './download.ts';

export interface ObtainOptions {
  /** Absolute path of the dataset folder; need not exist yet. */
  datasetDir: string;
  /** May files missing from DATASET_DIR be downloaded? */
  allowDownload: boolean;
  timeoutMs: number;
  fetch?: FetchLike;
  /** Shared by the files of one build: once the network proved unreachable, stop trying. */
  network?: { unreachable: boolean };
  warn: (message: string) => void;
  info: (message: string) => void;
}

export interface ObtainedFile {
  /** Path relative to DATASET_DIR (POSIX separators), for messages and provenance. */
  file: string;
  origin: 'local' | 'download';
  url?: string;
  schema: SchemaKind;
  rows: number;
  text: string;
  bytes: number;
  sha256: string;
}

export type Obtained =
  { ok: true; file: ObtainedFile } | { ok: false; path: string; reason: string };

type Decl = Pick<FileDecl, 'local' | 'rows' | 'sha256' | 'download'> & { schema: SchemaKind };

/** Where a downloaded copy is kept: beside the local path, under the remote file's name. */
export function downloadPath(decl: Decl): string | null {
  const url = decl.download ? downloadUrl(decl.download) : null;
  if (!url) return null;
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  return name ? posix.join(posix.dirname(decl.local), name) : null;
}

async function use(
  abs: string,
  rel: string,
  origin: ObtainedFile['origin'],
  decl: Decl,
  bytes?: Uint8Array,
): Promise<ObtainedFile> {
  const data = bytes ?? new Uint8Array(await readFile(abs));
  const remote = origin === 'download' ? decl.download : undefined;
  return {
    file: rel,
    origin,
    ...(remote ? { url: downloadUrl(remote)! } : {}),
    schema: remote?.schema ?? decl.schema,
    rows: remote?.rows ?? decl.rows,
    text: new TextDecoder('utf-8', { fatal: false }).decode(data),
    bytes: data.byteLength,
    sha256: await sha256Hex(data),
  };
}

export async function obtainFile(decl: Decl, options: ObtainOptions): Promise<Obtained> {
  const localAbs = join(options.datasetDir, decl.local);
  if (existsSync(localAbs)) {
    const file = await use(localAbs, decl.local, 'local', decl);
    if (decl.sha256 && file.sha256 !== decl.sha256) {
      options.warn(
        `${decl.local} differs from the known copy (sha256 ${file.sha256.slice(0, 12)}…, expected ${decl.sha256.slice(0, 12)}…); its rows are still validated.`,
      );
    }
    return { ok: true, file };
  }

  const cached = downloadPath(decl);
  const url = decl.download ? downloadUrl(decl.download) : null;
  if (!cached || !url || !decl.download) {
    return { ok: false, path: localAbs, reason: 'it is not in DATASET_DIR and has no download' };
  }
  const pin = decl.download.sha256;
  const cachedAbs = join(options.datasetDir, cached);
  if (existsSync(cachedAbs)) {
    const file = await use(cachedAbs, cached, 'download', decl);
    if (!pin || file.sha256 === pin) return { ok: true, file };
    options.warn(`${cached} (downloaded earlier) has the wrong sha256; downloading it again.`);
  }
  if (!options.allowDownload) {
    return {
      ok: false,
      path: localAbs,
      reason: `it is not in DATASET_DIR and downloads are off (DATASET_DOWNLOAD=0); it is at ${url}`,
    };
  }

  if (options.network?.unreachable) {
    return {
      ok: false,
      path: localAbs,
      reason: `it is not in DATASET_DIR, and ${url} was not tried: the network was unreachable`,
    };
  }
  options.info(`downloading ${url}`);
  let bytes: Uint8Array;
  try {
    bytes = await download(url, { timeoutMs: options.timeoutMs, fetch: options.fetch });
  } catch (e) {
    if (e instanceof DownloadError && e.offline && options.network)
      options.network.unreachable = true;
    const why = e instanceof DownloadError ? e.message : String(e);
    return { ok: false, path: localAbs, reason: `the download from ${url} failed: ${why}` };
  }
  const file = await use(cachedAbs, cached, 'download', decl, bytes);
  if (pin && file.sha256 !== pin) {
    return {
      ok: false,
      path: localAbs,
      reason: `the download from ${url} has sha256 ${file.sha256}, expected ${pin}`,
    };
  }
  try {
    await writeFileAtomic(cachedAbs, bytes);
    options.info(
      `saved ${cached} (${bytes.byteLength.toLocaleString('en-US')} bytes) in ${dirname(cachedAbs)}`,
    );
  } catch (e) {
    options.warn(
      `could not keep the download in DATASET_DIR (${String(e)}); using it for this build only.`,
    );
  }
  return { ok: true, file };
}
