// The page's side of the model worker (llm-protocol.ts): the WebLLMApi that WebLLMEngine
// (webllm.ts) drives, without WebLLM on the page. WebLLM's own WebWorkerMLCEngine client
// lives in the same ~6 MB file as the engine, so importing it would send that file to every
// visitor twice (page and worker). Failures arrive as WebLLM's error text, as from its client.
import type {
  ChatCompletionChunk,
  ChatCompletionRequestStreaming,
  MLCEngineConfig,
} from '@mlc-ai/web-llm';
import type { LlmRequest, LlmResponse } from './llm-protocol';
import type { EngineClient, WebLLMApi } from './webllm';

/** The part of `Worker` used here. */
export interface LlmWorkerLike {
  postMessage(message: LlmRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LlmResponse>) => void): void;
}

class WorkerEngineClient implements EngineClient {
  readonly #worker: LlmWorkerLike;
  readonly #listeners = new Map<number, (message: LlmResponse) => void>();
  #nextId = 1;

  readonly chat = {
    completions: {
      create: (request: ChatCompletionRequestStreaming) => this.#generate(request),
    },
  };

  constructor(worker: LlmWorkerLike) {
    this.#worker = worker;
    worker.addEventListener('message', ({ data }) => this.#listeners.get(data.requestId)?.(data));
  }

  /** Sends a request and settles on its first message that is not progress. */
  #call(
    build: (requestId: number) => LlmRequest,
    onProgress?: (message: Extract<LlmResponse, { type: 'progress' }>) => void,
  ): Promise<void> {
    const requestId = this.#nextId++;
    return new Promise<void>((resolve, reject) => {
      this.#listeners.set(requestId, (message) => {
        if (message.type === 'progress') return onProgress?.(message);
        this.#listeners.delete(requestId);
        // WebLLM's client rejects with the worker's error text too: errors.ts reads either.
        if (message.type === 'error') reject(message.message);
        else resolve();
      });
      this.#worker.postMessage(build(requestId));
    });
  }

  load(modelId: string, config: MLCEngineConfig): Promise<void> {
    if (!config.appConfig) throw new Error('The model worker needs an appConfig.');
    const appConfig = config.appConfig;
    return this.#call(
      (requestId) => ({
        type: 'load',
        requestId,
        modelId,
        appConfig,
        ...(config.logLevel ? { logLevel: config.logLevel } : {}),
      }),
      (message) => config.initProgressCallback?.(message.report),
    );
  }

  async #generate(
    request: ChatCompletionRequestStreaming,
  ): Promise<AsyncIterable<ChatCompletionChunk>> {
    const requestId = this.#nextId++;
    const queue: LlmResponse[] = [];
    let wake: (() => void) | null = null;
    this.#listeners.set(requestId, (message) => {
      queue.push(message);
      wake?.();
      wake = null;
    });
    this.#worker.postMessage({ type: 'generate', requestId, request });
    const listeners = this.#listeners;
    return (async function* () {
      try {
        for (;;) {
          while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          const message = queue.shift()!;
          if (message.type === 'chunk') yield message.chunk;
          else if (message.type === 'end') return;
          else if (message.type === 'error') throw message.message;
        }
      } finally {
        listeners.delete(requestId);
      }
    })();
  }

  interruptGenerate(): void {
    this.#worker.postMessage({ type: 'interrupt' });
  }

  unload(): Promise<void> {
    return this.#call((requestId) => ({ type: 'unload', requestId }));
  }
}

/** Loads `modelId` in the worker; resolves to a client once the model is ready. */
export const workerWebLLM: WebLLMApi = {
  async CreateWebWorkerMLCEngine(worker, modelId, engineConfig) {
    const client = new WorkerEngineClient(worker as unknown as LlmWorkerLike);
    await client.load(modelId, engineConfig);
    return client;
  },
};
