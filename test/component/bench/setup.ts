// A BenchView over the real app (createApp): the deterministic test engine, a dataset
// stand-in serving hand-made dialogues, and saved runs in memory.
import type { SavedRun } from '@/lib/bench/db';
import type { Capability } from '@/lib/engine/capability';
import type { Manifest } from '@/lib/data/manifest';
import type { Dialogue } from '@/lib/data/normalize';
import { TestEngine } from '@/lib/engine/test-engine';
import type { DatasetState } from '@/state/dataset.svelte';
import { swiftshader } from '../../fixtures/capability';
import { FIVE } from '../../unit/bench/helpers';
import { renderBench, testApp } from '../harness/app';

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

export async function setup(
  options: {
    capability?: Capability;
    dialogues?: Dialogue[];
    db?: MemoryDb;
    tokenDelayMs?: number;
    withTestEngine?: boolean;
  } = {},
) {
  const test = new TestEngine({ tokenDelayMs: options.tokenDelayMs ?? 1, loadStepMs: 1 });
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
  const app = testApp({
    ...(options.capability ? { capability: options.capability } : {}),
    engine: {
      createEngine: () => test,
      ...(options.withTestEngine === false ? { extraModels: [] } : {}),
    },
    dataset,
    benchRuns: db,
  });
  const { bench } = await renderBench(app);
  return { engine: app.engine, bench, db, test };
}
