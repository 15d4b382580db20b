// The WebLLM adapter up to the network boundary: the web-llm module is mocked, the worker is a
// stand-in. What is checked: the appConfig and requests it sends, how it streams, stops,
// cancels and unloads, and that worker errors arrive in a form errors.ts maps.
import * as webllm from '@mlc-ai/web-llm';
import type { ChatCompletionChunk, ChatCompletionRequestStreaming } from '@mlc-ai/web-llm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelledError, WorkerCrashedError } from '@/lib/engine/engine';
import { classifyError } from '@/lib/engine/errors';
import { curatedById, type ModelEntry } from '@/lib/engine/registry';
import { statsFromUsage, WebLLMEngine } from '@/lib/engine/webllm';

vi.mock('@mlc-ai/web-llm', () => ({ CreateWebWorkerMLCEngine: vi.fn() }));

const model = curatedById('SmolLM2-360M-Instruct-q4f32_1-MLC') as ModelEntry;
const other = curatedById('Qwen2.5-0.5B-Instruct-q4f32_1-MLC') as ModelEntry;

class FakeWorker extends EventTarget {
  terminate = vi.fn();
  postMessage = vi.fn();
  onmessage: unknown = null;
}

const usage = {
  prompt_tokens: 12,
  completion_tokens: 3,
  total_tokens: 15,
  extra: {
    e2e_latency_s: 2.5,
    prefill_tokens_per_s: 24,
    decode_tokens_per_s: 1.5,
    time_to_first_token_s: 0.5,
    time_per_output_token_s: 0.66,
  },
};

function chunk(
  choice: Partial<ChatCompletionChunk.Choice> | null,
  extra = {},
): ChatCompletionChunk {
  return {
    id: 'c',
    created: 0,
    model: model.id,
    object: 'chat.completion.chunk',
    choices: choice ? [{ index: 0, delta: {}, finish_reason: null, ...choice }] : [],
    ...extra,
  } as ChatCompletionChunk;
}

/** A client whose stream stops early, as WebLLM's does, once interruptGenerate is called. */
function fakeClient(words: string[]) {
  let interrupted = false;
  const client = {
    chat: {
      completions: {
        create: vi.fn(async (_request: ChatCompletionRequestStreaming) =>
          (async function* () {
            for (const word of words) {
              if (interrupted) break;
              yield chunk({ delta: { content: word, role: 'assistant' } });
              await new Promise((r) => setTimeout(r, 1));
            }
            yield chunk({ finish_reason: interrupted ? 'abort' : 'stop' });
            yield chunk(null, { usage });
          })(),
        ),
      },
    },
    interruptGenerate: vi.fn(() => void (interrupted = true)),
    unload: vi.fn(async () => {}),
  };
  return client;
}

let workers: FakeWorker[];
function engine() {
  return new WebLLMEngine({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    // WebLLM's own worker client, mocked above, in place of Bedside's (llm-client.ts).
    importWebLLM: async () => ({
      CreateWebWorkerMLCEngine: (worker, modelId, config) =>
        webllm.CreateWebWorkerMLCEngine(worker, modelId, config),
    }),
  });
}

beforeEach(() => {
  workers = [];
  vi.resetAllMocks();
});

describe('WebLLMEngine.load', () => {
  it('creates the worker engine with our appConfig (IndexedDB cache) and forwards progress', async () => {
    const client = fakeClient([]);
    vi.mocked(webllm.CreateWebWorkerMLCEngine).mockImplementation(async (_w, _id, config) => {
      config?.initProgressCallback?.({
        progress: 0.5,
        timeElapsed: 1,
        text: 'Fetching param cache[1/2]: 1MB fetched. 50% completed, 1 secs elapsed.',
      });
      return client as unknown as webllm.WebWorkerMLCEngine;
    });
    const onProgress = vi.fn();
    const e = engine();
    await e.load(model, { onProgress });

    const [worker, id, config] = vi.mocked(webllm.CreateWebWorkerMLCEngine).mock.calls[0] ?? [];
    expect(worker).toBe(workers[0]);
    expect(id).toBe(model.id);
    expect(config?.appConfig).toEqual({ model_list: [model.record], cacheBackend: 'indexeddb' });
    expect(onProgress).toHaveBeenCalledWith(expect.objectContaining({ progress: 0.5 }));
    expect(e.loadedModelId).toBe(model.id);
  });

  it('cancels by terminating the worker: rejects, and nothing counts as loaded', async () => {
    vi.mocked(webllm.CreateWebWorkerMLCEngine).mockReturnValue(new Promise(() => {}));
    const controller = new AbortController();
    const e = engine();
    const loading = e.load(model, { signal: controller.signal });
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    controller.abort();
    await expect(loading).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0]?.terminate).toHaveBeenCalled();
    expect(e.loadedModelId).toBeNull();
  });

  it('passes on WebLLM’s string errors from the worker, which errors.ts can map', async () => {
    const raw =
      'Error: Failed to store https://huggingface.co/mlc-ai/x/resolve/main/mlc-chat-config.json with error: TypeError: Failed to fetch';
    vi.mocked(webllm.CreateWebWorkerMLCEngine).mockRejectedValue(raw);
    const e = engine();
    const error = await e.load(model).catch((x: unknown) => x);
    expect(error).toBe(raw);
    expect(classifyError(error)).toBe('network');
    expect(workers[0]?.terminate).toHaveBeenCalled();
  });

  it('turns a worker that dies (no error of its own) into a crash, mapped as device lost', async () => {
    vi.mocked(webllm.CreateWebWorkerMLCEngine).mockReturnValue(new Promise(() => {}));
    const e = engine();
    const loading = e.load(model);
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    workers[0]?.dispatchEvent(
      new ErrorEvent('error', { message: 'Uncaught RangeError: Out of memory' }),
    );
    const error = await loading.catch((x: unknown) => x);
    expect(error).toBeInstanceOf(WorkerCrashedError);
    expect(classifyError(error)).toBe('device-lost');
  });

  it('runs one worker per model: loading another unloads and terminates the first', async () => {
    const first = fakeClient([]);
    vi.mocked(webllm.CreateWebWorkerMLCEngine)
      .mockResolvedValueOnce(first as unknown as webllm.WebWorkerMLCEngine)
      .mockResolvedValueOnce(fakeClient([]) as unknown as webllm.WebWorkerMLCEngine);
    const e = engine();
    await e.load(model);
    await e.load(other);
    expect(first.unload).toHaveBeenCalled();
    expect(workers[0]?.terminate).toHaveBeenCalled();
    expect(workers[1]?.terminate).not.toHaveBeenCalled();
    expect(e.loadedModelId).toBe(other.id);
    await e.unload();
    expect(workers[1]?.terminate).toHaveBeenCalled();
    expect(e.loadedModelId).toBeNull();
  });
});

