// Importing a dataset version into IndexedDB: every file is downloaded (all at once, with
// byte progress), checked (sha256, JSON, row count, every row) and laid out in chunks
// (layout.ts) as soon as it is there, while the others still download; then ONE transaction
// empties the slot not in use, writes every chunk and the directory, and switches to it.
// Readers only ever read the slot `current` names, through its directory: an interrupted or
// failed import leaves the previous complete version in use, untouched.
//
// It runs in a worker (import-service.ts). On a page's main thread, `chunkSize` makes it yield
// between batches of rows so that no single task decodes thousands of dialogues.
import { DialogueFileError, openDialogueFile, type OpenedDialogueFile } from './codec';
import type { IDBPTransaction } from 'idb';
import {
  SLOTS,
  readCurrent,
  type CurrentRecord,
  type DataDB,
  type DataSchema,
  type DirectoryRecord,
  type Slot,
} from './db';
import { DataError, isQuotaError, QUOTA_MESSAGE, toDataError } from './errors';
import { fetchFile, type FetchFn } from './fetch-file';
import { CHUNK_SIZE, chunkKeyBases, joinDirectories, LayoutBuilder } from './layout';
import type { Manifest, ManifestFile } from './manifest';
import type { Dialogue } from './normalize';
import { sha256Hex } from './sha256';

export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
  /** Dialogues downloaded and checked; they are in use once all of them are stored. */
  rowsDone: number;
  rowsTotal: number;
  /** The file being downloaded or checked. */
  file: string;
}

/** Where an import's time went, for npm run bench:data. */
export interface ImportTimings {
  /** Until the last byte of the last file arrived (the files download at once). */
  fetchMs: number;
  /** Checking the files' sha256 and parsing their JSON, all files together. */
  checkMs: number;
  /** Decoding and checking every row, and laying them out in chunks. */
  decodeMs: number;
  /** From the start until every file is stored (each as it arrives, on two threads). */
  writeMs: number;
  /** The last transaction: the directory and the switch to the new copy. */
  switchMs: number;
  /** Records written (chunks and the directory). */
  records: number;
  /** Time spent in put() calls (the structured clone of the records, on this thread). */
  putMs: number;
  /**
   * When each step happened, as [step, epoch ms] (performance.timeOrigin + now(), comparable
   * across the worker and the page): `opened`, `cleared`, per file `<dataset> arrived`,
   * `… checked`, `… decoded`, `… stored`, then `switched`. The bench lays them on one line.
   */
  timeline: [string, number][];
}

export interface ImportOptions {
  /** URL of the folder holding the files, ending in `/`. */
  baseUrl: string;
  fetch?: FetchFn;
  /** Dialogues per stored record (layout.ts CHUNK_SIZE by default). */
  batchSize?: number;
  /**
   * Dialogues decoded per task: between two batches the import yields to the event loop, so
   * a page importing on its main thread stays responsive. By default it never yields (a
   * worker has nothing else to do).
   */
  chunkSize?: number;
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Bypass the HTTP cache (a retry after a damaged file). */
  fresh?: boolean;
  onTimings?: (t: ImportTimings) => void;
  /** Stores about half of the files in parallel (a nested worker); none by default. */
  helper?: StoreHelper;
}

/**
 * One downloaded file for a second thread to store into the slot not in use while this one
 * stores the others (import-service.ts runs it in a nested worker). The import's CPU work
 * (parsing, checking, the structured clone of every record) is per byte, and one thread doing
 * all of it was the import's bottleneck (a trace of bench:data: the import worker busy ~95 %
 * of the import). The import worker downloads every file itself and passes the bytes on.
 */
export interface StoreJob {
  file: ManifestFile;
  bytes: Uint8Array;
  /** Its first chunk key (chunkKeyBases over the whole manifest). */
  base: number;
  batchSize: number;
}

/** What storing one file wrote: the directory of its chunks. */
export interface StoredPart {
  slot: Slot;
  directory: DirectoryRecord;
  records: number;
  checkMs: number;
  decodeMs: number;
  putMs: number;
  timeline: [string, number][];
}

export type StoreHelper = (job: StoreJob, signal: AbortSignal) => Promise<StoredPart>;

function otherSlot(slot: Slot | undefined): Slot {
  return slot === SLOTS[0] ? SLOTS[1] : SLOTS[0];
}

