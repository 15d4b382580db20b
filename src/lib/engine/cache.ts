// Which models are on this device, and deleting them (the storage budget is in
// platform/storage.ts). WebLLM's own cache functions (hasModelInCache,
// deleteModelAllInfoInCache) do the work, always with the same appConfig as the engine
// (registry.appConfigFor). WebLLM is imported on demand only.
//
// WebLLM keeps files in three IndexedDB databases, keyed by URL in an object store `urls`:
// webllm/model (tensor-cache.json, weight shards, tokenizer), webllm/config
// (mlc-chat-config.json) and webllm/wasm (model libraries). Reading those keys directly lets
// us tell a partial download from no download, and sweep up what WebLLM's delete leaves when a
// download stopped before tensor-cache.json arrived (WebLLM's delete would fetch it first).
import { appConfigFor, resolveModelBaseUrl, type ModelEntry } from './registry';

export interface WebLLMCacheApi {
  hasModelInCache(modelId: string, appConfig: ReturnType<typeof appConfigFor>): Promise<boolean>;
  deleteModelAllInfoInCache(
    modelId: string,
    appConfig: ReturnType<typeof appConfigFor>,
  ): Promise<void>;
}

/** The WebLLM module, imported on demand: it is one ~6 MB file and stays out of the shell. */
export const importWebLLM = () => import('@mlc-ai/web-llm');

export const WEBLLM_DATABASES = ['webllm/model', 'webllm/config', 'webllm/wasm'] as const;
type WebLLMDatabase = (typeof WEBLLM_DATABASES)[number];

/** cached: every file is there; partial: some files; absent: none; unknown: could not tell. */
export type CacheStatus = 'cached' | 'partial' | 'absent' | 'unknown';

/** Opens a database only if it exists: never creates an empty one WebLLM would then trip on. */
function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
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
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

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

export class ModelCache {
  #load: () => Promise<WebLLMCacheApi>;
  #idb: () => IDBFactory;

  constructor(
    load: () => Promise<WebLLMCacheApi> = importWebLLM,
    idb: () => IDBFactory = () => indexedDB,
  ) {
    this.#load = load;
    this.#idb = idb;
  }

  /** URL keys this model has in each WebLLM database. */
  async files(entry: ModelEntry): Promise<Record<WebLLMDatabase, string[]>> {
    const match = belongsTo(entry);
    const out = { 'webllm/model': [], 'webllm/config': [], 'webllm/wasm': [] } as Record<
      WebLLMDatabase,
      string[]
    >;
    for (const name of WEBLLM_DATABASES) {
      const db = await openExisting(this.#idb(), name);
      if (!db) continue;
      try {
        const keys = await requestResult(db.transaction('urls').objectStore('urls').getAllKeys());
        out[name] = keys.map(String).filter(match[name]);
      } finally {
        db.close();
      }
    }
    return out;
  }

  /**
   * cached: WebLLM finds every weight shard, and the config and model library are there too
   * (hasModelInCache checks only the weights; a library deleted with another model that shares
   * it would otherwise pass for usable). partial: some files. absent: none.
   */
  async status(entry: ModelEntry): Promise<CacheStatus> {
    const record = entry.record;
    if (!record) return 'unknown';
    try {
      const api = await this.#load();
      const weights = await api.hasModelInCache(entry.id, appConfigFor([entry]));
      const files = await this.files(entry);
      // WebLLM does not cache a library served from localhost or from a relative URL.
      const libCached =
        !/^https?:/.test(record.model_lib) || record.model_lib.includes('localhost');
      const complete =
        files['webllm/config'].length > 0 && (libCached || files['webllm/wasm'].length > 0);
      if (weights && complete) return 'cached';
      const any = WEBLLM_DATABASES.some((name) => files[name].length > 0);
      return weights || any ? 'partial' : 'absent';
    } catch {
      return 'unknown';
    }
  }

  /**
   * Deletes every file of a model: through WebLLM when its file list (tensor-cache.json) is
   * cached, then by URL for whatever is left, so no partial or poisoned file survives.
   */
  async delete(entry: ModelEntry): Promise<void> {
    if (!entry.record) return;
    const files = await this.files(entry);
    const listUrl = new URL('tensor-cache.json', resolveModelBaseUrl(entry.record.model)).href;
    if (files['webllm/model'].includes(listUrl)) {
      try {
        const api = await this.#load();
        await api.deleteModelAllInfoInCache(entry.id, appConfigFor([entry]));
      } catch {
        // The sweep below removes whatever WebLLM could not.
      }
    }
    await this.#sweep(entry);
  }

  async #sweep(entry: ModelEntry): Promise<void> {
    const match = belongsTo(entry);
    for (const name of WEBLLM_DATABASES) {
      const db = await openExisting(this.#idb(), name);
      if (!db) continue;
      try {
        const store = db.transaction('urls', 'readwrite').objectStore('urls');
        const keys = (await requestResult(store.getAllKeys())).map(String).filter(match[name]);
        await Promise.all(keys.map((key) => requestResult(store.delete(key))));
      } finally {
        db.close();
      }
    }
  }
}
