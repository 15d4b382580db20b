// A Worker and its global scope in one process, for testing a worker's service behind
// WorkerPort / serve(): messages are structured-cloned (transferables moved) and delivered a
// moment later, as postMessage does; `crash()` fires the Worker's error event.
import type { WorkerLike, WorkerScopeLike } from '@/lib/platform/worker-port';

type Listener<T> = (event: MessageEvent<T>) => void;

export interface WorkerPair<Call, Reply> {
  /** The page's side: what WorkerPort (or a client) is given as its Worker. */
  worker: WorkerLike<Call, Reply>;
  /** The worker's side: what serve() is given as `self`. */
  scope: WorkerScopeLike<Reply, Call>;
  /** What the page sent, and what the worker answered, in order (cloned). */
  calls: Call[];
  replies: Reply[];
  readonly terminated: boolean;
  /** The worker dies (a script error, out of memory): its error event fires on the page. */
  crash(message?: string): void;
}

export function workerPair<Call, Reply>(): WorkerPair<Call, Reply> {
  const toWorker = new Set<Listener<Call>>();
  const toPage = new Set<Listener<Reply>>();
  const errors = new Set<(event: Event) => void>();
  let terminated = false;
  const deliver = <T>(listeners: Set<Listener<T>>, data: T) =>
    queueMicrotask(() => {
      if (terminated) return;
      for (const l of listeners) l(new MessageEvent('message', { data }));
    });
  const pair: WorkerPair<Call, Reply> = {
    worker: {
      postMessage: (message, transfer) => {
        const data = structuredClone(message, { transfer });
        pair.calls.push(data);
        deliver(toWorker, data);
      },
      addEventListener: (type: 'message' | 'error', listener: never) =>
        void (type === 'message' ? toPage.add(listener) : errors.add(listener)),
      terminate: () => void (terminated = true),
    },
    scope: {
      postMessage: (message, { transfer = [] }) => {
        if (terminated) return;
        const data = structuredClone(message, { transfer });
        pair.replies.push(data);
        deliver(toPage, data);
      },
      addEventListener: (_type, listener) => void toWorker.add(listener),
      removeEventListener: (_type, listener) => void toWorker.delete(listener),
    },
    calls: [],
    replies: [],
    get terminated() {
      return terminated;
    },
    crash(message = '') {
      for (const l of errors) l(new ErrorEvent('error', { message }));
    },
  };
  return pair;
}
