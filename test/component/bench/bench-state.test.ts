import { describe, expect, it, vi } from 'vitest';
import type { Manifest } from '@/lib/data/manifest';
import type { Dialogue } from '@/lib/data/normalize';
import type { ModelMessage, Engine, GenerateOptions } from '@/lib/engine/engine';
import type { ModelEntry } from '@/lib/engine/registry';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import type { Retrieve } from '@/lib/chat/pipeline/types';
import { dialogueCase } from '@/lib/chat/cases';
import { BenchState } from '@/state/bench.svelte';
import { CapabilityState } from '@/state/capability.svelte';
import type { DatasetState } from '@/state/dataset.svelte';
import { createEngineState } from '@/state/engine';
import { dialogue, FIVE } from '../../unit/bench/helpers';
import { engineFakes } from '../harness/app';
import { MemoryDb, swiftshader } from './setup';

/** The test engine, except that a question containing "#odd" fails with an unknown error. */
class OddEngine implements Engine {
  inner = new TestEngine({ tokenDelayMs: 1, loadStepMs: 1 });
  loads = 0;
  get loadedModelId() {
    return this.inner.loadedModelId;
  }
  async load(model: ModelEntry) {
    this.loads += 1;
    await this.inner.load(model);
  }
  async generate(messages: ModelMessage[], options?: GenerateOptions) {
    if (messages.at(-1)!.content.includes('#odd')) throw 'Error: something unexpected';
    return this.inner.generate(messages, options);
  }
  interrupt() {
    this.inner.interrupt();
  }
  async unload() {
    await this.inner.unload();
  }
}

function state(dialogues: Dialogue[], retrieve: Retrieve = vi.fn(async () => [])) {
  const odd = new OddEngine();
  const engine = createEngineState({
    capability: new CapabilityState(async () => swiftshader),
    ...engineFakes({ createEngine: () => odd }),
  });
  const dataset = {
    manifest: { version: 'fixture-1' } as Manifest,
    ready: true,
    ensureReady: async () => {},
    listSplit: async () => dialogues,
  } as unknown as DatasetState;
  const db = new MemoryDb();
  const bench = new BenchState({
    engine: engine.runtime,
    catalog: engine.catalog,
    dataset,
    retrieve,
    db,
  });
  bench.configure({ modelId: TEST_ENGINE_ENTRY.id });
  return { bench, odd, db, retrieve };
}

describe('BenchState', () => {
  it('after an ordinary engine error the model is loaded again and the run goes on', async () => {
    const dialogues = FIVE.map((d, i) =>
      i === 1
        ? dialogue(d.id, [
            ['patient', '#odd question'],
            ['doctor', 'answer'],
          ])
        : d,
    );
    const { bench, odd, db } = state(dialogues);
    await bench.run();
    const run = db.runs.values().next().value!.run;
    expect(run.status).toBe('complete');
    expect(run.summary).toMatchObject({ items: 5, scored: 4, errors: 1 });
    expect(run.items.find((i) => i.error)!.error).toContain('something unexpected');
    expect(odd.loads).toBe(2);
    expect(bench.error).toBeNull();
    expect(run.device).toBe('google swiftshader (software)');
    expect(run.settings.datasetVersion).toBe('fixture-1');
  });

  it('with retrieval on, puts train-split cases in the prompt and records their ids', async () => {
    const train = dialogue(
      'v1-77',
      [
        ['patient', 'old question'],
        ['doctor', 'old answer'],
      ],
      {
        split: 'train',
      },
    );
    // The Chat's retrieval policy, as for a first message (one policy for both).
    const retrieve = vi.fn(async (_text: string) => [dialogueCase(train, 1)]);
    const { bench, db } = state(FIVE, retrieve);
    bench.configure({ retrieval: true, n: 2 });
    await bench.run();
    expect(retrieve).toHaveBeenCalledTimes(2);
    expect(retrieve).toHaveBeenCalledWith(expect.any(String));
    const run = db.runs.values().next().value!.run;
    expect(run.settings.retrieval).toBe(true);
    expect(run.items.map((i) => i.caseIds)).toEqual([['v1-77'], ['v1-77']]);
  });

  it('without retrieval, asks the search index nothing', async () => {
    const { bench, retrieve } = state(FIVE);
    bench.configure({ n: 2 });
    await bench.run();
    expect(retrieve).not.toHaveBeenCalled();
  });

  it('says so when no held-out dialogue matches the segments, and saves nothing', async () => {
    const { bench, db } = state(FIVE);
    bench.configure({ segments: ['roleplayed-visit'] });
    await bench.run();
    expect(bench.error).toBe('No held-out dialogue matches the chosen segments.');
    expect(db.runs.size).toBe(0);
    expect(bench.busy).toBe(false);
  });
});
