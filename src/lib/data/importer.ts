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
  /** The one transaction: the slot emptied, every chunk, the directory and the switch. */
  writeMs: number;
  /** Records written (chunks and the directory). */
  records: number;
  /** Time spent in put() calls (the structured clone of the records, on this thread). */
  putMs: number;
  /**
   * When each step happened, as [step, epoch ms] (performance.timeOrigin + now(), comparable
   * across the worker and the page): `opened`, per file `<dataset> arrived`, `… checked`
   * and `… decoded`, then `switched`. The bench lays them on one line.
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
}

function otherSlot(slot: Slot | undefined): Slot {
  return slot === SLOTS[0] ? SLOTS[1] : SLOTS[0];
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports `manifest`'s files into the slot not in use, then switches to it, in one
 * transaction. On any failure the previous version stays in use.
 */
export async function importManifest(
  database: DataDB | Promise<DataDB>,
  manifest: Manifest,
  options: ImportOptions,
): Promise<CurrentRecord> {
  const batchSize = Math.max(1, options.batchSize ?? CHUNK_SIZE);
  const yielding = options.chunkSize !== undefined;
  const step = Math.max(1, Math.min(options.chunkSize ?? Infinity, batchSize));
  const bytesTotal = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  const rowsTotal = manifest.files.reduce((sum, f) => sum + f.rows, 0);
  const progress: ImportProgress = { bytesDone: 0, bytesTotal, rowsDone: 0, rowsTotal, file: '' };
  // Byte progress comes per network chunk: pass it on at most every 50 ms.
  let reported = -Infinity;
  const report = (always = true) => {
    const now = performance.now();
    if (!always && now - reported < 50) return;
    reported = now;
    options.onProgress?.({ ...progress });
  };

  // Cancels the other downloads when one fails, or when the caller cancels.
  const stop = new AbortController();
  const cancel = () => stop.abort();
  options.signal?.addEventListener('abort', cancel);
  const aborted = () => new DataError('aborted', 'The import was cancelled.');
  const started = performance.now();
  let fetched = started;
  let checkMs = 0;
  let decodeMs = 0;
  let putMs = 0;
  const timeline: [string, number][] = [];
  const mark = (step: string) => timeline.push([step, performance.timeOrigin + performance.now()]);
  // The downloads start at once; meanwhile the database opens (a worker's first connection).
  const target = (async () => {
    const db = await database;
    mark('opened');
    const previous = await readCurrent(db);
    return { db, previous, slot: otherSlot(previous?.slot) };
  })();
  target.catch(() => stop.abort()); // the downloads stop; the failure is thrown below
  try {
    report();
    // All files download at once; each is checked, decoded and laid out as soon as it is
    // there, while the others still arrive.
    const received = manifest.files.map(() => 0);
    const bases = chunkKeyBases(
      manifest.files.map((f) => f.rows),
      batchSize,
    );
    const ids = new Set<string>();
    const laidOut = manifest.files.map(async (entry, i) => {
      const file = await downloadFile(
        entry,
        { ...options, signal: stop.signal },
        (bytes) => {
          received[i] = Math.min(bytes, entry.bytes);
          progress.bytesDone = received.reduce((sum, b) => sum + b, 0);
          progress.file = entry.path;
          report(progress.bytesDone === bytesTotal);
        },
        (arrived, checked) => {
          fetched = Math.max(fetched, arrived);
          checkMs += checked - arrived;
          timeline.push([`${entry.dataset} arrived`, performance.timeOrigin + arrived]);
          timeline.push([`${entry.dataset} checked`, performance.timeOrigin + checked]);
        },
      );
      const decoding = performance.now();
      progress.file = entry.path;
      const dialogues: Dialogue[] = [];
      for (let from = 0; from < file.rows; from += step) {
        if (stop.signal.aborted) throw aborted();
        const to = Math.min(from + step, file.rows);
        for (const d of file.decode(from, to)) dialogues.push(d);
        progress.rowsDone += to - from;
        // Without yielding (a worker) a file's rows decode in one task: one report at its end.
        report(yielding || to === file.rows);
        if (yielding) await nextTask();
      }
      const layout = new LayoutBuilder(batchSize, { firstKey: bases[i]!, ids });
      layout.add(entry.dataset, dialogues);
      decodeMs += performance.now() - decoding;
      mark(`${entry.dataset} decoded`);
      return layout.finish();
    });
    // The first failure stops the other downloads (the catch below).
    const layouts = await Promise.all(laidOut);
    if (stop.signal.aborted) throw aborted();
    const chunks = layouts.flatMap((l) => l.chunks);
    const directory = joinDirectories(layouts.map((l) => l.directory));
    const { db, previous, slot } = await target;

    const current: CurrentRecord = {
      key: 'current',
      version: manifest.version,
      slot,
      importedAt: Date.now(),
      manifest,
    };
    // ONE transaction: it empties the slot not in use (a failed import of an earlier release
    // may have left part of a copy in it), writes every chunk and the directory (without which
    // the chunks are never read), and names the slot current. It commits whole or not at all:
    // on any failure (quota included) the previous version stays in use, untouched.
    const writing = performance.now();
    await writeRecords(db, ['meta', slot, 'search-index'], (tx, add) => {
      const store = tx.objectStore(slot);
      add(store.clear());
      for (const chunk of chunks) add(store.put(chunk));
      add(store.put(directory));
      putMs = performance.now() - writing;
      add(tx.objectStore('meta').put(current));
      add(tx.objectStore('search-index').delete('current'));
    });
    const writeMs = performance.now() - writing;
    mark('switched');
    options.onTimings?.({
      fetchMs: fetched - started,
      checkMs,
      decodeMs,
      writeMs,
      records: chunks.length + 1,
      putMs,
      timeline,
    });
    // Free the old copy. Not needed for correctness: the next import clears it anyway.
    if (previous) await db.clear(previous.slot).catch(() => {});
    return current;
  } catch (e) {
    stop.abort();
    // Nothing was written (the one transaction commits whole or not at all). The database
    // failing to open stopped the downloads: its error is the one to report.
    let failure = e;
    await target.catch((openError: unknown) => {
      failure = openError;
    });
    if (isQuotaError(failure)) throw new DataError('quota', QUOTA_MESSAGE, { cause: failure });
    throw toDataError(failure);
  } finally {
    options.signal?.removeEventListener('abort', cancel);
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
 * Downloads one dialogue file and checks its sha256, JSON and row count. Its rows are decoded
 * later, a chunk at a time; a bad row then fails the import with the same "damaged" message.
 */
async function downloadFile(
  file: ManifestFile,
  options: ImportOptions,
  onBytes: (received: number) => void,
  onTimes: (arrived: number, checked: number) => void,
): Promise<OpenedDialogueFile> {
  const bytes = await fetchFile(`${options.baseUrl}${file.path}`, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    // A retry after a damaged file must not get the same bytes from the HTTP cache.
    cache: options.fresh ? 'reload' : 'default',
    onBytes,
  });
  const damaged = (why: string, cause?: unknown) =>
    new DataError(
      'corrupt',
      `The file ${file.path} arrived damaged (${why}). Nothing was changed: the previous copy of the dataset, if any, is still in use. Retry to download it again.`,
      { cause },
    );
  const arrived = performance.now();
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
  onTimes(arrived, performance.now());
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
