// "Compare models" as one action: the same held-out dialogues on two models back to back,
// with progress across both, one cancel for both, and the two runs side by side at the end.
import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '@/lib/data/manifest';
import { TEST_ENGINE_ENTRY, TEST_THINKING_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import type { DatasetState } from '@/state/dataset.svelte';
import { FIVE } from '../../unit/bench/helpers';
import { renderBench, testApp } from '../harness/app';
import { MemoryDb } from './setup';

async function setup(tokenDelayMs = 1) {
  const engine = new TestEngine({ tokenDelayMs, loadStepMs: 1 });
  const dataset = {
    manifest: { version: 'fixture-1', segments: [] } as unknown as Manifest,
    ready: true,
    ensureReady: async () => {},
    listSplit: async () => FIVE,
    retrieve: async () => [],
  } as unknown as DatasetState;
  const db = new MemoryDb();
  const app = testApp({
    engine: { createEngine: () => engine, extraModels: [TEST_ENGINE_ENTRY, TEST_THINKING_ENTRY] },
    dataset,
    benchRuns: db,
  });
  const { bench } = await renderBench(app);
  return { bench, db, engine, app };
}

async function chooseBoth(user: ReturnType<typeof userEvent.setup>, n: number) {
  const model = await screen.findByLabelText('Model');
  await waitFor(() => expect(model).toHaveValue('SmolLM2-360M-Instruct-q4f32_1-MLC'));
  await user.selectOptions(model, TEST_ENGINE_ENTRY.name);
  await user.selectOptions(screen.getByLabelText('Compare with'), TEST_THINKING_ENTRY.name);
  const count = screen.getByLabelText('Dialogues (N)');
  await user.clear(count);
  await user.type(count, String(n));
}

describe('BenchView: compare two models', () => {
  it('runs the same dialogues on both, shows the progress of each, then the two side by side', async () => {
    const user = userEvent.setup();
    const { db, engine } = await setup(3);
    await chooseBoth(user, 3);
    await user.click(screen.getByRole('button', { name: 'Run both and compare' }));

    const progress = await screen.findByTestId('bench-progress');
    expect(progress).toHaveTextContent('Comparing two models');
    await waitFor(() =>
      expect(progress).toHaveTextContent(`Model 1 of 2, ${TEST_ENGINE_ENTRY.name}: Dialogue`),
    );
    await waitFor(() =>
      expect(screen.getByTestId('bench-progress')).toHaveTextContent(
        `Model 2 of 2, ${TEST_THINKING_ENTRY.name}:`,
      ),
    );
    await waitFor(() => expect(screen.queryByTestId('bench-progress')).toBeNull(), {
      timeout: 5000,
    });

    const runs = [...db.runs.values()].map((s) => s.run);
    expect(runs.map((r) => r.model.id).sort()).toEqual(
      [TEST_ENGINE_ENTRY.id, TEST_THINKING_ENTRY.id].sort(),
    );
    const [a, b] = runs;
    expect(a!.items.map((i) => i.id)).toEqual(b!.items.map((i) => i.id));
    expect(a!.items).toHaveLength(3);
    // The thinking model's reasoning is in no saved reply.
    for (const item of runs.flatMap((r) => r.items))
      expect(item.reply).not.toMatch(/think|Reason first/);
    expect(engine.sent.filter((s) => s.modelId === TEST_THINKING_ENTRY.id)).toHaveLength(3);

    const table = screen.getByTestId('compare-table');
    expect(table).toHaveTextContent(
      `A: ${TEST_ENGINE_ENTRY.name} · B: ${TEST_THINKING_ENTRY.name}, over 3 shared dialogues`,
    );
    expect(within(table).getByRole('row', { name: /ROUGE-L F1, mean/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Compare two runs' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Run both and compare' })).toBeEnabled();
  });

  it('one cancel stops the run in progress and starts no other; what finished is kept', async () => {
    const user = userEvent.setup();
    const { db, engine } = await setup(15);
    await chooseBoth(user, 5);
    await user.click(screen.getByRole('button', { name: 'Run both and compare' }));
    const progress = await screen.findByTestId('bench-progress');
    await waitFor(() => expect(progress).toHaveTextContent('Model 1 of 2'));
    await waitFor(() => expect(progress).toHaveTextContent('Dialogue 2 of 5'), { timeout: 5000 });
    await user.click(within(progress).getByRole('button', { name: 'Cancel both runs' }));

    await waitFor(() => expect(screen.queryByTestId('bench-progress')).toBeNull());
    expect([...db.runs.values()].map((s) => [s.run.model.id, s.run.status])).toEqual([
      [TEST_ENGINE_ENTRY.id, 'cancelled'],
    ]);
    expect(engine.sent.some((s) => s.modelId === TEST_THINKING_ENTRY.id)).toBe(false);
    expect(screen.queryByTestId('compare-table')).toBeNull();
  });

  it('refuses to compare a model with itself', async () => {
    const user = userEvent.setup();
    const { bench } = await setup();
    await chooseBoth(user, 2);
    bench.configure({ compareWithId: TEST_ENGINE_ENTRY.id });
    expect(await screen.findByText('Choose two different models to compare.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run both and compare' })).toBeDisabled();
  });
});
