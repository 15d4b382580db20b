// The language model's worker: the only place WebLLM is loaded. Its MLCEngine runs here, off
// the main thread, behind the messages of src/lib/engine/llm-protocol.ts (logic in
// llm-service.ts); the page talks to it through llm-client.ts. Started by WebLLMEngine
// (src/lib/engine/webllm.ts); one worker per loaded model.
import { MLCEngine } from '@mlc-ai/web-llm';
import { guardFetch } from '../lib/engine/guard-fetch';
import type { LlmRequest, LlmResponse } from '../lib/engine/llm-protocol';
import { createLlmService } from '../lib/engine/llm-service';

// The page's Content Security Policy does not reach workers: apply its host list here.
self.fetch = guardFetch(self.fetch.bind(self), self.location.origin);

const scope = self as unknown as {
  postMessage(message: LlmResponse): void;
  onmessage: ((event: MessageEvent<LlmRequest>) => void) | null;
};

const service = createLlmService(
  (config) => new MLCEngine(config),
  (message) => scope.postMessage(message),
);
// Not awaited: an interrupt must reach the engine while an answer streams.
scope.onmessage = (event) => void service.handle(event.data);
