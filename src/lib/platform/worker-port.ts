// Typed requests to a Worker and their answers, both sides of the boundary. The page's
// WorkerPort gives every request an id and a promise; the worker's serve() answers each id
// exactly once, with a result or an error, after any number of progress messages. Requests
// are a union discriminated by `type`; `Res` maps each type to what it answers, so neither
// side casts what crosses. A worker that crashes rejects every pending request and is started
// again on the next one.

/** A request: a union of these, told apart by `type`. */
export interface PortRequest {
  type: string;
}

/** What each request type answers. */
export type PortResults<Req extends PortRequest> = { [K in Req['type']]: unknown };

/** Page → worker. */
export type PortCall<Req extends PortRequest> =
  { id: number; request: Req } | { id: number; cancel: true };

/** An error as it crosses the boundary (Errors do not survive structured cloning whole). */
export interface PortErrorData {
  name: string;
  message: string;
  /** A machine-readable reason the handler attached (`error.kind`), e.g. 'stale'. */
  kind?: string;
}

/** Worker → page: progress any number of times, then one result or one error. */
export type PortReply<Result, Progress> =
  | { id: number; progress: Progress }
  | { id: number; result: Result }
  | { id: number; error: PortErrorData };

/** The part of `Worker` a port uses (an in-process fake in tests). */
export interface WorkerLike<Out, In> {
  postMessage(message: Out, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent | Event) => void): void;
  terminate(): void;
}

/** The worker's handler threw: its name, message and kind, as it threw them. */
export class WorkerRequestError extends Error {
  readonly kind: string | undefined;
  constructor(data: PortErrorData) {
    super(data.message);
    this.name = data.name;
    this.kind = data.kind;
  }
}

/** The worker stopped (crashed, or terminate()) before it answered. */
export class WorkerStoppedError extends Error {
  override name = 'WorkerStoppedError';
}

export interface RequestOptions<Progress> {
  onProgress?: (progress: Progress) => void;
  /** Objects moved to the worker rather than copied (e.g. ArrayBuffers). */
  transfer?: Transferable[];
  /** Aborting rejects with an AbortError and tells the worker's handler (its signal). */
  signal?: AbortSignal;
}

interface Pending<Progress> {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: Progress) => void;
}

function abortError(): DOMException {
  return new DOMException('The request was cancelled.', 'AbortError');
}

export class WorkerPort<Req extends PortRequest, Res extends PortResults<Req>, Progress = never> {
  readonly #create: () => WorkerLike<PortCall<Req>, PortReply<Res[Req['type']], Progress>>;
  readonly #name: string;
  #worker: WorkerLike<PortCall<Req>, PortReply<Res[Req['type']], Progress>> | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending<Progress>>();

  /** `name` says which worker stopped, in the error a crash gives ("The search worker"). */
  constructor(
    create: () => WorkerLike<PortCall<Req>, PortReply<Res[Req['type']], Progress>>,
    name = 'The worker',
  ) {
    this.#create = create;
    this.#name = name;
  }

  /** Requests waiting for their answer. */
  get pending(): number {
    return this.#pending.size;
  }

  request<R extends Req>(
    request: R,
    options: RequestOptions<Progress> = {},
  ): Promise<Res[R['type']]> {
    const { signal, onProgress, transfer = [] } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise<Res[R['type']]>((resolve, reject) => {
      const onAbort = () => {
        if (!this.#pending.delete(id)) return;
        worker.postMessage({ id, cancel: true }, []);
        reject(abortError());
      };
      const settle =
        <T>(then: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort);
          then(value);
        };
      this.#pending.set(id, {
        resolve: settle((result) => resolve(result as Res[R['type']])),
        reject: settle(reject),
        ...(onProgress ? { onProgress } : {}),
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ id, request }, transfer);
    });
  }

  /** Stops the worker; pending requests reject. The next request starts a new one. */
  terminate(): void {
    this.#stop(new WorkerStoppedError(`${this.#name} was stopped.`));
  }

  #ensureWorker(): WorkerLike<PortCall<Req>, PortReply<Res[Req['type']], Progress>> {
    if (this.#worker) return this.#worker;
    const worker = this.#create();
    worker.addEventListener('message', ({ data }) => {
      const pending = this.#pending.get(data.id);
      if (!pending) return; // cancelled, or from a worker that was replaced
      if ('progress' in data) {
        pending.onProgress?.(data.progress);
        return;
      }
      this.#pending.delete(data.id);
      if ('error' in data) pending.reject(new WorkerRequestError(data.error));
      else pending.resolve(data.result);
    });
    worker.addEventListener('error', (event) => {
      const detail = 'message' in event && event.message ? `: ${event.message}` : '';
      this.#stop(new WorkerStoppedError(`${this.#name} stopped unexpectedly${detail}.`));
    });
    this.#worker = worker;
    return worker;
  }

  #stop(error: WorkerStoppedError): void {
    this.#worker?.terminate();
    this.#worker = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
  }
}

