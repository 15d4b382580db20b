// Which models are on this device, and deleting them, read straight from WebLLM's IndexedDB
// databases: the page never loads WebLLM (one ~6 MB file, kept in the model worker) to ask.
// The storage budget is in platform/storage.ts.
//
// WebLLM 0.2.86 with cacheBackend "indexeddb" (ArtifactIndexedDBCache) keeps files in three
// databases, each with one object store `urls` of `{ url, data }` keyed by URL:
// webllm/model (tensor-cache.json, stored parsed, its weight shards, tokenizer.json or
// tokenizer.model), webllm/config (mlc-chat-config.json) and webllm/wasm (model libraries).
// URLs are resolved against the model's folder as WebLLM's cleanModelUrl does
// (registry.resolveModelBaseUrl). `hasModelInCache` there means: tensor-cache.json and every
// shard it lists are stored; status() checks the same, plus the config and the library.
import {
  CURATED_MODELS,
  finetunedEnvFromBuild,
  finetunedSlot,
  resolveModelBaseUrl,
  type ModelEntry,
} from './registry';

export const WEBLLM_DATABASES = ['webllm/model', 'webllm/config', 'webllm/wasm'] as const;
type WebLLMDatabase = (typeof WEBLLM_DATABASES)[number];

/** cached: every file is there; partial: some files; absent: none; unknown: could not tell. */
export type CacheStatus = 'cached' | 'partial' | 'absent' | 'unknown';

/** Opens a database only if it exists: never creates an empty one WebLLM would then trip on. */
function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = idb.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      if (db.objectStoreNames.contains('urls')) resolve(db);
      else {
        db.close();
        resolve(null);
      }
    };
    // Aborting the creation of a database that did not exist fails the request: no database.
    request.onerror = () =>
      request.error?.name === 'AbortError' ? resolve(null) : reject(request.error);
    request.onblocked = () => resolve(null);
  });
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

type Files = Record<WebLLMDatabase, string[]>;

/** Which URL keys belong to a model in each WebLLM database. */
function belongsTo(entry: ModelEntry): Record<WebLLMDatabase, (url: string) => boolean> {
  const record = entry.record;
  if (!record)
    return {
      'webllm/model': () => false,
      'webllm/config': () => false,
      'webllm/wasm': () => false,
    };
  const base = resolveModelBaseUrl(record.model);
  return {
    'webllm/model': (url) => url.startsWith(base),
    'webllm/config': (url) => url.startsWith(base),
    'webllm/wasm': (url) => url === record.model_lib,
  };
}

/** The weight shards tensor-cache.json lists, as WebLLM resolves them; null when unreadable. */
function shardUrls(tensorCache: unknown, base: string): string[] | null {
  const records = (tensorCache as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) return null;
  const urls: string[] = [];
  for (const r of records) {
    const path = (r as { dataPath?: unknown } | null)?.dataPath;
    if (typeof path !== 'string') return null;
    urls.push(new URL(path, base).href);
  }
  return urls;
}

export interface ModelCacheOptions {
  idb?: () => IDBFactory;
  /**
   * Every model the app knows (curated, fine-tuned, custom): deleting a model keeps a model
   * library another of them still has files for. By default the curated and fine-tuned ones.
   */
  models?: () => readonly ModelEntry[];
}

function builtInModels(): readonly ModelEntry[] {
  const finetuned = finetunedSlot(finetunedEnvFromBuild());
  return finetuned.status === 'configured' ? [...CURATED_MODELS, finetuned.entry] : CURATED_MODELS;
}

export class ModelCache {
  #idb: () => IDBFactory;
  #models: () => readonly ModelEntry[];
  #reading: Promise<Files> | null = null;

  constructor(options: ModelCacheOptions = {}) {
    this.#idb = options.idb ?? (() => indexedDB);
    this.#models = options.models ?? builtInModels;
  }

