// The search worker's logic, independent of the Worker global so tests can run it in-process
// (the worker serves these handlers with src/lib/platform/worker-port.ts): opens the index for a dataset version (loading the copy saved in IndexedDB, or building it
// from the stored dialogues and saving it), then answers queries. It also builds the Chat's
// retriever (src/lib/chat/retrieval.ts) once per version and keeps the reference pool's
// exchanges in memory, so that a message's similar cases cost no IndexedDB read.
import type MiniSearch from 'minisearch';
import { CHAT_POOL, createChatRetriever, type ChatRetriever } from '../chat/retrieval';
import { prepareTriage } from '../safety/triage/warm';
import {
  openDataDb,
  readAllDialogues,
  readCurrent,
  type CurrentRecord,
  type DataDB,
} from '../data/db';
import type { Dialogue } from '../data/normalize';
import { isQuotaError } from '../data/errors';
import {
  buildIndex,
  loadIndex,
  runQuery,
  WARM_QUERIES,
  WARM_ROUNDS,
  warmQuery,
  type SearchDoc,
} from './index';
import type { PortHandlers, RequestContext } from '../platform/worker-port';
import type {
  IndexProgress,
  OpenResult,
  SearchFailure,
  SearchRequest,
  SearchResults,
} from './protocol';

/** A failure the page can act on; `kind` crosses the worker boundary with the message. */
class ServiceError extends Error {
  override name = 'SearchServiceError';
  constructor(
    readonly kind: SearchFailure,
    message: string,
  ) {
    super(message);
  }
}

/** The search worker's answer to each request type. */
export type SearchService = PortHandlers<SearchRequest, SearchResults, IndexProgress>;

/** The worker's clock on the epoch the page shares (timeOrigin differs between threads). */
const epoch = () => performance.timeOrigin + performance.now();

/**
 * How long the worker waits after a Dataset search before it does work that can wait: warming
 * the index up, building the Chat's retriever, compiling the triage's patterns. The worker
 * does one thing at a time, so a search that arrived during such a slice waited for it; while
 * someone types in the Dataset view, the slices wait instead. (The Chat's lookups do not hold
 * them back: the retriever they need is built at the first one anyway, and its triage
 * compiled between them as before.)
 */
export const QUIET_MS = 250;

/**
 * The stored dialogues the Chat's retriever may draw on (the pool's segments; the retriever
 * applies the rest of its policy). The one place this service reads dialogues for it: where
 * the dialogues are stored changes, this changes.
 */
export async function readPoolDialogues(conn: DataDB, current: CurrentRecord): Promise<Dialogue[]> {
  const segments: readonly string[] = CHAT_POOL.segments;
  return (await readAllDialogues(conn, current)).filter((d) => segments.includes(d.segment));
}

export interface SearchServiceOptions {
  /** Runs one query of the index's warm-up (tests count them). */
  warm?: typeof warmQuery;
  /** QUIET_MS, for tests. */
  quietMs?: number;
}

export function createSearchService({
  warm = warmQuery,
  quietMs = QUIET_MS,
}: SearchServiceOptions = {}): SearchService {
  let db: Promise<DataDB> | null = null;
  let dbName: string | undefined;
  type Opened = {
    result: OpenResult;
    index: MiniSearch<SearchDoc>;
    /** Built once, after the index is open, from the dialogues read for it or read anew. */
    retriever: () => Promise<ChatRetriever>;
  };
  let opened: { version: string; ready: Promise<Opened> } | null = null;
  /** The opened indexes whose warm-up has been scheduled. */
  const warming = new WeakSet<object>();
  /** When the last Dataset search arrived (performance.now()). */
  let askedAt = -Infinity;

  /** Runs `step` in a task of its own once no search has arrived for QUIET_MS. */
  function whenQuiet(step: () => void, delay = 0): void {
    setTimeout(() => {
      const wait = askedAt + quietMs - performance.now();
      if (wait > 0) whenQuiet(step, wait);
      else step();
    }, delay);
  }

  /** The triage's slices, each in a quiet moment (its default schedule ignores searches). */
  const quietSlices = (step: (deadline: { timeRemaining(): number }) => void) =>
    whenQuiet(() => step({ timeRemaining: () => 4 }), 20);

  // Building the retriever takes the worker a moment: it starts once `opened` has been
  // answered and the index warmed up (the Dataset view need not wait for it), in a quiet
  // moment, or at the first `retrieve`.
  function retrieverFrom(read: () => Promise<readonly Dialogue[]>): () => Promise<ChatRetriever> {
    let building: Promise<ChatRetriever> | null = null;
    return () => {
      if (!building) {
        building = read().then((dialogues) => {
          const retriever = createChatRetriever(dialogues);
          // Its crisis rule reads messages with the triage, whose patterns compile on first
          // use: compiled now, in slices between requests, the first send does not pay for it.
          void prepareTriage(quietSlices);
          return retriever;
        });
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

  async function open(
    context: RequestContext<IndexProgress>,
    version: string,
    name?: string,
  ): Promise<Opened> {
    const progress = (phase: IndexProgress['phase'], done: number, total: number) =>
      context.progress({ phase, done, total });
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

  return {
    async open(request, context) {
      if (opened?.version !== request.version) {
        const attempt = open(context, request.version, request.dbName);
        opened = { version: request.version, ready: attempt };
        attempt.catch(() => {
          if (opened?.ready === attempt) opened = null;
        });
      }
      const attempt = opened;
      const ready = await attempt.ready;
      if (warming.has(attempt)) return ready.result; // asked again: under way already
      warming.add(attempt);
      // After the answer, each in a quiet moment: the index's warm-up, query by query, then
      // the Chat's retriever. The Dataset view waits for neither. Another index opened
      // meanwhile warms itself up.
      const steps = Array.from({ length: WARM_ROUNDS }, (_, round) =>
        WARM_QUERIES.map((text) => () => warm(ready.index, text, round)),
      ).flat();
      const next = () => {
        if (opened !== attempt) return;
        const step = steps.shift();
        if (!step) return void ready.retriever();
        try {
          step();
        } catch {
          // Only a warm-up: an error here would stop the worker (uncaught in a timer).
        }
        whenQuiet(next);
      };
      whenQuiet(next);
      return ready.result;
    },
    async query(request) {
      askedAt = performance.now();
      const receivedAt = epoch();
      const result = runQuery(await ready(), request.query);
      return { ...result, receivedAt, repliedAt: epoch() };
    },
    async retrieve(request) {
      const receivedAt = epoch();
      const retriever = await chatRetriever();
      const started = performance.now();
      const cases = retriever.retrieve(request.text);
      return { cases, tookMs: performance.now() - started, receivedAt, repliedAt: epoch() };
    },
  };
}
