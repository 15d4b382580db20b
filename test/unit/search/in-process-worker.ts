// The search worker's service run in-process, served by the same serve() as the real worker,
// behind a Worker-like object: messages are structured-cloned and delivered later, as
// postMessage does.
import type { WorkerLike } from '@/lib/search/client';
import { serve, type PortCall, type PortReply } from '@/lib/platform/worker-port';
import type { IndexProgress, SearchRequest, SearchResults } from '@/lib/search/protocol';
import { createSearchService } from '@/lib/search/service';

type Call = PortCall<SearchRequest>;
type Reply = PortReply<SearchResults[SearchRequest['type']], IndexProgress>;

export class InProcessWorker implements WorkerLike {
  #toPage: ((e: MessageEvent<Reply>) => void)[] = [];
  #toWorker: ((e: MessageEvent<Call>) => void)[] = [];
  #errors: ((e: Event) => void)[] = [];
  terminated = false;

  constructor() {
    serve<SearchRequest, SearchResults, IndexProgress>(
      {
        postMessage: (message) => this.#deliver(this.#toPage, message),
        addEventListener: (_type: 'message', listener: (e: MessageEvent<Call>) => void) =>
          void this.#toWorker.push(listener),
        removeEventListener: () => {},
      },
      createSearchService(),
    );
  }

  #deliver<T>(listeners: ((e: MessageEvent<T>) => void)[], message: T): void {
    const data = structuredClone(message);
    queueMicrotask(() => {
      if (!this.terminated) listeners.forEach((l) => l({ data } as MessageEvent<T>));
    });
  }

  postMessage(message: Call): void {
    this.#deliver(this.#toWorker, message);
  }

  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.#toPage.push(listener);
    else this.#errors.push(listener);
  }

  /** Simulates the worker dying (an uncaught error in it). */
  crash(): void {
    this.#errors.forEach((l) => l(new Event('error')));
  }

  terminate(): void {
    this.terminated = true;
  }
}