  /** Runs `use` on a WebLLM database's `urls` store, or gives `absent` when there is none. */
  async #with<T>(
    name: WebLLMDatabase,
    mode: IDBTransactionMode,
    absent: T,
    use: (store: IDBObjectStore) => Promise<T>,
  ): Promise<T> {
    const db = await openExisting(this.#idb(), name);
    if (!db) return absent;
    try {
      return await use(db.transaction('urls', mode).objectStore('urls'));
    } finally {
      db.close();
    }
  }

  /**
   * Every URL key in each WebLLM database. The Models view asks the status of every model at
   * once: concurrent callers share one reading instead of opening the databases each.
   */
  #allKeys(): Promise<Files> {
    if (!this.#reading) {
      const reading = this.#readKeys();
      this.#reading = reading;
      const done = () => {
        if (this.#reading === reading) this.#reading = null;
      };
      reading.then(done, done);
    }
    return this.#reading;
  }

  async #readKeys(): Promise<Files> {
    const out = {} as Files;
    for (const name of WEBLLM_DATABASES) {
      out[name] = await this.#with(name, 'readonly', [], async (store) =>
        (await requestResult(store.getAllKeys())).map(String),
      );
    }
    return out;
  }

  /** URL keys this model has in each WebLLM database. */
  async files(entry: ModelEntry): Promise<Files> {
    const all = await this.#allKeys();
    const match = belongsTo(entry);
    const out = {} as Files;
    for (const name of WEBLLM_DATABASES) out[name] = all[name].filter(match[name]);
    return out;
  }

  /**
   * cached: tensor-cache.json and every weight shard it lists (WebLLM's hasModelInCache), the
   * config, and the model library are there (a library deleted with another model would
   * otherwise pass for usable). partial: some files. absent: none but maybe a library shared
   * with another model. unknown: IndexedDB failed.
   */
  async status(entry: ModelEntry): Promise<CacheStatus> {
    const record = entry.record;
    if (!record) return 'unknown';
    try {
      const files = await this.files(entry);
      // A library alone is no download of this model: another model may share it.
      if (files['webllm/model'].length === 0 && files['webllm/config'].length === 0) {
        return 'absent';
      }
      const base = resolveModelBaseUrl(record.model);
      const listUrl = new URL('tensor-cache.json', base).href;
      const stored = new Set(files['webllm/model']);
      const list = stored.has(listUrl)
        ? await this.#with('webllm/model', 'readonly', undefined, async (store) =>
            shardUrls(
              ((await requestResult(store.get(listUrl))) as { data?: unknown })?.data,
              base,
            ),
          )
        : null;
      const weights = !!list && list.every((url) => stored.has(url));
      // WebLLM does not cache a library served from localhost or from a relative URL.
      const libCached =
        !/^https?:/.test(record.model_lib) || record.model_lib.includes('localhost');
      const complete =
        files['webllm/config'].length > 0 && (libCached || files['webllm/wasm'].length > 0);
      return weights && complete ? 'cached' : 'partial';
    } catch {
      return 'unknown';
    }
  }

  /**
   * Deletes every file of a model: what WebLLM's deleteModelAllInfoInCache deletes (the shards
   * tensor-cache.json lists, the tokenizer, the config) and anything else under its folder,
   * so no partial or poisoned file survives. Its model library goes too, unless another known
   * model that shares it still has files here.
   */
  async delete(entry: ModelEntry): Promise<void> {
    const record = entry.record;
    if (!record) return;
    const all = await this.#readKeys(); // fresh: a shared reading may predate a download
    const base = resolveModelBaseUrl(record.model);
    const listUrl = new URL('tensor-cache.json', base).href;
    const listed = all['webllm/model'].includes(listUrl)
      ? await this.#with('webllm/model', 'readonly', null, async (store) =>
          shardUrls(((await requestResult(store.get(listUrl))) as { data?: unknown })?.data, base),
        )
      : null;
    const others = this.#models().filter(
      (m) => m.id !== entry.id && m.record?.model_lib === record.model_lib,
    );
    const libraryInUse = others.some((m) => {
      const match = belongsTo(m);
      return (
        all['webllm/model'].some(match['webllm/model']) ||
        all['webllm/config'].some(match['webllm/config'])
      );
    });
    const match = belongsTo(entry);
    const doomed: Files = {
      'webllm/model': all['webllm/model'].filter(
        (url) => match['webllm/model'](url) || !!listed?.includes(url),
      ),
      'webllm/config': all['webllm/config'].filter(match['webllm/config']),
      'webllm/wasm': libraryInUse ? [] : all['webllm/wasm'].filter(match['webllm/wasm']),
    };
    for (const name of WEBLLM_DATABASES) {
      if (doomed[name].length === 0) continue;
      await this.#with(name, 'readwrite', undefined, async (store) => {
        await Promise.all(doomed[name].map((key) => requestResult(store.delete(key))));
      });
    }
  }
}
