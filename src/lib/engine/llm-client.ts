// The page's side of the model worker (llm-protocol.ts), through a WorkerPort: the WebLLMApi
// that WebLLMEngine (webllm.ts) drives, without WebLLM on the page. WebLLM's own
// WebWorkerMLCEngine client lives in the same ~6 MB file as the engine, so importing it would
// send that file to every visitor twice (page and worker). Failures arrive as WebLLM's error
// text, as from its client.
import type {
  ChatCompletionChunk,
  ChatCompletionRequestStreaming,
  MLCEngineConfig,
} from '@mlc-ai/web-llm';
import {
  WorkerPort,
  WorkerRequestError,
  type PortCall,
  type PortReply,
  type WorkerLike,
} from '../platform/worker-port';
import type { LlmProgress, LlmRequest, LlmResults } from './llm-protocol';
import type { EngineClient, WebLLMApi } from './webllm';

/** The model worker as the page sees it (a `Worker`, or an in-process fake in tests). */
export type LlmWorker = WorkerLike<PortCall<LlmRequest>, PortReply<null, LlmProgress>>;

/** WebLLM's client rejects with the worker's error text: so does this one (errors.ts reads it). */
function errorText(error: unknown): unknown {
  return error instanceof WorkerRequestError ? error.message : error;
}

class WorkerEngineClient implements EngineClient {
  readonly #port: WorkerPort<LlmRequest, LlmResults, LlmProgress>;

  readonly chat = {
    completions: {
      create: (request: ChatCompletionRequestStreaming) => this.#generate(request),
    },
  };

  constructor(worker: LlmWorker) {
    // The worker is WebLLMEngine's: it terminates it (unload, cancel) and watches it crash.
    this.#port = new WorkerPort(() => worker, 'The model worker');
  }

  async #call(request: LlmRequest, onProgress?: (progress: LlmProgress) => void): Promise<void> {
    try {
      await this.#port.request(request, onProgress ? { onProgress } : {});
    } catch (error) {
      throw errorText(error);
    }
  }

  load(modelId: string, config: MLCEngineConfig): Promise<void> {
    if (!config.appConfig) throw new Error('The model worker needs an appConfig.');
    return this.#call(
      {
        type: 'load',
        modelId,
        appConfig: config.appConfig,
        ...(config.logLevel ? { logLevel: config.logLevel } : {}),
      },
      (progress) => {
        if (progress.type === 'load') config.initProgressCallback?.(progress.report);
      },
    );
  }

  async #generate(
    request: ChatCompletionRequestStreaming,
  ): Promise<AsyncIterable<ChatCompletionChunk>> {
    const queue: ChatCompletionChunk[] = [];
    let ended = false;
    let failure: { error: unknown } | null = null;
    let wake: (() => void) | null = null;
    const notify = () => {
      wake?.();
      wake = null;
    };
    this.#call({ type: 'generate', request }, (progress) => {
      if (progress.type === 'chunk') queue.push(progress.chunk);
      notify();
    }).then(
      () => {
        ended = true;
        notify();
      },
      (error: unknown) => {
        failure = { error };
        notify();
      },
    );
    return (async function* () {
      for (;;) {
        while (queue.length === 0 && !ended && !failure)
          await new Promise<void>((resolve) => (wake = resolve));
        if (queue.length > 0) yield queue.shift()!;
        else if (failure) throw (failure as { error: unknown }).error;
        else return;
      }
    })();
  }

  interruptGenerate(): void {
    // Answered at once; nothing to wait for: the stream ends with finish_reason "abort".
    this.#call({ type: 'interrupt' }).catch(() => {});
  }

  unload(): Promise<void> {
    return this.#call({ type: 'unload' });
  }
}

/** Loads `modelId` in the worker; resolves to a client once the model is ready. */
export const workerWebLLM: WebLLMApi = {
  async CreateWebWorkerMLCEngine(worker, modelId, engineConfig) {
    const client = new WorkerEngineClient(worker);
    await client.load(modelId, engineConfig);
    return client;
  },
};