describe('WebLLMEngine.generate', () => {
  async function loaded(client: ReturnType<typeof fakeClient>) {
    vi.mocked(webllm.CreateWebWorkerMLCEngine).mockResolvedValue(
      client as unknown as webllm.WebWorkerMLCEngine,
    );
    const e = engine();
    await e.load(model);
    return e;
  }

  it('streams with usage statistics and returns text, finish reason and stats', async () => {
    const client = fakeClient(['Rest', ' and', ' fluids.']);
    const e = await loaded(client);
    const tokens: string[] = [];
    const result = await e.generate(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Headache?' },
      ],
      { onToken: (delta) => tokens.push(delta), maxTokens: 64, temperature: 0.3 },
    );
    expect(client.chat.completions.create).toHaveBeenCalledWith({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Headache?' },
      ],
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 64,
      temperature: 0.3,
    });
    expect(tokens).toEqual(['Rest', ' and', ' fluids.']);
    expect(result).toEqual({
      text: 'Rest and fluids.',
      finishReason: 'stop',
      stats: {
        promptTokens: 12,
        completionTokens: 3,
        timeToFirstTokenS: 0.5,
        prefillTokensPerS: 24,
        decodeTokensPerS: 1.5,
        totalS: 2.5,
      },
    });
  });

  it('stops through interruptGenerate when the signal aborts, keeping the text so far', async () => {
    const client = fakeClient(['one', ' two', ' three', ' four', ' five']);
    const e = await loaded(client);
    const controller = new AbortController();
    const result = await e.generate([{ role: 'user', content: 'count' }], {
      signal: controller.signal,
      onToken: (_d, text) => {
        if (text === 'one two') controller.abort();
      },
    });
    expect(client.interruptGenerate).toHaveBeenCalled();
    expect(result.finishReason).toBe('abort');
    expect(result.text).toBe('one two');
    // The usage chunk still arrives after an interrupt: stats are kept.
    expect(result.stats).not.toBeNull();
  });

  it('asks a thinking family (Qwen3) for no reasoning, and never sends old reasoning back', async () => {
    const client = fakeClient(['Fine.']);
    vi.mocked(webllm.CreateWebWorkerMLCEngine).mockResolvedValue(
      client as unknown as webllm.WebWorkerMLCEngine,
    );
    const e = engine();
    await e.load(curatedById('Qwen3-1.7B-q4f32_1-MLC') as ModelEntry);
    await e.generate([
      { role: 'user', content: 'Cough?' },
      { role: 'assistant', content: '<think>\nmaybe viral\n</think>\n\nHow long?' },
      { role: 'user', content: 'A week.' },
    ]);
    expect(client.chat.completions.create).toHaveBeenCalledWith({
      messages: [
        { role: 'user', content: 'Cough?' },
        { role: 'assistant', content: 'How long?' },
        { role: 'user', content: 'A week.' },
      ],
      stream: true,
      stream_options: { include_usage: true },
      extra_body: { enable_thinking: false },
    });
    // Unloading forgets the family: the next model is asked plainly.
    await e.unload();
    await e.load(model);
    await e.generate([{ role: 'user', content: 'Hi' }]);
    expect(
      vi.mocked(client.chat.completions.create).mock.calls.at(-1)?.[0].extra_body,
    ).toBeUndefined();
  });

  it('refuses to generate before a model is loaded', async () => {
    await expect(engine().generate([{ role: 'user', content: 'hi' }])).rejects.toThrow(/No model/);
  });
});

describe('statsFromUsage', () => {
  it('reads WebLLM’s usage.extra fields', () => {
    expect(statsFromUsage(usage as webllm.CompletionUsage)).toMatchObject({
      timeToFirstTokenS: 0.5,
      prefillTokensPerS: 24,
      decodeTokensPerS: 1.5,
    });
    // An older WebLLM without extra: not a number rather than a made-up zero.
    const bare = statsFromUsage({
      ...usage,
      extra: undefined,
    } as unknown as webllm.CompletionUsage);
    expect(bare.decodeTokensPerS).toBeNaN();
  });
});
