// The page's side of the search worker: a promise per request, progress callbacks, and a
// clear error when the worker dies (it is started again on the next request). Records
// `performance.measure` entries (bedside:search-index, bedside:search, bedside:retrieve) that
// the benchmark scripts read.
import type { RetrievedCase } from '../chat/types';
import type {
  OpenResult,
  SearchQuery,
  SearchRequest,
  SearchResponse,
  SearchResult,
} from './protocol';

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: SearchRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent | Event) => void): void;
  terminate(): void;
}

export class SearchError extends Error {
  constructor(
    readonly kind: 'stale' | 'closed' | 'failed' | 'crashed',
    message: string,
  ) {
    super(message);
    this.name = 'SearchError';
  }
}

export type IndexProgress = Extract<SearchResponse, { type: 'progress' }>;

interface Pending {
  resolve: (message: SearchResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (p: IndexProgress) => void;
}

type Payload<T extends SearchRequest['type']> = Omit<
  Extract<SearchRequest, { type: T }>,
  'requestId'
>;

function measure(name: string, start: number, detail: Record<string, unknown>): void {
  try {
    performance.measure(name, { start, end: performance.now(), detail });
  } catch {
    // Old browsers without measure options: timings are only for the benchmark.
  }
}

export class SearchClient {
  readonly #create: () => WorkerLike;
  #worker: WorkerLike | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending>();
  #openVersion: string | null = null;

  constructor(createWorker: () => WorkerLike) {
    this.#create = createWorker;
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#create();
    worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
      const message = event.data;
      const pending = this.#pending.get(message.requestId);
      if (!pending) return;
      if (message.type === 'progress') {
        pending.onProgress?.(message);
        return;
      }
      this.#pending.delete(message.requestId);
      if (message.type === 'error') pending.reject(new SearchError(message.kind, message.message));
      else pending.resolve(message);
    });
    worker.addEventListener('error', (event: ErrorEvent | Event) => {
      const detail = 'message' in event && event.message ? `: ${event.message}` : '';
      this.#fail(new SearchError('crashed', `The search worker stopped${detail}.`));
    });
    this.#worker = worker;
    return worker;
  }

  #fail(error: SearchError): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#openVersion = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
  }

  #request<T extends SearchRequest['type']>(
    payload: Payload<T>,
    onProgress?: (p: IndexProgress) => void,
  ): Promise<SearchResponse> {
    const worker = this.#ensureWorker();
    const requestId = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(requestId, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage({ ...payload, requestId } as unknown as SearchRequest);
    });
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
    const reply = await this.#request<'open'>(
      { type: 'open', version, ...(options.dbName ? { dbName: options.dbName } : {}) },
      options.onProgress,
    );
    if (reply.type !== 'opened') throw new SearchError('failed', `Unexpected reply ${reply.type}`);
    this.#openVersion = version;
    measure('bedside:search-index', start, { ...reply.result });
    return reply.result;
  }

  /** One page of matches for the Dataset view, with counts over all matches. */
  async query(query: SearchQuery): Promise<SearchResult> {
    const start = performance.now();
    const reply = await this.#request<'query'>({ type: 'query', query });
    if (reply.type !== 'results') throw new SearchError('failed', `Unexpected reply ${reply.type}`);
    measure('bedside:search', start, {
      text: query.text,
      total: reply.result.total,
      workerMs: reply.result.tookMs,
    });
    return reply.result;
  }

  /**
   * The Chat's similar cases for a message, best first, with the text the prompt needs: the
   * whole policy of src/lib/chat/retrieval.ts, answered from the worker's memory.
   */
  async retrieve(text: string): Promise<RetrievedCase[]> {
    const start = performance.now();
    const reply = await this.#request<'retrieve'>({ type: 'retrieve', text });
    if (reply.type !== 'retrieved') {
      throw new SearchError('failed', `Unexpected reply ${reply.type}`);
    }
    measure('bedside:retrieve', start, { cases: reply.cases.length, workerMs: reply.tookMs });
    return reply.cases;
  }

  /** Stops the worker; pending requests are rejected. */
  dispose(): void {
    this.#fail(new SearchError('closed', 'The search was closed.'));
  }
}
