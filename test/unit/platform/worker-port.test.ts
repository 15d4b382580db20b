// WorkerPort and serve() talking through an in-process pair that behaves like a Worker and its
// global scope: messages are structured-cloned (transferables moved) and delivered later.
import { describe, expect, it, vi } from 'vitest';
import {
  serve,
  WorkerPort,
  WorkerRequestError,
  WorkerStoppedError,
  type PortCall,
  type PortHandlers,
  type PortReply,
  type WorkerLike,
  type WorkerScopeLike,
} from '@/lib/platform/worker-port';

type Request =
  | { type: 'add'; a: number; b: number }
  | { type: 'sum'; buffer: ArrayBuffer }
  | { type: 'count'; to: number }
  | { type: 'fail'; kind?: string }
  | { type: 'wait' };

interface Results {
  add: number;
  sum: { total: number; buffer: ArrayBuffer };
  count: string;
  fail: never;
  wait: 'done';
}

type Call = PortCall<Request>;
type Reply = PortReply<Results[Request['type']], number>;
type Listener<T> = (event: MessageEvent<T>) => void;

class StaleError extends Error {
  override name = 'StaleError';
  readonly kind = 'stale';
}

/** A Worker and its scope in one process. */
function workerPair() {
  const toWorker = new Set<Listener<Call>>();
  const toPage = new Set<Listener<Reply>>();
  const pageErrors = new Set<(event: Event) => void>();
  let terminated = false;
  const deliver = <T>(listeners: Set<Listener<T>>, message: T, transfer: Transferable[]) => {
    const data = structuredClone(message, { transfer });
    setTimeout(() => {
      if (terminated) return;
      for (const l of listeners) l(new MessageEvent('message', { data }));
    }, 0);
  };
  const worker: WorkerLike<Call, Reply> = {
    postMessage: (message, transfer) => deliver(toWorker, message, transfer),
    addEventListener: (type: 'message' | 'error', listener: never) =>
      void (type === 'message' ? toPage.add(listener) : pageErrors.add(listener)),
    terminate: () => void (terminated = true),
  };
  const scope: WorkerScopeLike<Reply, Call> = {
    postMessage: (message, { transfer = [] }) => deliver(toPage, message, transfer),
    addEventListener: (_type, listener) => void toWorker.add(listener),
    removeEventListener: (_type, listener) => void toWorker.delete(listener),
  };
  const crash = (message: string) => {
    for (const l of pageErrors) l(new ErrorEvent('error', { message }));
  };
  return { worker, scope, crash, isTerminated: () => terminated };
}

function handlers(seen: { cancelled: boolean }): PortHandlers<Request, Results, number> {
  return {
    add: ({ a, b }) => a + b,
    sum: ({ buffer }, { transfer }) => {
      const total = new Uint8Array(buffer).reduce((s, v) => s + v, 0);
      transfer(buffer);
      return { total, buffer };
    },
    count: async ({ to }, { progress }) => {
      for (let i = 1; i <= to; i++) progress(i);
      return `counted to ${to}`;
    },
    fail: ({ kind }) => {
      if (kind) throw new StaleError('The index changed.');
      throw 'a plain string';
    },
    wait: (_request, { signal }) =>
      new Promise((resolve) => {
        signal.addEventListener('abort', () => {
          seen.cancelled = true;
          resolve('done');
        });
      }),
  };
}

// Checked by `npm run check`, never run: a worker's own `self` fits serve() without a cast.
const _servesSelf = () => serve<Request, Results, number>(self, handlers({ cancelled: false }));

function setup() {
  const seen = { cancelled: false };
  const pairs: ReturnType<typeof workerPair>[] = [];
  const port = new WorkerPort<Request, Results, number>(() => {
    const pair = workerPair();
    serve(pair.scope, handlers(seen));
    pairs.push(pair);
    return pair.worker;
  }, 'The test worker');
  return { port, pairs, seen };
}

describe('WorkerPort and serve()', () => {
  it('answers each request with its own typed result, in any order', async () => {
    const { port, pairs } = setup();
    const [three, ten] = await Promise.all([
      port.request({ type: 'add', a: 1, b: 2 }),
      port.request({ type: 'add', a: 4, b: 6 }),
    ]);
    const typed: number = three; // the result type follows the request type
    expect([typed, ten]).toEqual([3, 10]);
    expect(pairs).toHaveLength(1); // one worker, started on the first request
    expect(port.pending).toBe(0);
  });

  it('reports progress before the result', async () => {
    const { port } = setup();
    const seen: number[] = [];
    const result = await port.request(
      { type: 'count', to: 3 },
      { onProgress: (p) => seen.push(p) },
    );
    expect(seen).toEqual([1, 2, 3]);
    expect(result).toBe('counted to 3');
  });

  it('moves transferables both ways instead of copying them', async () => {
    const { port } = setup();
    const buffer = new Uint8Array([1, 2, 3]).buffer;
    const answer = await port.request({ type: 'sum', buffer }, { transfer: [buffer] });
    expect(buffer.byteLength).toBe(0); // moved to the worker
    expect(answer.total).toBe(6);
    expect(new Uint8Array(answer.buffer)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("rejects with the handler's error, name and kind included", async () => {
    const { port } = setup();
    const error = await port.request({ type: 'fail', kind: 'stale' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerRequestError);
    expect(error).toMatchObject({
      name: 'StaleError',
      message: 'The index changed.',
      kind: 'stale',
    });
    await expect(port.request({ type: 'fail' })).rejects.toThrow('a plain string');
    // The worker is still there for the next request.
    expect(await port.request({ type: 'add', a: 1, b: 1 })).toBe(2);
  });

  it('cancels: the promise rejects at once and the handler is told', async () => {
    const { port, seen } = setup();
    const controller = new AbortController();
    const waiting = port.request({ type: 'wait' }, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(seen.cancelled).toBe(true));
    expect(port.pending).toBe(0);
    await expect(
      port.request({ type: 'wait' }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a crash rejects every pending request; the next request starts a new worker', async () => {
    const { port, pairs } = setup();
    const waiting = port.request({ type: 'wait' });
    await new Promise((r) => setTimeout(r, 5));
    pairs[0]!.crash('out of memory');
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerStoppedError);
    expect((error as Error).message).toBe('The test worker stopped unexpectedly: out of memory.');
    expect(pairs[0]!.isTerminated()).toBe(true);
    expect(await port.request({ type: 'add', a: 2, b: 2 })).toBe(4);
    expect(pairs).toHaveLength(2);
  });

  it('terminate() rejects what is pending', async () => {
    const { port } = setup();
    const waiting = port.request({ type: 'wait' });
    port.terminate();
    await expect(waiting).rejects.toThrow('The test worker was stopped.');
  });
});
