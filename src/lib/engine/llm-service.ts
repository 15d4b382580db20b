// The model worker's logic, independent of the Worker global and of WebLLM itself (the engine
// is passed in), so that tests run it in-process: loads a model with progress, streams
// answers chunk by chunk, interrupts, unloads. src/workers/llm.worker.ts serves these handlers
// with WebLLM's MLCEngine.
import type {
  ChatCompletionChunk,
  ChatCompletionRequestStreaming,
  MLCEngineConfig,
} from '@mlc-ai/web-llm';
import type { PortHandlers } from '../platform/worker-port';
import type { LlmProgress, LlmRequest, LlmResults } from './llm-protocol';

/** The part of WebLLM's MLCEngine used here. */
export interface WorkerEngine {
  reload(modelId: string): Promise<void>;
  chat: {
    completions: {
      create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>>;
    };
  };
  interruptGenerate(): void;
  unload(): Promise<void>;
}

export type CreateWorkerEngine = (config: MLCEngineConfig) => WorkerEngine;

/**
 * A failure as WebLLM's own worker handler reports it: the error's text ("Error: …"), which
 * the page passes on as it is (errors.ts reads it).
 */
export class LlmWorkerError extends Error {
  override name = 'LlmWorkerError';
  constructor(cause: unknown) {
    super(String(cause), { cause });
  }
}

async function reporting<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new LlmWorkerError(error);
  }
}

export function llmHandlers(
  createEngine: CreateWorkerEngine,
): PortHandlers<LlmRequest, LlmResults, LlmProgress> {
  let engine: WorkerEngine | null = null;
  return {
    load: (request, { progress }) =>
      reporting(async () => {
        engine = createEngine({
          appConfig: request.appConfig,
          initProgressCallback: (report) => progress({ type: 'load', report }),
          ...(request.logLevel ? { logLevel: request.logLevel } : {}),
        });
        await engine.reload(request.modelId);
        return null;
      }),
    generate: (request, { progress }) =>
      reporting(async () => {
        if (!engine) throw new Error('No model is loaded.');
        const chunks = await engine.chat.completions.create(request.request);
        for await (const chunk of chunks) progress({ type: 'chunk', chunk });
        return null;
      }),
    // Answered at once, while `generate` is still streaming: serve() runs requests side by side.
    interrupt: () => {
      engine?.interruptGenerate();
      return null;
    },
    unload: () =>
      reporting(async () => {
        await engine?.unload();
        engine = null;
        return null;
      }),
  };
}
