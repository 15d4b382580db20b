// The search worker's logic, independent of the Worker global so tests can run it in-process:
// opens the index for a dataset version (loading the copy saved in IndexedDB, or building it
// from the stored dialogues and saving it), then answers queries.
import type MiniSearch from 'minisearch';
import { openDataDb, readAllDialogues, readCurrent, type DataDB } from '../data/db';
import { isQuotaError } from '../data/errors';
import { buildIndex, findSimilar, loadIndex, runQuery, type SearchDoc } from './index';
import type { OpenResult, SearchRequest, SearchResponse } from './protocol';

class ServiceError extends Error {
  constructor(
    readonly kind: 'stale' | 'closed' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

export interface SearchService {
  handle(request: SearchRequest): Promise<void>;
}

export function createSearchService(post: (message: SearchResponse) => void): SearchService {
  let db: Promise<DataDB> | null = null;
  let dbName: string | undefined;
  type Opened = { result: OpenResult; index: MiniSearch<SearchDoc> };
  let opened: { version: string; ready: Promise<Opened> } | null = null;

  function database(name?: string): Promise<DataDB> {
    if (!db || name !== dbName) {
      dbName = name;
      db = openDataDb(
        {
          // Another tab is upgrading the database: let it. Reopen on the next request.
          onVersionChange: () => (db = null),
          onTerminated: () => (db = null),
        },
        name,
      );
      db.catch(() => (db = null));
    }
    return db;
  }

  async function open(requestId: number, version: string, name?: string): Promise<Opened> {
    const progress = (
      phase: 'reading' | 'building' | 'loading' | 'saving',
      done: number,
      total: number,
    ) => post({ type: 'progress', requestId, phase, done, total });
    const started = performance.now();
    const conn = await database(name);
    const current = await readCurrent(conn);
    if (!current || current.version !== version) {
      throw new ServiceError(
        'stale',
        `The stored dataset is version ${current?.version ?? 'none'}, not ${version}: import it first.`,
      );
    }
    const saved = await conn.get('search-index', 'current');
    if (saved && saved.version === version) {
      progress('loading', 0, 1);
      try {
        const index = loadIndex(saved.json);
        progress('loading', 1, 1);
        const ms = performance.now() - started;
        return {
          index,
          result: { version, documentCount: index.documentCount, built: false, ms, saved: true },
        };
      } catch {
        // A damaged saved index is rebuilt below.
      }
    }
    progress('reading', 0, 1);
    const dialogues = await readAllDialogues(conn, current);
    progress('reading', 1, 1);
    const index = await buildIndex(dialogues, (done, total) => progress('building', done, total));
    const buildMs = performance.now() - started;
    progress('saving', 0, 1);
    let stored = true;
    try {
      const latest = await readCurrent(conn);
      // Save only if the dataset did not change meanwhile (another tab may have imported).
      if (latest?.version === version) {
        await conn.put('search-index', {
          key: 'current',
          version,
          json: JSON.stringify(index),
          documentCount: index.documentCount,
          buildMs,
          savedAt: Date.now(),
        });
      }
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      stored = false; // works from memory; rebuilt next visit
    }
    progress('saving', 1, 1);
    return {
      index,
      result: {
        version,
        documentCount: index.documentCount,
        built: true,
        ms: buildMs,
        saved: stored,
      },
    };
  }

  async function ready(): Promise<MiniSearch<SearchDoc>> {
    if (!opened) throw new ServiceError('closed', 'The search index is not open yet.');
    return (await opened.ready).index;
  }

  async function handle(request: SearchRequest): Promise<void> {
    const { requestId } = request;
    try {
      switch (request.type) {
        case 'open': {
          if (opened?.version !== request.version) {
            const attempt = open(requestId, request.version, request.dbName);
            opened = { version: request.version, ready: attempt };
            attempt.catch(() => {
              if (opened?.ready === attempt) opened = null;
            });
          }
          post({ type: 'opened', requestId, result: (await opened.ready).result });
          return;
        }
        case 'query':
          post({ type: 'results', requestId, result: runQuery(await ready(), request.query) });
          return;
        case 'similar':
          post({
            type: 'similar',
            requestId,
            hits: findSimilar(await ready(), request.text, request.k, request.options),
          });
          return;
      }
    } catch (e) {
      post({
        type: 'error',
        requestId,
        kind: e instanceof ServiceError ? e.kind : 'failed',
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }

  return { handle };
}
