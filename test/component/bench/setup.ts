// A BenchView with real EngineState and BenchState over the deterministic test engine, a
// dataset stand-in serving hand-made dialogues, and saved runs in memory.
import { render } from '@testing-library/svelte';
import type { SavedRun } from '@/lib/bench/db';
import type { Capability } from '@/lib/engine/capability';
import type { Manifest } from '@/lib/data/manifest';
import type { Dialogue } from '@/lib/data/normalize';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import { BenchState } from '@/state/bench.svelte';
import { CapabilityState } from '@/state/capability.svelte';
import type { DatasetState } from '@/state/dataset.svelte';
import { EngineState } from '@/state/engine.svelte';
import { FIVE } from '../../unit/bench/helpers';
import BenchHarness from './BenchHarness.svelte';
import { swiftshader } from '../../fixtures/capability';

export { swiftshader };

export const noWebGPU: Capability = {
  ...swiftshader,
  status: 'no-webgpu',
  reason: 'navigator.gpu is missing',
};

export class MemoryDb {
  runs = new Map<string, SavedRun>();
  async list() {
    return [...this.runs.values()].sort((a, b) => b.savedAt - a.savedAt);
  }
  async put(saved: SavedRun) {
    this.runs.set(saved.id, saved);
  }
  async delete(id: string) {
    this.runs.delete(id);
  }
}

export function setup(
  options: {
    capability?: Capability;
    dialogues?: Dialogue[];
    db?: MemoryDb;
    tokenDelayMs?: number;
    withTestEngine?: boolean;
  } = {},
) {
  const capability = new CapabilityState(async () => options.capability ?? swiftshader);
  const test = new TestEngine({ tokenDelayMs: options.tokenDelayMs ?? 1, loadStepMs: 1 });
  const engine = new EngineState({
    capability,
    createEngine: () => test,
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
    extraModels: options.withTestEngine === false ? [] : [TEST_ENGINE_ENTRY],
  });
  const dialogues = options.dialogues ?? FIVE;
  const manifest = {
    version: 'fixture-1',
    segments: [
      {
        segment: 'covid-scrape-2020',
        dataset: 'v1',
        label: 'COVID-19 consultations',
        description: '',
      },
      { segment: 'askdocs', dataset: 'v2', label: 'Reddit r/AskDocs', description: '' },
    ],
  } as unknown as Manifest;
  const dataset = {
    manifest,
    ready: true,
    ensureReady: async () => {},
    listSplit: async () => dialogues,
    retrieve: async () => [],
  } as unknown as DatasetState;
  const db = options.db ?? new MemoryDb();
  const bench = new BenchState({ engine, dataset, db });
  render(BenchHarness, { capability, engine, dataset, bench });
  return { engine, bench, db, test };
}
