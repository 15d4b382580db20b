// The language model's worker: WebLLM's MLCEngine runs here, off the main thread, and answers
// the WebWorkerMLCEngine client that src/lib/engine/webllm.ts creates. Started by
// src/state/engine.svelte.ts; one worker per loaded model.
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';
import { guardFetch } from '../lib/engine/guard-fetch';

// The page's Content Security Policy does not reach workers: apply its host list here.
self.fetch = guardFetch(self.fetch.bind(self), self.location.origin);

const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (message: MessageEvent) => handler.onmessage(message);
