// The model worker's logic, independent of the Worker global and of WebLLM itself (the engine
// is passed in), so that tests run it in-process: loads a model with progress, streams
// answers chunk by chunk, interrupts, unloads. src/workers/llm.worker.ts gives it WebLLM's
// MLCEngine.
import type {
  ChatCompletionChunk,
  ChatCompletionRequestStreaming,
  MLCEngineConfig,
} from '@mlc-ai/web-llm';
import type { LlmRequest, LlmResponse } from './llm-protocol';

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

/** What WebLLM's own worker handler sends for a failure: the error's text. */
const text = (error: unknown) => String(error);

export function createLlmService(
  createEngine: CreateWorkerEngine,
  post: (message: LlmResponse) => void,
): { handle(request: LlmRequest): Promise<void> } {
  let engine: WorkerEngine | null = null;

  async function handle(request: LlmRequest): Promise<void> {
    if (request.type === 'interrupt') {
      engine?.interruptGenerate();
      return;
    }
    const { requestId } = request;
    try {
      switch (request.type) {
        case 'load': {
          engine = createEngine({
            appConfig: request.appConfig,
            initProgressCallback: (report) => post({ type: 'progress', requestId, report }),
            ...(request.logLevel ? { logLevel: request.logLevel } : {}),
          });
          await engine.reload(request.modelId);
          post({ type: 'loaded', requestId });
          return;
        }
        case 'generate': {
          if (!engine) throw new Error('No model is loaded.');
          const chunks = await engine.chat.completions.create(request.request);
          for await (const chunk of chunks) post({ type: 'chunk', requestId, chunk });
          post({ type: 'end', requestId });
          return;
        }
        case 'unload': {
          await engine?.unload();
          engine = null;
          post({ type: 'unloaded', requestId });
          return;
        }
      }
    } catch (error) {
      post({ type: 'error', requestId, message: text(error) });
    }
  }

  return { handle };
}
