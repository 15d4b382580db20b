// The model worker's protocol end to end, in-process: WebLLMEngine on the page side, through
// llm-client.ts, to llm-service.ts with a stand-in for WebLLM's MLCEngine (the real one needs
// WebGPU and the network; test/e2e/models.spec.ts runs it up to the network boundary).
import type {
  ChatCompletionChunk,
  ChatCompletionRequestStreaming,
  MLCEngineConfig,
} from '@mlc-ai/web-llm';
import { describe, expect, it, vi } from 'vitest';
import { classifyError } from '@/lib/engine/errors';
import { workerWebLLM } from '@/lib/engine/llm-client';
import type { LlmProgress, LlmRequest, LlmResults } from '@/lib/engine/llm-protocol';
import { llmHandlers, type WorkerEngine } from '@/lib/engine/llm-service';
import { serve, type PortCall } from '@/lib/platform/worker-port';
import { curatedById, type ModelEntry } from '@/lib/engine/registry';
import { WebLLMEngine } from '@/lib/engine/webllm';

vi.mock('@mlc-ai/web-llm', () => {
  throw new Error('the page side loaded WebLLM');
});

const model = curatedById('SmolLM2-360M-Instruct-q4f32_1-MLC') as ModelEntry;

const chunk = (content: string | null, finish: string | null = null, usage?: object) =>
  ({
    id: 'c',
    created: 0,
    model: model.id,
    object: 'chat.completion.chunk',
    choices:
      content === null && !finish
        ? []
        : [{ index: 0, delta: content ? { content } : {}, finish_reason: finish }],
    ...(usage ? { usage } : {}),
  }) as ChatCompletionChunk;

const usage = {
  prompt_tokens: 5,
  completion_tokens: 2,
  total_tokens: 7,
  extra: {
    e2e_latency_s: 1,
    prefill_tokens_per_s: 10,
    decode_tokens_per_s: 2,
    time_to_first_token_s: 0.5,
  },
};

/** MLCEngine as the service sees it: progress while loading, a stream that stops on interrupt. */
class StandInEngine implements WorkerEngine {
  static failLoad: string | null = null;
  static requests: ChatCompletionRequestStreaming[] = [];
  interrupted = false;
  unloaded = false;
  constructor(readonly config: MLCEngineConfig) {}
  async reload(modelId: string): Promise<void> {
    this.config.initProgressCallback?.({
      progress: 0.5,
      timeElapsed: 1,
      text: `Fetching ${modelId}`,
    });
    if (StandInEngine.failLoad) throw new Error(StandInEngine.failLoad);
  }
  chat = {
    completions: {
      create: async (request: ChatCompletionRequestStreaming) => {
        StandInEngine.requests.push(request);
        return this.#stream();
      },
    },
  };
  async *#stream(): AsyncGenerator<ChatCompletionChunk> {
    for (const word of ['one ', 'two ', 'three ', 'four ', 'five ']) {
      if (this.interrupted) break;
      yield chunk(word);
      await new Promise((r) => setTimeout(r, 5));
    }
    yield chunk('', this.interrupted ? 'abort' : 'stop');
    yield chunk(null, null, usage);
  }
  interruptGenerate(): void {
    this.interrupted = true;
  }
  async unload(): Promise<void> {
    this.unloaded = true;
  }
}

/** A Worker whose other side is the service, messages cloned as postMessage would. */
class InProcessWorker extends EventTarget {
  engines: StandInEngine[] = [];
  sent: LlmRequest[] = [];
  terminate = vi.fn();
  readonly #inWorker: ((event: MessageEvent<PortCall<LlmRequest>>) => void)[] = [];
  constructor() {
    super();
    serve<LlmRequest, LlmResults, LlmProgress>(
      {
        postMessage: (message) => {
          const data = structuredClone(message);
          queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data })));
        },
        addEventListener: (_type, listener) => void this.#inWorker.push(listener),
        removeEventListener: () => {},
      },
      llmHandlers((config) => {
        const engine = new StandInEngine(config);
        this.engines.push(engine);
        return engine;
      }),
    );
  }
  postMessage(call: PortCall<LlmRequest>): void {
    if ('request' in call) this.sent.push(call.request);
    const data = structuredClone(call);
    this.#inWorker.forEach((l) => l(new MessageEvent('message', { data })));
  }
}

function setup() {
  const workers: InProcessWorker[] = [];
  const engine = new WebLLMEngine({
    createWorker: () => {
      const worker = new InProcessWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    importWebLLM: async () => workerWebLLM,
  });
  return { engine, workers };
}

describe('the model worker protocol', () => {
  it('loads with our appConfig and progress, streams an answer with its stats, unloads', async () => {
    StandInEngine.failLoad = null;
    const { engine, workers } = setup();
    const onProgress = vi.fn();
    await engine.load(model, { onProgress });
    expect(onProgress).toHaveBeenCalledWith(expect.objectContaining({ progress: 0.5 }));
    expect(workers[0]!.engines[0]!.config.appConfig).toEqual({
      model_list: [model.record],
      cacheBackend: 'indexeddb',
    });

    const tokens: string[] = [];
    const result = await engine.generate([{ role: 'user', content: 'count' }], {
      maxTokens: 20,
      onToken: (delta) => tokens.push(delta),
    });
    expect(result.text).toBe('one two three four five ');
    expect(tokens).toHaveLength(5);
    expect(result.finishReason).toBe('stop');
    expect(result.stats).toMatchObject({
      promptTokens: 5,
      completionTokens: 2,
      decodeTokensPerS: 2,
    });
    expect(StandInEngine.requests.at(-1)).toMatchObject({ max_tokens: 20, stream: true });

    await engine.unload();
    expect(workers[0]!.engines[0]!.unloaded).toBe(true);
    expect(workers[0]!.terminate).toHaveBeenCalled();
  });

  it('stops an answer midway when asked, keeping what was said', async () => {
    StandInEngine.failLoad = null;
    const { engine } = setup();
    await engine.load(model);
    const controller = new AbortController();
    const result = await engine.generate([{ role: 'user', content: 'count' }], {
      signal: controller.signal,
      onToken: (_delta, text) => {
        if (text === 'one two ') controller.abort();
      },
    });
    expect(result.text).toBe('one two ');
    expect(result.finishReason).toBe('abort');
    expect(result.stats).not.toBeNull();
  });

  it('brings a failed download back as WebLLM’s error text, which errors.ts maps', async () => {
    StandInEngine.failLoad =
      'Failed to store https://huggingface.co/x/resolve/main/mlc-chat-config.json with error: TypeError: Failed to fetch';
    const { engine } = setup();
    const error = await engine.load(model).then(
      () => null,
      (e: unknown) => e,
    );
    expect(typeof error).toBe('string');
    expect(error).toMatch(/^Error: Failed to store/);
    expect(classifyError(error)).toBe('network');
    expect(engine.loadedModelId).toBeNull();
  });
});