/** The slot an import fills: the one `current` does not name. */
export async function targetSlot(
  db: DataDB,
): Promise<{ previous: CurrentRecord | null; slot: Slot }> {
  const previous = await readCurrent(db);
  return { previous, slot: otherSlot(previous?.slot) };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const aborted = () => new DataError('aborted', 'The import was cancelled.');

const now = () => performance.timeOrigin + performance.now();

/**
 * Splits the files in two groups of about the same bytes (largest first, each to the lighter
 * group): the first for this thread, the second for the helper.
 */
export function splitFiles(files: readonly ManifestFile[]): [number[], number[]] {
  const mine: number[] = [];
  const theirs: number[] = [];
  let [mineBytes, theirBytes] = [0, 0];
  const order = files.map((_, i) => i).sort((a, b) => files[b]!.bytes - files[a]!.bytes);
  for (const i of order) {
    if (mineBytes <= theirBytes) {
      mine.push(i);
      mineBytes += files[i]!.bytes;
    } else {
      theirs.push(i);
      theirBytes += files[i]!.bytes;
    }
  }
  return [mine.sort((a, b) => a - b), theirs.sort((a, b) => a - b)];
}

/**
 * Checks one downloaded file (sha256, JSON, row count, every row), lays it out in chunks and
 * writes them into the slot `target` names, in one transaction. Nothing is in use until the
 * switch (importManifest) writes the directory. `chunkSize`: rows decoded per task, yielding
 * between them (a page's main thread).
 */
async function storeFile(
  target: Promise<{ db: DataDB; slot: Slot }>,
  job: StoreJob,
  options: { signal: AbortSignal; chunkSize?: number; onRows?: (rows: number) => void },
): Promise<StoredPart> {
  const { file: entry, batchSize } = job;
  const timeline: [string, number][] = [];
  const checking = performance.now();
  const file = await openFile(entry, job.bytes);
  const checkMs = performance.now() - checking;
  timeline.push([`${entry.dataset} checked`, now()]);
  const decoding = performance.now();
  const step = Math.max(1, Math.min(options.chunkSize ?? Infinity, batchSize));
  const dialogues: Dialogue[] = [];
  for (let from = 0; from < file.rows; from += step) {
    if (options.signal.aborted) throw aborted();
    const to = Math.min(from + step, file.rows);
    for (const d of file.decode(from, to)) dialogues.push(d);
    // Without yielding (a worker) a file's rows decode in one task: one report at its end.
    options.onRows?.(to - from);
    if (options.chunkSize !== undefined) await nextTask();
  }
  const layout = new LayoutBuilder(batchSize, { firstKey: job.base });
  layout.add(entry.dataset, dialogues);
  const { chunks, directory } = layout.finish();
  const decodeMs = performance.now() - decoding;
  timeline.push([`${entry.dataset} decoded`, now()]);
  const { db, slot } = await target;
  if (options.signal.aborted) throw aborted();
  const writing = performance.now();
  let putMs = 0;
  await writeRecords(db, [slot], (tx, add) => {
    const store = tx.objectStore(slot);
    for (const chunk of chunks) add(store.put(chunk));
    putMs = performance.now() - writing;
  });
  timeline.push([`${entry.dataset} stored`, now()]);
  return { slot, directory, records: chunks.length, checkMs, decodeMs, putMs, timeline };
}

/** Runs a helper's StoreJob (import-service.ts, in the nested worker). */
export async function storeJob(
  database: DataDB | Promise<DataDB>,
  job: StoreJob,
  signal: AbortSignal = new AbortController().signal,
): Promise<StoredPart> {
  try {
    const db = await database;
    const { slot } = await targetSlot(db);
    return await storeFile(Promise.resolve({ db, slot }), job, { signal });
  } catch (e) {
    if (isQuotaError(e)) throw new DataError('quota', QUOTA_MESSAGE, { cause: e });
    throw toDataError(e);
  }
}

/**
 * The numeric keys of `slot` that are not `keys` (chunks an earlier, failed import left),
 * as ranges to delete: every chunk key is a number, the directory's a string.
 */
function staleRanges(keys: readonly number[]): IDBKeyRange[] {
  const sorted = [...new Set(keys)].sort((x, y) => x - y);
  const ranges: IDBKeyRange[] = [];
  let below = -Infinity;
  let open = false;
  for (const key of sorted) {
    // Between two consecutive whole numbers there is nothing to delete.
    if (!(open && key === below + 1)) ranges.push(IDBKeyRange.bound(below, key, open, true));
    below = key;
    open = true;
  }
  ranges.push(IDBKeyRange.bound(below, Infinity, open, false));
  return ranges;
}

/**
 * Imports `manifest`'s files into the slot not in use, then switches to it. Every file
 * downloads at once; each is stored as soon as it is there (in its own transaction), by this
 * thread or, for about half of the bytes when `options.helper` is given, by the helper in
 * parallel; then one transaction deletes whatever else the slot holds, writes the directory
 * and names the slot current. On any failure the previous version stays in use.
 */
export async function importManifest(
  database: DataDB | Promise<DataDB>,
  manifest: Manifest,
  options: ImportOptions,
): Promise<CurrentRecord> {
  const batchSize = Math.max(1, options.batchSize ?? CHUNK_SIZE);
  const yielding = options.chunkSize !== undefined;
  const bytesTotal = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  const rowsTotal = manifest.files.reduce((sum, f) => sum + f.rows, 0);
  const progress: ImportProgress = { bytesDone: 0, bytesTotal, rowsDone: 0, rowsTotal, file: '' };
  // Byte progress comes per network chunk: pass it on at most every 50 ms.
  let reported = -Infinity;
  const report = (always = true) => {
    const at = performance.now();
    if (!always && at - reported < 50) return;
    reported = at;
    options.onProgress?.({ ...progress });
  };

  // Cancels the other downloads (and the helper) when one fails, or when the caller cancels.
  const stop = new AbortController();
  const cancel = () => stop.abort();
  options.signal?.addEventListener('abort', cancel);
  const started = performance.now();
  let fetched = started;
  const timeline: [string, number][] = [];
  // The downloads start at once; meanwhile the database opens (a worker's first connection).
  const target = (async () => {
    const db = await database;
    timeline.push(['opened', now()]);
    return { db, ...(await targetSlot(db)) };
  })();
  target.catch(() => stop.abort()); // the downloads stop; the failure is thrown below
  try {
    report();
    const bases = chunkKeyBases(
      manifest.files.map((f) => f.rows),
      batchSize,
    );
    const helped = new Set(options.helper ? splitFiles(manifest.files)[1] : []);
    const received = manifest.files.map(() => 0);
    const parts = manifest.files.map(async (entry, i) => {
      const bytes = await fetchFile(`${options.baseUrl}${entry.path}`, {
        ...(options.fetch ? { fetch: options.fetch } : {}),
        signal: stop.signal,
        // A retry after a damaged file must not get the same bytes from the HTTP cache.
        cache: options.fresh ? 'reload' : 'default',
        onBytes: (n) => {
          received[i] = Math.min(n, entry.bytes);
          progress.bytesDone = received.reduce((sum, b) => sum + b, 0);
          progress.file = entry.path;
          report(progress.bytesDone === bytesTotal);
        },
      });
      fetched = Math.max(fetched, performance.now());
      timeline.push([`${entry.dataset} arrived`, now()]);
      if (stop.signal.aborted) throw aborted();
      const job: StoreJob = { file: entry, bytes, base: bases[i]!, batchSize };
      if (options.helper && helped.has(i)) {
        const part = await options.helper(job, stop.signal);
        progress.rowsDone += entry.rows;
        report();
        return part;
      }
      return storeFile(target, job, {
        signal: stop.signal,
        ...(yielding ? { chunkSize: options.chunkSize } : {}),
        onRows: (rows) => {
          progress.rowsDone += rows;
          progress.file = entry.path;
          report(yielding || progress.rowsDone === rowsTotal);
        },
      });
    });
    // The first failure stops the other downloads and the helper (the catch below).
    for (const part of parts) part.catch(() => stop.abort());
    const stored = await Promise.all(parts);
    if (stop.signal.aborted) throw aborted();
    const { db, previous, slot } = await target;
    if (stored.some((p) => p.slot !== slot)) {
      throw new DataError('unknown', 'Another import changed the dataset meanwhile. Retry.');
    }
    // In manifest order (chunk keys follow it), whichever thread stored each file.
    const directory = joinDirectories(stored.map((p) => p.directory));
    checkUnique(directory);

    const current: CurrentRecord = {
      key: 'current',
      version: manifest.version,
      slot,
      importedAt: Date.now(),
      manifest,
    };
    // The switch, in ONE transaction: whatever else the slot holds goes (chunks an earlier,
    // failed import left), the directory (without which the chunks are never read) is
    // written, and the slot is named current.
    const switching = performance.now();
    await writeRecords(db, ['meta', slot, 'search-index'], (tx, add) => {
      const store = tx.objectStore(slot);
      for (const range of staleRanges(directory.chunks.map((c) => c.key))) add(store.delete(range));
      add(store.put(directory));
      add(tx.objectStore('meta').put(current));
      add(tx.objectStore('search-index').delete('current'));
    });
    const switchMs = performance.now() - switching;
    timeline.push(['switched', now()]);
    const sum = (key: 'checkMs' | 'decodeMs' | 'putMs' | 'records') =>
      stored.reduce((n, p) => n + p[key], 0);
    options.onTimings?.({
      fetchMs: fetched - started,
      checkMs: sum('checkMs'),
      decodeMs: sum('decodeMs'),
      writeMs: switching - started,
      switchMs,
      records: sum('records') + 1,
      putMs: sum('putMs'),
      timeline: [...timeline, ...stored.flatMap((p) => p.timeline)].sort((a, b) => a[1] - b[1]),
    });
    // Free the old copy. Not needed for correctness: the next import replaces it anyway.
    if (previous) await db.clear(previous.slot).catch(() => {});
    return current;
  } catch (e) {
    stop.abort();
    // The database failing to open stopped the downloads: its error is the one to report.
    let failure = e;
    const opened = await target.catch((openError: unknown) => {
      failure = openError;
      return null;
    });
    // The chunks written so far are never read (no directory, no switch); free their space.
    if (opened) await opened.db.clear(opened.slot).catch(() => {});
    if (isQuotaError(failure)) throw new DataError('quota', QUOTA_MESSAGE, { cause: failure });
    throw toDataError(failure);
  } finally {
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** Two dialogues with one id (in files stored by different threads) fail the import. */
function checkUnique(directory: DirectoryRecord): void {
  const ids = new Set<string>();
  for (const chunk of directory.chunks) {
    for (const id of chunk.ids) {
      if (ids.has(id)) {
        throw new DataError(
          'corrupt',
          `Two dialogues share the id ${id}, so the import would keep ${ids.size} where the manifest lists more. The previous copy is still in use.`,
        );
      }
      ids.add(id);
    }
  }
}

/**
 * One readwrite transaction (relaxed durability: a crash before the disk flush loses the
 * whole transaction, never part of it) of the requests `write` makes, each passed to `add`;
 * resolves when it commits. A request refused outright (quota) aborts it, so that none of the
 * others commit.
 */
async function writeRecords<S extends 'meta' | Slot | 'search-index'>(
  db: DataDB,
  stores: S[],
  write: (
    tx: IDBPTransaction<DataSchema, S[], 'readwrite'>,
    add: (request: Promise<unknown>) => void,
  ) => void,
): Promise<void> {
  const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' });
  const done = tx.done;
  done.catch(() => {}); // awaited below, after any synchronous failure
  const writes: Promise<unknown>[] = [];
  try {
    write(tx, (request) => {
      request.catch(() => {}); // awaited below; an abort rejects every request
      writes.push(request);
    });
  } catch (e) {
    tx.abort();
    throw e;
  }
  await Promise.all([...writes, done]);
}

/**
 * Checks one downloaded dialogue file's sha256, JSON and row count. Its rows are decoded
 * later, a batch at a time; a bad row then fails the import with the same "damaged" message.
 */
async function openFile(file: ManifestFile, bytes: Uint8Array): Promise<OpenedDialogueFile> {
  const damaged = (why: string, cause?: unknown) =>
    new DataError(
      'corrupt',
      `The file ${file.path} arrived damaged (${why}). Nothing was changed: the previous copy of the dataset, if any, is still in use. Retry to download it again.`,
      { cause },
    );
  // The digest runs off this thread while the JSON is parsed; a wrong sha256 is reported
  // first, whatever the parse made of the bytes.
  const digest = sha256Hex(bytes);
  digest.catch(() => {}); // awaited below
  let parsed: unknown;
  let notJson: unknown = null;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    notJson = e;
  }
  if ((await digest) !== file.sha256) throw damaged('its sha256 does not match the manifest');
  if (notJson) throw damaged('it is not valid JSON', notJson);
  let opened: OpenedDialogueFile;
  try {
    opened = openDialogueFile(parsed, file.dataset);
  } catch (e) {
    if (e instanceof DialogueFileError) throw damaged(e.message, e);
    throw e;
  }
  if (opened.rows !== file.rows) {
    throw damaged(`it holds ${opened.rows} dialogues, the manifest says ${file.rows}`);
  }
  return {
    ...opened,
    decode: (from, to) => {
      try {
        return opened.decode(from, to);
      } catch (e) {
        if (e instanceof DialogueFileError) throw damaged(e.message, e);
        throw e;
      }
    },
  };
}
