// Messages between the page (llm-client.ts) and the model worker (src/workers/llm.worker.ts,
// llm-service.ts), carried by WorkerPort / serve() (src/lib/platform/worker-port.ts). Only the
// worker loads WebLLM; the page sends requests and gets load progress and streamed chunks as
// progress, then the end. Errors cross as WebLLM's own text ("Error: …"), which errors.ts maps.
import type {
  AppConfig,
  ChatCompletionChunk,
  ChatCompletionRequestStreaming,
  InitProgressReport,
  LogLevel,
} from '@mlc-ai/web-llm';

export type LlmRequest =
  | { type: 'load'; modelId: string; appConfig: AppConfig; logLevel?: LogLevel }
  /** Streams the answer as `chunk` progress; answered once the stream is complete. */
  | { type: 'generate'; request: ChatCompletionRequestStreaming }
  /** Stops the answer being generated; its stream ends with finish_reason "abort". */
  | { type: 'interrupt' }
  | { type: 'unload' };

/** What each request answers: only that it is done. */
export interface LlmResults {
  load: null;
  generate: null;
  interrupt: null;
  unload: null;
}

export type LlmProgress =
  { type: 'load'; report: InitProgressReport } | { type: 'chunk'; chunk: ChatCompletionChunk };
