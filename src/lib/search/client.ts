// The page's side of the search worker: a promise per request (the shared WorkerPort gives each
// its id), progress callbacks, and a clear error when the worker dies (it is started again on
// the next request). Records `performance.measure` entries (bedside:search-index,
// bedside:search, bedside:retrieve) that the benchmark scripts read.
import type { RetrievedCase } from '../chat/types';
import {
  WorkerPort,
  WorkerRequestError,
  WorkerStoppedError,
  type PortCall,
  type PortReply,
  type WorkerLike as PortWorkerLike,
} from '../platform/worker-port';
import type {
  IndexProgress,
  OpenResult,
  SearchFailure,
  SearchQuery,
  SearchRequest,
  SearchResult,
  SearchResults,
} from './protocol';

export type { IndexProgress } from './protocol';

/** The part of `Worker` the client uses (a Worker fits it as it is; a fake in tests). */
export type WorkerLike = PortWorkerLike<
  PortCall<SearchRequest>,
  PortReply<SearchResults[SearchRequest['type']], IndexProgress>
>;

export class SearchError extends Error {
  constructor(
    readonly kind: SearchFailure | 'crashed',
    message: string,
  ) {
    super(message);
    this.name = 'SearchError';
  }
}

const FAILURES: readonly string[] = ['stale', 'closed', 'failed'] satisfies SearchFailure[];

function measure(name: string, start: number, detail: Record<string, unknown>): void {
  try {
    performance.measure(name, { start, end: performance.now(), detail });
  } catch {
    // Old browsers without measure options: timings are only for the benchmark.
  }
}

/** performance.now() on the epoch the worker shares (each thread has its own timeOrigin). */
const epoch = () => performance.timeOrigin + performance.now();

/** How many recent messages' similar cases the client keeps (a draft's last few versions). */
export const RECENT_RETRIEVALS = 8;

export class SearchClient {
  readonly #port: WorkerPort<SearchRequest, SearchResults, IndexProgress>;
  #openVersion: string | null = null;
  /**
   * The similar cases of the last few messages asked, by text: the Chat asks while a message is
   * being written, and Send then finds its cases here instead of waiting for the worker's
   * reply, which would queue behind the page's rendering of the question. Emptied when another
   * index opens (the answers are that index's).
   */
  readonly #recent = new Map<string, Promise<RetrievedCase[]>>();
  /** How many times dispose() stopped the worker: tells a closed search from a crash. */
  #disposals = 0;

  constructor(createWorker: () => WorkerLike) {
    this.#port = new WorkerPort(createWorker, 'The search worker');
  }

  async #request<R extends SearchRequest>(
    request: R,
    options: { onProgress?: (p: IndexProgress) => void; signal?: AbortSignal } = {},
  ): Promise<SearchResults[R['type']]> {
    const disposals = this.#disposals;
    try {
      return await this.#port.request(request, options);
    } catch (error) {
      // Cancelled by the caller: its AbortError, as fetch() would reject.
      if (options.signal?.aborted) throw options.signal.reason;
      throw this.#searchError(error, disposals);
    }
  }

  #searchError(error: unknown, disposals: number): SearchError {
    if (error instanceof WorkerStoppedError) {
      if (disposals !== this.#disposals) return new SearchError('closed', 'The search was closed.');
      this.#openVersion = null; // a new worker has nothing open
      return new SearchError('crashed', error.message);
    }
    if (error instanceof WorkerRequestError) {
      const kind = FAILURES.includes(error.kind ?? '') ? (error.kind as SearchFailure) : 'failed';
      return new SearchError(kind, error.message);
    }
    return new SearchError('failed', error instanceof Error ? error.message : String(error));
  }

  /** The dataset version whose index is open, if any. */
  get openVersion(): string | null {
    return this.#openVersion;
  }

  /** Loads the saved index for `version`, or builds (and saves) it from the stored dialogues. */
  async open(
    version: string,
    options: { dbName?: string; onProgress?: (p: IndexProgress) => void } = {},
  ): Promise<OpenResult> {
    const start = performance.now();
    this.#recent.clear();
    const result = await this.#request(
      { type: 'open', version, ...(options.dbName ? { dbName: options.dbName } : {}) },
      options.onProgress ? { onProgress: options.onProgress } : {},
    );
    this.#openVersion = version;
    measure('bedside:search-index', start, { ...result });
    return result;
  }

  /**
   * One page of matches for the Dataset view, with counts over all matches. Aborting `signal`
   * rejects with its reason (an AbortError) and the answer, if it comes, is dropped.
   */
  async query(query: SearchQuery, options: { signal?: AbortSignal } = {}): Promise<SearchResult> {
    const start = performance.now();
    const sentAt = epoch();
    const { receivedAt, repliedAt, ...result } = await this.#request(
      { type: 'query', query },
      options.signal ? { signal: options.signal } : {},
    );
    measure('bedside:search', start, {
      text: query.text,
      total: result.total,
      workerMs: result.tookMs,
      toWorkerMs: receivedAt - sentAt,
      inWorkerMs: repliedAt - receivedAt,
      backMs: epoch() - repliedAt,
    });
    return result;
  }

  /**
   * The Chat's similar cases for a message, best first, with the text the prompt needs: the
   * whole policy of src/lib/chat/retrieval.ts, answered from the worker's memory. The request
   * is posted before this returns, so the worker works while the page renders; a message
   * asked again (Send after the draft was looked up) gets the same answer without a new trip.
   */
  retrieve(text: string): Promise<RetrievedCase[]> {
    const known = this.#recent.get(text);
    if (known) {
      // Most recent last: the draft being written is the one to keep.
      this.#recent.delete(text);
      this.#recent.set(text, known);
      return known;
    }
    const asked = this.#retrieve(text);
    this.#recent.set(text, asked);
    if (this.#recent.size > RECENT_RETRIEVALS) {
      this.#recent.delete(this.#recent.keys().next().value!);
    }
    // A failed search is asked afresh next time (the worker may have been restarted).
    asked.catch(() => {
      if (this.#recent.get(text) === asked) this.#recent.delete(text);
    });
    return asked;
  }

  async #retrieve(text: string): Promise<RetrievedCase[]> {
    const start = performance.now();
    const sentAt = epoch();
    const reply = await this.#request({ type: 'retrieve', text });
    // Where the round trip went: the way to the worker (and its queue), the retriever, and
    // the way back (and the page's own queue: the reply waits while this thread is busy).
    measure('bedside:retrieve', start, {
      cases: reply.cases.length,
      workerMs: reply.tookMs,
      toWorkerMs: reply.receivedAt - sentAt,
      inWorkerMs: reply.repliedAt - reply.receivedAt,
      backMs: epoch() - reply.repliedAt,
    });
    return reply.cases;
  }

  /** Stops the worker; pending requests are rejected. */
  dispose(): void {
    this.#disposals += 1;
    this.#openVersion = null;
    this.#recent.clear();
    this.#port.terminate();
  }
}
