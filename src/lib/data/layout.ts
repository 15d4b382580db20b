// How a dataset version is laid out in its IndexedDB slot (db.ts): dialogues in chunks of a
// few hundred, each chunk one dataset and one split in dataset order, plus one directory
// record of every chunk's ids. An import writes a few dozen records instead of one per
// dialogue (IndexedDB's cost is per record: ~90 µs each in Chromium, whatever the size);
// a split is read without touching the others; one id costs one chunk read, then nothing.
// An import lays out each file as it arrives (one builder per file, each with its own range
// of chunk keys, sharing one set of ids), then writes every chunk and the directory of them
// all in one transaction. In that one transaction the record count hardly matters: all the
// dialogues as 1, 9, 17 or 42 records took the same ~90–105 ms of put() in Chromium 150 (a
// scratch A/B, 7 rounds); the cost is per byte (the structured clone), so the chunk size is
// chosen for reads.
import { DataError } from './errors';
import { DIRECTORY_KEY, type ChunkRecord, type DirectoryRecord } from './db';
import { SPLITS, type Dialogue } from './normalize';

/** Dialogues per chunk: few records to write, yet one chunk reads in about a millisecond. */
export const CHUNK_SIZE = 256;

export interface Layout {
  chunks: ChunkRecord[];
  directory: DirectoryRecord;
}

/**
 * Collects decoded files, in manifest order, into chunks. Refuses two dialogues with the same
 * id: in one store keyed by id the second would have replaced the first, and the count would
 * no longer match the manifest.
 */
export class LayoutBuilder {
  readonly #size: number;
  readonly #ids: Set<string>;
  readonly #firstKey: number;
  readonly #chunks: ChunkRecord[] = [];
  readonly #directory: DirectoryRecord = { key: DIRECTORY_KEY, total: 0, chunks: [] };

  /**
   * `firstKey`: the key of its first chunk (see chunkKeyBases); `ids`: the ids already laid
   * out by the other files' builders, so that a duplicate across files is refused too.
   */
  constructor(chunkSize = CHUNK_SIZE, options: { firstKey?: number; ids?: Set<string> } = {}) {
    this.#size = Math.max(1, Math.floor(chunkSize));
    this.#firstKey = options.firstKey ?? 0;
    this.#ids = options.ids ?? new Set();
  }

  /** Adds one dataset's dialogues (a whole file), keeping their order within each split. */
  add(dataset: string, dialogues: readonly Dialogue[]): void {
    for (const d of dialogues) {
      if (this.#ids.has(d.id)) {
        throw new DataError(
          'corrupt',
          `Two dialogues share the id ${d.id}, so the import would keep ${this.#ids.size} where the manifest lists more. The previous copy is still in use.`,
        );
      }
      this.#ids.add(d.id);
    }
    for (const split of SPLITS) {
      const rows = dialogues.filter((d) => d.split === split);
      for (let at = 0; at < rows.length; at += this.#size) {
        const part = rows.slice(at, at + this.#size);
        const key = this.#firstKey + this.#chunks.length;
        this.#chunks.push({ key, dialogues: part });
        this.#directory.chunks.push({ key, dataset, split, ids: part.map((d) => d.id) });
      }
    }
    this.#directory.total += dialogues.length;
  }

  get total(): number {
    return this.#directory.total;
  }

  finish(): Layout {
    return { chunks: this.#chunks, directory: this.#directory };
  }
}

/**
 * The first chunk key of each file, so that files laid out in any order (as they arrive) get
 * disjoint keys in manifest order: a file of n rows takes at most ceil(n / size) chunks per
 * split, so at most ceil(n / size) + (splits - 1) in all.
 */
export function chunkKeyBases(rows: readonly number[], chunkSize = CHUNK_SIZE): number[] {
  const size = Math.max(1, Math.floor(chunkSize));
  let next = 0;
  return rows.map((n) => {
    const base = next;
    next += Math.ceil(n / size) + SPLITS.length - 1;
    return base;
  });
}

/** The directory of files laid out one by one, in manifest order. */
export function joinDirectories(parts: readonly DirectoryRecord[]): DirectoryRecord {
  return {
    key: DIRECTORY_KEY,
    total: parts.reduce((n, p) => n + p.total, 0),
    chunks: parts.flatMap((p) => p.chunks),
  };
}

/**
 * Where each of `ids` is ([chunk key, position in the chunk]), in their order; undefined for
 * an id the directory lacks. A scan of the directory that stops once every id is found: a page
 * of hits costs a fraction of a millisecond, where a map of every id (~8,700), built on the
 * first read, was the largest part of the task that ends the first import (Lighthouse's Total
 * Blocking Time).
 */
export function locate(
  directory: DirectoryRecord,
  ids: readonly string[],
): (readonly [number, number] | undefined)[] {
  const wanted = new Set(ids);
  const found = new Map<string, readonly [number, number]>();
  search: for (const chunk of directory.chunks) {
    const chunkIds = chunk.ids;
    for (let i = 0; i < chunkIds.length; i++) {
      const id = chunkIds[i]!;
      if (!wanted.has(id) || found.has(id)) continue;
      found.set(id, [chunk.key, i]);
      if (found.size === wanted.size) break search;
    }
  }
  return ids.map((id) => found.get(id));
}
