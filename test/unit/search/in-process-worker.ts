// The search worker's service run in-process, behind the same message interface as a Worker.
import type { WorkerLike } from '@/lib/search/client';
import type { SearchRequest, SearchResponse } from '@/lib/search/protocol';
import { createSearchService } from '@/lib/search/service';

export class InProcessWorker implements WorkerLike {
  #listeners: {
    message: ((e: MessageEvent<SearchResponse>) => void)[];
    error: ((e: Event) => void)[];
  } = {
    message: [],
    error: [],
  };
  #service = createSearchService((message) => {
    // Structured clone, as postMessage does.
    const data = structuredClone(message);
    queueMicrotask(() =>
      this.#listeners.message.forEach((l) => l({ data } as MessageEvent<SearchResponse>)),
    );
  });
  terminated = false;
  postMessage(message: SearchRequest): void {
    void this.#service.handle(structuredClone(message));
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    (this.#listeners[type] as unknown[]).push(listener);
  }
  /** Simulates the worker dying (an uncaught error in it). */
  crash(): void {
    this.#listeners.error.forEach((l) => l(new Event('error')));
  }
  terminate(): void {
    this.terminated = true;
  }
}
