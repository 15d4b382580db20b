// The Engine over WebLLM's worker engine (CreateWebWorkerMLCEngine). WebLLM itself runs in a
// module worker (src/workers/llm.worker.ts); this side only holds the thin client, imported on
// demand so that the app shell never carries WebLLM's ~6 MB.
//
// One worker per loaded model: cancelling a download terminates the worker (WebLLM has no
// abortable reload: an aborted reload resolves as if it had succeeded), and unloading
// terminates it too, which frees the GPU memory for certain.
import type {
  ChatCompletionChunk,
  ChatCompletionFinishReason,
  ChatCompletionRequestStreaming,
  CompletionUsage,
  MLCEngineConfig,
} from '@mlc-ai/web-llm';
import {
  CancelledError,
  WorkerCrashedError,
  type ModelMessage,
  type Engine,
  type FinishReason,
  type GenerateOptions,
  type GenerationResult,
  type GenerationStats,
  type LoadOptions,
} from './engine';
import { stripThinkingFromHistory } from '../chat/think';
import { appConfigFor, type ModelEntry } from './registry';

/** The part of WebLLM's worker client this adapter uses. */
export interface EngineClient {
  chat: {
    completions: {
      create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>>;
    };
  };
  interruptGenerate(): void;
  unload(): Promise<void>;
}

export interface WebLLMApi {
  CreateWebWorkerMLCEngine(
    worker: Worker,
    modelId: string,
    engineConfig: MLCEngineConfig,
  ): Promise<EngineClient>;
}

export interface WebLLMEngineDeps {
  /** Starts the module worker that runs WebLLMWorkerHandler. */
  createWorker: () => Worker;
  /** Imports WebLLM; replaced in tests. */
  importWebLLM?: () => Promise<WebLLMApi>;
}

/** Stats from WebLLM's usage chunk (stream_options.include_usage). */
export function statsFromUsage(usage: CompletionUsage): GenerationStats {
  const extra = usage.extra;
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    timeToFirstTokenS: extra?.time_to_first_token_s ?? NaN,
    prefillTokensPerS: extra?.prefill_tokens_per_s ?? NaN,
    decodeTokensPerS: extra?.decode_tokens_per_s ?? NaN,
    totalS: extra?.e2e_latency_s ?? NaN,
  };
}

/**
 * The request WebLLM is sent for a conversation. For a thinking family (Qwen3, Qwen3.5) it asks
 * for no reasoning (extra_body.enable_thinking = false, which WebLLM 0.2.86 turns into an empty
 * <think></think> block after the reply header, as Qwen3's own template does) and sends earlier
 * answers without any reasoning they kept. The test engine records the same request.
 */
export function chatRequestFor(
  model: Pick<ModelEntry, 'thinking'> | null,
  messages: readonly ModelMessage[],
  { maxTokens, temperature, topP }: GenerateOptions = {},
): ChatCompletionRequestStreaming {
  const thinking = model?.thinking === true;
  const request: ChatCompletionRequestStreaming = {
    messages: (thinking ? stripThinkingFromHistory(messages) : messages).map(
      ({ role, content }) => ({ role, content }),
    ),
    stream: true,
    stream_options: { include_usage: true },
  };
  if (thinking) request.extra_body = { enable_thinking: false };
  if (maxTokens !== undefined) request.max_tokens = maxTokens;
  if (temperature !== undefined) request.temperature = temperature;
  if (topP !== undefined) request.top_p = topP;
  return request;
}

function finishReason(reason: ChatCompletionFinishReason): FinishReason {
  return reason === 'length' || reason === 'abort' ? reason : 'stop';
}

/** A promise that rejects when the worker dies with an uncaught error. */
function watchWorker(worker: Worker): Promise<never> {
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault?.();
      reject(new WorkerCrashedError(event.message || 'no message'));
    });
  });
  died.catch(() => {}); // observed through Promise.race; never an unhandled rejection
  return died;
}