// ---- The worker's side ------------------------------------------------------------------------

/** The part of a worker's global scope serve() uses: `self` in a worker fits it as it is. */
export interface WorkerScopeLike<Out, In> {
  postMessage(message: Out, options: StructuredSerializeOptions): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
}

export interface RequestContext<Progress> {
  /** Sends progress for this request; `transfer` moves buffers instead of copying them. */
  progress(progress: Progress, transfer?: Transferable[]): void;
  /** Moves these objects with the result instead of copying them. */
  transfer(...objects: Transferable[]): void;
  /** Aborted when the page cancels the request. */
  signal: AbortSignal;
}

/** One function per request type, answering with that type's result. */
export type PortHandlers<
  Req extends PortRequest,
  Res extends PortResults<Req>,
  Progress = never,
> = {
  [K in Req['type']]: (
    request: Extract<Req, { type: K }>,
    context: RequestContext<Progress>,
  ) => Res[K] | Promise<Res[K]>;
};

function errorData(error: unknown): PortErrorData {
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error)) {
    const { name, message, kind } = error as { name?: unknown; message?: unknown; kind?: unknown };
    return {
      name: typeof name === 'string' ? name : 'Error',
      message: String(message),
      ...(typeof kind === 'string' ? { kind } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}

/**
 * Answers the page's requests in a worker with `handlers`. Returns a function that stops
 * listening. A thrown error (or rejected promise) becomes the request's error.
 */
export function serve<Req extends PortRequest, Res extends PortResults<Req>, Progress = never>(
  scope: WorkerScopeLike<PortReply<Res[Req['type']], Progress>, PortCall<Req>>,
  handlers: PortHandlers<Req, Res, Progress>,
): () => void {
  const running = new Map<number, AbortController>();
  const reply = (message: PortReply<Res[Req['type']], Progress>, transfer: Transferable[] = []) =>
    scope.postMessage(message, { transfer });

  async function answer(id: number, request: Req): Promise<void> {
    const controller = new AbortController();
    running.set(id, controller);
    const moved: Transferable[] = [];
    const context: RequestContext<Progress> = {
      progress: (progress, transfer) => {
        if (!controller.signal.aborted) reply({ id, progress }, transfer);
      },
      transfer: (...objects) => void moved.push(...objects),
      signal: controller.signal,
    };
    const type: Req['type'] = request.type;
    const handler = handlers[type] as
      ((request: Req, context: RequestContext<Progress>) => unknown) | undefined;
    try {
      if (typeof handler !== 'function') throw new Error(`No handler for "${request.type}".`);
      const result = (await handler(request, context)) as Res[Req['type']];
      if (!controller.signal.aborted) reply({ id, result }, moved);
    } catch (error) {
      if (!controller.signal.aborted) reply({ id, error: errorData(error) });
    } finally {
      running.delete(id);
    }
  }

  const listener = ({ data }: MessageEvent<PortCall<Req>>) => {
    if ('cancel' in data) running.get(data.id)?.abort();
    else void answer(data.id, data.request);
  };
  scope.addEventListener('message', listener);
  return () => scope.removeEventListener('message', listener);
}
