// The language model's worker: the only place WebLLM is loaded. Its MLCEngine runs here, off
// the main thread, behind the requests of src/lib/engine/llm-protocol.ts (logic in
// llm-service.ts); the page talks to it through llm-client.ts. Started by WebLLMEngine
// (src/lib/engine/webllm.ts); one worker per loaded model.
import { MLCEngine } from '@mlc-ai/web-llm';
import { guardFetch } from '../lib/engine/guard-fetch';
import { llmHandlers } from '../lib/engine/llm-service';
import { serve } from '../lib/platform/worker-port';

// The page's Content Security Policy does not reach workers: apply its host list here.
self.fetch = guardFetch(self.fetch.bind(self), self.location.origin);

serve(
  self,
  llmHandlers((config) => new MLCEngine(config)),
);
