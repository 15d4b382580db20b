// A deterministic Engine for UI and end-to-end tests. It downloads nothing and runs no model:
// its reply is derived from the last user message and streamed word by word with a small
// delay, so that "stop" can be tested; it reports real timings of its own work as stats.
// Test builds only: the app adds it when built with VITE_TEST_ENGINE=1 and never recommends it.
//
// Failure hooks for tests: a user message containing "#fail-device-lost" makes generate()
// throw what WebLLM throws when the GPU is lost (as a string, like errors from the worker).
import {
  CancelledError,
  type ModelMessage,
  type Engine,
  type GenerateOptions,
  type GenerationResult,
  type LoadOptions,
} from './engine';
import { TEST_ENGINE_ID, type ModelEntry } from './registry';

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

export const DEVICE_LOST_HOOK = '#fail-device-lost';

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
  #loadedId: string | null = null;
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
  }

  async generate(
    messages: ModelMessage[],
    { onToken, signal, maxTokens }: GenerateOptions = {},
  ): Promise<GenerationResult> {
    if (!this.#loadedId) throw new Error('No model is loaded.');
    if (messages.some((m) => m.role === 'user' && m.content.includes(DEVICE_LOST_HOOK))) {
      throw 'Error: DeviceLostError: The WebGPU device was lost while loading the model.';
    }
    this.#interrupted = false;
    const stopped = () => this.#interrupted || Boolean(signal?.aborted);
    const start = performance.now();
    const promptTokens = messages.reduce((n, m) => n + splitTokens(m.content).length, 0);
    const tokens = splitTokens(testReply(messages));
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
  }
}
