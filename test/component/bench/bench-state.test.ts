import { dialogueCase } from '@/lib/chat/cases';
import { describe, expect, it, vi } from 'vitest';
import type { Manifest } from '@/lib/data/manifest';
import type { Dialogue } from '@/lib/data/normalize';
import type { ChatMessage, Engine, GenerateOptions } from '@/lib/engine/engine';
import type { ModelEntry } from '@/lib/engine/registry';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import { BenchState } from '@/state/bench.svelte';
import { CapabilityState } from '@/state/capability.svelte';
import type { DatasetState } from '@/state/dataset.svelte';
import { EngineState } from '@/state/engine.svelte';
import { dialogue, FIVE } from '../../unit/bench/helpers';
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
  async generate(messages: ChatMessage[], options?: GenerateOptions) {
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

function state(dialogues: Dialogue[], retrieve = vi.fn(async () => [])) {
  const odd = new OddEngine();
  const engine = new EngineState({
    capability: new CapabilityState(async () => swiftshader),
    createEngine: () => odd,
    cache: { status: async () => 'absent', delete: async () => {} },
    db: {
      listCustom: async () => [],
      putCustom: async () => {},
      deleteCustom: async () => {},
      downloads: async () => new Map(),
      setDownload: async () => {},
      clearDownload: async () => {},
    },
    settings: {
      get: async (_k, fallback) => fallback,
      set: async () => {},
      delete: async () => {},
    },
    storage: { read: async () => null, persist: async () => false },
    finetuned: { status: 'not-configured' },
    extraModels: [TEST_ENGINE_ENTRY],
  });
  const dataset = {
    manifest: { version: 'fixture-1' } as Manifest,
    ready: true,
    ensureReady: async () => {},
    listSplit: async () => dialogues,
    retrieve,
  } as unknown as DatasetState;
  const db = new MemoryDb();
  const bench = new BenchState({ engine, dataset, db });
  bench.modelId = TEST_ENGINE_ENTRY.id;
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
    const retrieve = vi.fn(async () => [dialogueCase(train, 1)]);
    const { bench, db } = state(FIVE, retrieve as never);
    bench.retrieval = true;
    bench.n = 2;
    await bench.run();
    expect(retrieve).toHaveBeenCalledTimes(2);
    expect(retrieve).toHaveBeenCalledWith(expect.any(String));
    const run = db.runs.values().next().value!.run;
    expect(run.settings.retrieval).toBe(true);
    expect(run.items.map((i) => i.caseIds)).toEqual([['v1-77'], ['v1-77']]);
  });

  it('without retrieval, asks the search index nothing', async () => {
    const { bench, retrieve } = state(FIVE);
    bench.n = 2;
    await bench.run();
    expect(retrieve).not.toHaveBeenCalled();
  });

  it('says so when no held-out dialogue matches the segments, and saves nothing', async () => {
    const { bench, db } = state(FIVE);
    bench.segments = ['roleplayed-visit'];
    await bench.run();
    expect(bench.error).toBe('No held-out dialogue matches the chosen segments.');
    expect(db.runs.size).toBe(0);
    expect(bench.busy).toBe(false);
  });
});
