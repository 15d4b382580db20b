// Messages between the page (llm-client.ts) and the model worker (src/workers/llm.worker.ts,
// llm-service.ts). Only the worker loads WebLLM; the page sends requests by id and gets
// progress, streamed chunks and errors back. Errors cross as WebLLM's own text
// ("Error: …"), which errors.ts maps.
import type {
  AppConfig,
  ChatCompletionChunk,
  ChatCompletionRequestStreaming,
  InitProgressReport,
  LogLevel,
} from '@mlc-ai/web-llm';

export type LlmRequest =
  | {
      type: 'load';
      requestId: number;
      modelId: string;
      appConfig: AppConfig;
      logLevel?: LogLevel;
    }
  | { type: 'generate'; requestId: number; request: ChatCompletionRequestStreaming }
  /** Stops the answer being generated; its stream ends with finish_reason "abort". */
  | { type: 'interrupt' }
  | { type: 'unload'; requestId: number };

export type LlmResponse =
  | { type: 'progress'; requestId: number; report: InitProgressReport }
  | { type: 'loaded'; requestId: number }
  | { type: 'chunk'; requestId: number; chunk: ChatCompletionChunk }
  /** The stream of `generate` is complete. */
  | { type: 'end'; requestId: number }
  | { type: 'unloaded'; requestId: number }
  | { type: 'error'; requestId: number; message: string };
