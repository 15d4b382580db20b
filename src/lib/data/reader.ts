// Reads dialogues of the version in use by id or by split, from the chunked layout
// (layout.ts): the directory once per version, then each chunk once while it stays among the
// most recently used. A page of the Dataset view, or Chat's similar cases, costs a few chunk
// reads the first time and none after.
import {
  DIRECTORY_KEY,
  type ChunkRecord,
  type CurrentRecord,
  type DataDB,
  type DirectoryRecord,
} from './db';
import { DataError } from './errors';
import { locate } from './layout';
import type { Dialogue, Split } from './normalize';

/** Chunks kept in memory (×256 dialogues): ~4,000 dialogues, a few MB. */
export const CACHED_CHUNKS = 16;

/**
 * One reader per stored version (`current.slot` and `importedAt`): a new import, here or in
 * another tab, gets a new reader and so never sees a previous version's chunks. The
 * dialogues it returns are shared between callers: treat them as read-only.
 */
export class DialogueReader {
  readonly current: CurrentRecord;
  readonly #capacity: number;
  #directory: Promise<DirectoryRecord> | null = null;
  /** Insertion order is recency: a hit moves its chunk to the end. */
  readonly #chunks = new Map<number, Dialogue[]>();

  constructor(current: CurrentRecord, capacity = CACHED_CHUNKS) {
    this.current = current;
    this.#capacity = Math.max(1, capacity);
  }

  /** True when `current` names the version this reader reads. */
  reads(current: CurrentRecord): boolean {
    return current.slot === this.current.slot && current.importedAt === this.current.importedAt;
  }

  directory(db: DataDB): Promise<DirectoryRecord> {
    if (!this.#directory) {
      const loading = db.get(this.current.slot, DIRECTORY_KEY).then((record) => {
        if (!record || record.key !== DIRECTORY_KEY) {
          throw new DataError(
            'corrupt',
            'The stored dataset is incomplete (its directory is missing). In Dataset, choose “Delete from this device…”, then open Dataset again to import it afresh.',
          );
        }
        return record;
      });
      this.#directory = loading;
      loading.catch(() => {
        if (this.#directory === loading) this.#directory = null;
      });
    }
    return this.#directory;
  }

  /** Dialogues by id, in the same order; unknown ids give undefined. */
  async getMany(db: DataDB, ids: readonly string[]): Promise<(Dialogue | undefined)[]> {
    const dir = await this.directory(db);
    const where = locate(dir, ids);
    const chunks = await this.#load(
      db,
      where.flatMap((w) => (w ? [w[0]] : [])),
    );
    return where.map((w) => (w ? chunks.get(w[0])?.[w[1]] : undefined));
  }

  /** Every dialogue of a split, chunk by chunk in stored (dataset) order. */
  async bySplit(db: DataDB, split: Split, datasets?: readonly string[]): Promise<Dialogue[]> {
    const dir = await this.directory(db);
    const keys = dir.chunks
      .filter((c) => c.split === split && (!datasets || datasets.includes(c.dataset)))
      .map((c) => c.key);
    const chunks = await this.#load(db, keys);
    return keys.flatMap((k) => chunks.get(k) ?? []);
  }

  async count(db: DataDB): Promise<number> {
    return (await this.directory(db)).total;
  }

  /** The chunks `keys` name, reading the missing ones in one transaction. */
  async #load(db: DataDB, keys: readonly number[]): Promise<Map<number, Dialogue[]>> {
    const wanted = [...new Set(keys)];
    const out = new Map<number, Dialogue[]>();
    const missing: number[] = [];
    for (const key of wanted) {
      const hit = this.#chunks.get(key);
      if (hit) out.set(key, hit);
      else missing.push(key);
    }
    if (missing.length > 0) {
      const tx = db.transaction(this.current.slot);
      const records = await Promise.all(missing.map((key) => tx.store.get(key)));
      await tx.done;
      missing.forEach((key, i) => {
        const record = records[i] as ChunkRecord | undefined;
        if (!record) {
          throw new DataError(
            'corrupt',
            `The stored dataset is incomplete (chunk ${key} is missing). In Dataset, choose “Delete from this device…”, then open Dataset again to import it afresh.`,
          );
        }
        out.set(key, record.dialogues);
      });
    }
    // Remember what was used, most recent last; forget the least recently used.
    for (const [key, dialogues] of out) {
      this.#chunks.delete(key);
      this.#chunks.set(key, dialogues);
    }
    for (const key of this.#chunks.keys()) {
      if (this.#chunks.size <= this.#capacity) break;
      this.#chunks.delete(key);
    }
    return out;
  }
}
