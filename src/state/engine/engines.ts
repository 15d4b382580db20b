// Which Engine runs a model: WebLLM (in its worker) for real models, and in test builds the
// deterministic TestEngine for the test entry. One instance of each, reused across loads.
import type { Engine } from '../../lib/engine/engine';
import type { ModelEntry } from '../../lib/engine/registry';
import { TestEngine } from '../../lib/engine/test-engine';
import { WebLLMEngine } from '../../lib/engine/webllm';
import { TEST_BUILD } from './catalog.svelte';

export function defaultEngineFactory(): (entry: ModelEntry) => Engine {
  let webllm: WebLLMEngine | null = null;
  let test: Engine | null = null;
  return (entry) => {
    if (TEST_BUILD && entry.source === 'test') return (test ??= new TestEngine());
    return (webllm ??= new WebLLMEngine({
      createWorker: () =>
        new Worker(new URL('../../workers/llm.worker.ts', import.meta.url), { type: 'module' }),
    }));
  };
}
