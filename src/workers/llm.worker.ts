// The language model's worker: WebLLM's MLCEngine runs here, off the main thread, and answers
// the WebWorkerMLCEngine client that src/lib/engine/webllm.ts creates. Started by
// src/state/engine.svelte.ts; one worker per loaded model.
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';

const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (message: MessageEvent) => handler.onmessage(message);
