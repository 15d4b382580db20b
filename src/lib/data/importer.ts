// Importing a dataset version into IndexedDB: every file is downloaded (all at once, with
// byte progress), checked (sha256, JSON, rows) and written in batched transactions into the
// slot not in use; one final transaction switches over. An interrupted or failed import
// leaves the previous complete version in use.
//
// The page stays responsive meanwhile (npm run bench:longtasks): rows are decoded and put a
// small chunk at a time, and each chunk waits for its last write's success event (a task of
// its own) before the next, so no single task decodes or copies thousands of dialogues.
import { DialogueFileError, openDialogueFile, type OpenedDialogueFile } from './codec';
import { SLOTS, readCurrent, type CurrentRecord, type DataDB, type Slot } from './db';
import { DataError, isQuotaError, QUOTA_MESSAGE, toDataError } from './errors';
import { fetchFile, type FetchFn } from './fetch-file';
import type { Manifest, ManifestFile } from './manifest';
import { sha256Hex } from './sha256';

export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
  rowsDone: number;
  rowsTotal: number;
  /** The file being downloaded or stored. */
  file: string;
}

export interface ImportOptions {
  /** URL of the folder holding the files, ending in `/`. */
  baseUrl: string;
  fetch?: FetchFn;
  /** Dialogues written per transaction (default 1000). */
  batchSize?: number;
  /** Dialogues decoded and written per task within a transaction (default 100). */
  chunkSize?: number;
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Bypass the HTTP cache (a retry after a damaged file). */
  fresh?: boolean;
}

function otherSlot(slot: Slot | undefined): Slot {
  return slot === SLOTS[0] ? SLOTS[1] : SLOTS[0];
}

/**
 * Imports `manifest`'s files into the slot not in use, then switches to it. On any failure
 * the previous version stays in use and the partial copy is removed.
 */
export async function importManifest(
  db: DataDB,
  manifest: Manifest,
  options: ImportOptions,
): Promise<CurrentRecord> {
  const previous = await readCurrent(db);
  const slot = otherSlot(previous?.slot);
  const batchSize = options.batchSize ?? 1000;
  const chunkSize = Math.max(1, Math.min(options.chunkSize ?? 100, batchSize));
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
  try {
    // Start clean: an earlier interrupted import may have left rows in this slot.
    const start = db.transaction(['meta', slot], 'readwrite');
    await Promise.all([
      start
        .objectStore('meta')
        .put({ key: 'pending', version: manifest.version, slot, startedAt: Date.now() }),
      start.objectStore(slot).clear(),
      start.done,
    ]);
    report();

    // All files download at once; each is stored, in order, as soon as it is checked.
    const received = manifest.files.map(() => 0);
    const downloads = manifest.files.map((file, i) => {
      const download = downloadFile(file, { ...options, signal: stop.signal }, (bytes) => {
        received[i] = Math.min(bytes, file.bytes);
        progress.bytesDone = received.reduce((sum, b) => sum + b, 0);
        progress.file = file.path;
        report(progress.bytesDone === bytesTotal);
      });
      download.catch(() => {}); // awaited in order below
      return download;
    });
    for (let i = 0; i < manifest.files.length; i++) {
      const file = await downloads[i]!;
      progress.file = manifest.files[i]!.path;
      for (let at = 0; at < file.rows; at += batchSize) {
        if (stop.signal.aborted) throw new DataError('aborted', 'The import was cancelled.');
        const end = Math.min(at + batchSize, file.rows);
        const tx = db.transaction(slot, 'readwrite', { durability: 'relaxed' });
        const done = tx.done;
        done.catch(() => {}); // awaited below, or the chunk's own failure is thrown first
        for (let from = at; from < end; from += chunkSize) {
          const rows = file.decode(from, Math.min(from + chunkSize, end));
          // Awaiting the requests keeps the transaction alive, and lets the page run between
          // chunks: each success event is a task of its own.
          await Promise.all(rows.map((d) => tx.store.put(d)));
        }
        await done;
        progress.rowsDone += end - at;
        report();
      }
    }

    const stored = await db.count(slot);
    if (stored !== rowsTotal) {
      throw new DataError(
        'corrupt',
        `The import stored ${stored} dialogues but the manifest lists ${rowsTotal}: two dialogues share an id. The previous copy is still in use.`,
      );
    }
    const current: CurrentRecord = {
      key: 'current',
      version: manifest.version,
      slot,
      importedAt: Date.now(),
      manifest,
    };
    const done = db.transaction(['meta', 'search-index'], 'readwrite');
    await Promise.all([
      done.objectStore('meta').put(current),
      done.objectStore('meta').delete('pending'),
      done.objectStore('search-index').delete('current'),
      done.done,
    ]);
    // Free the old copy. Not needed for correctness: the next import clears it anyway.
    if (previous) await db.clear(previous.slot).catch(() => {});
    return current;
  } catch (e) {
    stop.abort();
    // Give the space of the partial copy back; the copy in use is untouched.
    await (async () => {
      const cleanup = db.transaction(['meta', slot], 'readwrite');
      await Promise.all([
        cleanup.objectStore(slot).clear(),
        cleanup.objectStore('meta').delete('pending'),
        cleanup.done,
      ]);
    })().catch(() => {}); // the connection may be gone (another tab upgraded it)
    if (isQuotaError(e)) throw new DataError('quota', QUOTA_MESSAGE, { cause: e });
    throw toDataError(e);
  } finally {
    options.signal?.removeEventListener('abort', cancel);
  }
}

/**
 * Downloads one dialogue file and checks its sha256, JSON and row count. Its rows are decoded
 * later, a chunk at a time; a bad row then fails the import with the same "damaged" message.
 */
async function downloadFile(
  file: ManifestFile,
  options: ImportOptions,
  onBytes: (received: number) => void,
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
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== file.sha256) throw damaged('its sha256 does not match the manifest');
  let opened: OpenedDialogueFile;
  try {
    opened = openDialogueFile(JSON.parse(new TextDecoder().decode(bytes)), file.dataset);
  } catch (e) {
    if (e instanceof SyntaxError) throw damaged('it is not valid JSON', e);
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