export class WebLLMEngine implements Engine {
  #deps: WebLLMEngineDeps;
  #worker: Worker | null = null;
  #client: EngineClient | null = null;
  #died: Promise<never> = new Promise<never>(() => {});
  #loadedId: string | null = null;
  #model: ModelEntry | null = null;

  constructor(deps: WebLLMEngineDeps) {
    this.#deps = deps;
  }

  get loadedModelId(): string | null {
    return this.#loadedId;
  }

  async load(model: ModelEntry, options: LoadOptions = {}): Promise<void> {
    const { onProgress, signal } = options;
    if (!model.record) throw new Error(`${model.name} has no WebLLM model record.`);
    await this.unload();
    if (signal?.aborted) throw new CancelledError();
    const api = await (this.#deps.importWebLLM ?? importWebLLMApi)();
    if (signal?.aborted) throw new CancelledError();

    const worker = this.#deps.createWorker();
    this.#worker = worker;
    this.#died = watchWorker(worker);
    let onAbort = () => {};
    const cancelled = new Promise<never>((_, reject) => {
      onAbort = () => reject(new CancelledError());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const client = await Promise.race([
        api.CreateWebWorkerMLCEngine(worker, model.id, {
          appConfig: appConfigFor([model]),
          initProgressCallback: onProgress,
          logLevel: 'WARN',
        }),
        this.#died,
        cancelled,
      ]);
      if (this.#worker !== worker) throw new CancelledError();
      this.#client = client;
      this.#loadedId = model.id;
      this.#model = model;
    } catch (error) {
      // Only this load's worker: a newer load may already own another one.
      if (this.#worker === worker) this.#terminate();
      else worker.terminate();
      throw error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async generate(
    messages: ModelMessage[],
    options: GenerateOptions = {},
  ): Promise<GenerationResult> {
    const client = this.#client;
    if (!client) throw new Error('No model is loaded.');
    const { signal } = options;
    if (signal?.aborted) return { text: '', finishReason: 'abort', stats: null };
    const onAbort = () => client.interruptGenerate();
    signal?.addEventListener('abort', onAbort);
    try {
      return await Promise.race([this.#stream(client, messages, options), this.#died]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async #stream(
    client: EngineClient,
    messages: ModelMessage[],
    options: GenerateOptions,
  ): Promise<GenerationResult> {
    const { onToken, signal } = options;
    const request = chatRequestFor(this.#model, messages, options);
    const chunks = await client.chat.completions.create(request);
    let text = '';
    let finish: FinishReason = 'stop';
    let usage: CompletionUsage | undefined;
    // Read to the end even after an interrupt: the last chunks carry the finish reason and the
    // usage statistics.
    for await (const chunk of chunks) {
      const choice = chunk.choices[0];
      const delta = choice?.delta?.content ?? '';
      if (delta) {
        text += delta;
        onToken?.(delta, text);
      }
      if (choice?.finish_reason) finish = finishReason(choice.finish_reason);
      if (chunk.usage) usage = chunk.usage;
    }
    return {
      text,
      finishReason: signal?.aborted ? 'abort' : finish,
      stats: usage ? statsFromUsage(usage) : null,
    };
  }

  interrupt(): void {
    this.#client?.interruptGenerate();
  }

  async unload(): Promise<void> {
    const client = this.#client;
    this.#client = null;
    this.#loadedId = null;
    this.#model = null;
    if (client) {
      // Let WebLLM release the GPU cleanly, but never wait on a stuck worker.
      await Promise.race([client.unload().catch(() => {}), delay(3000), this.#died]).catch(
        () => {},
      );
    }
    this.#terminate();
  }

  #terminate(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#client = null;
    this.#loadedId = null;
    this.#model = null;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The model worker's client (llm-client.ts): WebLLM itself loads in the worker only. */
async function importWebLLMApi(): Promise<WebLLMApi> {
  return (await import('./llm-client')).workerWebLLM;
}
