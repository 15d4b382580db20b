// A deterministic Engine for UI and end-to-end tests. It downloads nothing and runs no model:
// its reply is derived from the last user message and streamed word by word with a small
// delay, so that "stop" can be tested; it reports real timings of its own work as stats.
// Test builds only: the app adds it when built with VITE_TEST_ENGINE=1 and never recommends it.
//
// Failure hooks for tests: a user message containing "#fail-device-lost" makes generate()
// throw what WebLLM throws when the GPU is lost (as a string, like errors from the worker).
//
// It records what the real engine would be sent (`sent`): the WebLLM request (messages,
// extra_body, max_tokens) and, for a model with a known conversation template, the prompt text
// WebLLM would render, so that each family's template is tested through the engine seam. Loaded
// with a thinking model (`thinking: true`, e.g. TEST_THINKING_ENTRY), it first streams a
// <think>…</think> block, cut into pieces that split the tags, like a model that ignores the
// switch: what reaches the screen and the database must not contain it.
import type { ChatCompletionRequestStreaming } from '@mlc-ai/web-llm';
import { renderChatTemplate, type RenderedPrompt } from './chat-template';
import {
  CancelledError,
  type ModelMessage,
  type Engine,
  type GenerateOptions,
  type GenerationResult,
  type LoadOptions,
} from './engine';
import { TEST_ENGINE_ID, type ModelEntry } from './registry';
import { chatRequestFor } from './webllm';

export const TEST_ENGINE_ENTRY: ModelEntry = {
  id: TEST_ENGINE_ID,
  source: 'test',
  name: 'Test engine (test build only)',
  family: TEST_ENGINE_ID,
  parameters: null,
  precision: null,
  weightFormat: null,
  contextWindow: 4096,
  downloadBytes: null,
  vramMB: null,
  lowResource: true,
  goodFor:
    'Deterministic canned replies for automated tests. Not a language model; absent from real builds.',
  record: null,
};

/** The test engine as a Qwen3-like thinking model: it reasons in <think> unless stripped. */
export const TEST_THINKING_ENTRY: ModelEntry = {
  ...TEST_ENGINE_ENTRY,
  id: `${TEST_ENGINE_ID}-thinking`,
  family: `${TEST_ENGINE_ID}-thinking`,
  name: 'Test engine, thinking model (test build only)',
  goodFor:
    'Deterministic canned replies preceded by a <think> block, like a Qwen3 model with thinking on. Test builds only.',
  chatTemplate: 'qwen2',
  thinking: true,
};

/** Every test-build entry, for the model list of a test build. */
export const TEST_ENGINE_ENTRIES: readonly ModelEntry[] = [TEST_ENGINE_ENTRY, TEST_THINKING_ENTRY];

export const DEVICE_LOST_HOOK = '#fail-device-lost';

/** What the real engine would have been sent for one generate() call. */
export interface SentRequest {
  modelId: string;
  request: ChatCompletionRequestStreaming;
  /** The prompt WebLLM would render; null when the model's template is unknown. */
  prompt: RenderedPrompt | null;
}

/** The reasoning a thinking test model streams first, cut so that chunks split both tags. */
export function thinkingPieces(messages: ModelMessage[]): string[] {
  const last = [...messages].reverse().find((m) => m.role === 'user');
  const about = last?.content.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
  return [
    '<th',
    'ink>\nThe ',
    'person asks ',
    `about "${about}". `,
    'Reason first.\n</thi',
    'nk>',
    '\n\n',
  ];
}

/** The reply the test engine gives to a conversation. */
export function testReply(messages: ModelMessage[]): string {
  const last = [...messages].reverse().find((m) => m.role === 'user');
  const said = last?.content.trim().replace(/\s+/g, ' ') ?? '';
  return `Test reply to "${said}". This text comes from the deterministic test engine, not from a language model.`;
}

