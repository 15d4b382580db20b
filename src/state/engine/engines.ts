// Which Engine runs a model: WebLLM (in its worker) for real models, and in test builds the
// deterministic TestEngine for the test entries. One instance of each, reused across loads.
// Whatever made it, every engine the runtime uses answers without reasoning (think.ts).
import { withoutThinking } from '../../lib/chat/think';
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

/**
 * The same factory, each engine it makes wrapped once by withoutThinking: Chat, Benchmark and
 * the Models view's "try it" never see, show or save a <think> block, whichever model answers.
 */
export function withoutThinkingEngines(
  create: (entry: ModelEntry) => Engine,
): (entry: ModelEntry) => Engine {
  const wrapped = new WeakMap<Engine, Engine>();
  return (entry) => {
    const engine = create(entry);
    let plain = wrapped.get(engine);
    if (!plain) wrapped.set(engine, (plain = withoutThinking(engine)));
    return plain;
  };
}
