// The search worker's logic, independent of the Worker global so tests can run it in-process:
// opens the index for a dataset version (loading the copy saved in IndexedDB, or building it
// from the stored dialogues and saving it), then answers queries. It also builds the Chat's
// retriever (src/lib/chat/retrieval.ts) once per version and keeps the reference pool's
// exchanges in memory, so that a message's similar cases cost no IndexedDB read.
import type MiniSearch from 'minisearch';
import { CHAT_POOL, createChatRetriever, type ChatRetriever } from '../chat/retrieval';
import {
  openDataDb,
  readAllDialogues,
  readCurrent,
  type CurrentRecord,
  type DataDB,
} from '../data/db';
import type { Dialogue } from '../data/normalize';
import { isQuotaError } from '../data/errors';
import { buildIndex, loadIndex, runQuery, type SearchDoc } from './index';
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

/**
 * The stored dialogues the Chat's retriever may draw on (the pool's segments; the retriever
 * applies the rest of its policy). The one place this service reads dialogues for it: where
 * the dialogues are stored changes, this changes.
 */
export async function readPoolDialogues(conn: DataDB, current: CurrentRecord): Promise<Dialogue[]> {
  const segments: readonly string[] = CHAT_POOL.segments;
  return (await readAllDialogues(conn, current)).filter((d) => segments.includes(d.segment));
}

export function createSearchService(post: (message: SearchResponse) => void): SearchService {
  let db: Promise<DataDB> | null = null;
  let dbName: string | undefined;
  type Opened = {
    result: OpenResult;
    index: MiniSearch<SearchDoc>;
    /** Built once, after the index is open, from the dialogues read for it or read anew. */
    retriever: () => Promise<ChatRetriever>;
  };
  let opened: { version: string; ready: Promise<Opened> } | null = null;

  // Building the retriever takes the worker a moment: it starts once `opened` has been
  // answered (the Dataset view need not wait for it), or at the first `retrieve`.
  function retrieverFrom(read: () => Promise<readonly Dialogue[]>): () => Promise<ChatRetriever> {
    let building: Promise<ChatRetriever> | null = null;
    return () => {
      if (!building) {
        building = read().then((dialogues) => createChatRetriever(dialogues));
        building.catch(() => {}); // reported to each `retrieve` request
      }
      return building;
    };
  }

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
          retriever: retrieverFrom(() => readPoolDialogues(conn, current)),
        };
      } catch {
        // A damaged saved index is rebuilt below.
      }
    }
    progress('reading', 0, 1);
    const dialogues = await readAllDialogues(conn, current);
    progress('reading', 1, 1);
    const index = await buildIndex(dialogues, (done, total) => progress('building', done, total));
    const retriever = retrieverFrom(async () => dialogues);
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
      retriever,
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

  async function chatRetriever(): Promise<ChatRetriever> {
    if (!opened) throw new ServiceError('closed', 'The search index is not open yet.');
    try {
      return await (await opened.ready).retriever();
    } catch (e) {
      throw new ServiceError(
        'failed',
        `The similar cases could not be prepared: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
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
          const ready = await opened.ready;
          post({ type: 'opened', requestId, result: ready.result });
          setTimeout(() => void ready.retriever(), 0);
          return;
        }
        case 'query':
          post({ type: 'results', requestId, result: runQuery(await ready(), request.query) });
          return;
        case 'retrieve': {
          const retriever = await chatRetriever();
          const started = performance.now();
          const cases = retriever.retrieve(request.text);
          post({ type: 'retrieved', requestId, cases, tookMs: performance.now() - started });
          return;
        }
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