/** Word-sized pieces, each with its trailing space, so that joining them gives the text back. */
export function splitTokens(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

export interface TestEngineOptions {
  /** Delay before each streamed word, in ms. */
  tokenDelayMs?: number;
  /** Delay between load progress reports, in ms. */
  loadStepMs?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class TestEngine implements Engine {
  /** Every request, oldest first, as the real engine would have received it. */
  readonly sent: SentRequest[] = [];
  #loadedId: string | null = null;
  #model: ModelEntry | null = null;
  #interrupted = false;
  #tokenDelayMs: number;
  #loadStepMs: number;

  constructor(options: TestEngineOptions = {}) {
    this.#tokenDelayMs = options.tokenDelayMs ?? 40;
    this.#loadStepMs = options.loadStepMs ?? 60;
  }

  get loadedModelId(): string | null {
    return this.#loadedId;
  }

  async load(model: ModelEntry, { onProgress, signal }: LoadOptions = {}): Promise<void> {
    this.#loadedId = null;
    this.#model = null;
    const shards = 4;
    const started = performance.now();
    const report = (text: string, progress: number) =>
      onProgress?.({ progress, timeElapsed: (performance.now() - started) / 1000, text });
    report('Start to fetch params', 0);
    for (let i = 1; i <= shards; i++) {
      await sleep(this.#loadStepMs);
      if (signal?.aborted) throw new CancelledError();
      report(
        `Fetching param cache[${i}/${shards}]: ${i}MB fetched. ${(i * 100) / shards}% completed, 0 secs elapsed.`,
        i / shards,
      );
    }
    for (let i = 1; i <= shards; i++) {
      report(
        `Loading model from cache[${i}/${shards}]: ${i}MB loaded. ${(i * 100) / shards}% completed, 0 secs elapsed.`,
        i / shards,
      );
    }
    report('Finish loading on the test engine', 1);
    this.#loadedId = model.id;
    this.#model = model;
  }

  async generate(
    messages: ModelMessage[],
    options: GenerateOptions = {},
  ): Promise<GenerationResult> {
    const { onToken, signal, maxTokens } = options;
    const model = this.#model;
    if (!this.#loadedId || !model) throw new Error('No model is loaded.');
    const request = chatRequestFor(model, messages, options);
    const template = model.chatTemplate;
    this.sent.push({
      modelId: model.id,
      request,
      prompt: template
        ? renderChatTemplate(template, request.messages as ModelMessage[], {
            enableThinking: request.extra_body?.enable_thinking ?? undefined,
          })
        : null,
    });
    if (messages.some((m) => m.role === 'user' && m.content.includes(DEVICE_LOST_HOOK))) {
      throw 'Error: DeviceLostError: The WebGPU device was lost while loading the model.';
    }
    this.#interrupted = false;
    const stopped = () => this.#interrupted || Boolean(signal?.aborted);
    const start = performance.now();
    const promptTokens = messages.reduce((n, m) => n + splitTokens(m.content).length, 0);
    const tokens = [
      ...(model.thinking ? thinkingPieces(messages) : []),
      ...splitTokens(testReply(messages)),
    ];
    const limit = Math.min(tokens.length, maxTokens ?? Infinity);

    await sleep(this.#tokenDelayMs); // "prefill"
    const firstTokenAt = performance.now();
    let text = '';
    let produced = 0;
    for (const token of tokens.slice(0, limit)) {
      if (stopped()) break;
      text += token;
      produced += 1;
      onToken?.(token, text);
      await sleep(this.#tokenDelayMs);
    }
    const end = performance.now();
    const prefillS = (firstTokenAt - start) / 1000;
    const decodeS = (end - firstTokenAt) / 1000;
    return {
      text,
      finishReason: stopped() ? 'abort' : limit < tokens.length ? 'length' : 'stop',
      stats: {
        promptTokens,
        completionTokens: produced,
        timeToFirstTokenS: prefillS,
        prefillTokensPerS: prefillS > 0 ? promptTokens / prefillS : 0,
        decodeTokensPerS: decodeS > 0 ? produced / decodeS : 0,
        totalS: (end - start) / 1000,
      },
    };
  }

  interrupt(): void {
    this.#interrupted = true;
  }

  async unload(): Promise<void> {
    this.#loadedId = null;
    this.#model = null;
  }
}
