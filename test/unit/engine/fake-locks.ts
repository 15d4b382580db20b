// An in-memory Web Locks manager (exclusive locks, FIFO queue, ifAvailable, signal): enough of
// navigator.locks to test two "tabs" sharing one, which jsdom lacks.
import type { LockManagerLike } from '@/lib/engine/model-lock';

export class FakeLocks implements LockManagerLike {
  #held = new Set<string>();
  #queues = new Map<string, (() => void)[]>();

  held(name: string): boolean {
    return this.#held.has(name);
  }

  async request<T>(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<T> | T,
  ): Promise<T> {
    if (this.#held.has(name)) {
      if (options.ifAvailable) return callback(null);
      await new Promise<void>((resolve, reject) => {
        const queue = this.#queues.get(name) ?? [];
        const grant = () => resolve();
        queue.push(grant);
        this.#queues.set(name, queue);
        options.signal?.addEventListener('abort', () => {
          queue.splice(queue.indexOf(grant), 1);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
      });
    }
    this.#held.add(name);
    try {
      return await callback({ name });
    } finally {
      const next = this.#queues.get(name)?.shift();
      if (next) next();
      else this.#held.delete(name);
    }
  }
}
