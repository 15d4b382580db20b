import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toExportJson } from '@/lib/bench/export';
import { runBenchmark } from '@/lib/bench/run';
import type { BenchmarkRun } from '@/lib/bench/types';
import { DEVICE_LOST_HOOK } from '@/lib/engine/test-engine';
import { dialogue, FIVE } from '../../unit/bench/helpers';
import { MemoryDb, noWebGPU, setup } from './setup';

async function savedRun(name: string, reply: string, startedAt: string): Promise<BenchmarkRun> {
  return runBenchmark({
    dialogues: FIVE,
    n: 5,
    segments: [],
    model: { id: name, name, source: 'curated' },
    maxTokens: 256,
    contextWindow: 4096,
    datasetVersion: 'fixture-1',
    device: 'gpu',
    clock: () => new Date(startedAt),
    generate: async () => ({
      text: reply,
      finishReason: 'stop',
      stats: {
        promptTokens: 50,
        completionTokens: 5,
        timeToFirstTokenS: 0.2,
        prefillTokensPerS: 250,
        decodeTokensPerS: 15,
        totalS: 0.5,
      },
    }),
  });
}

async function chooseTestEngine(user: ReturnType<typeof userEvent.setup>, n: number) {
  const model = await screen.findByLabelText('Model');
  await waitFor(() => expect(model).toHaveValue('SmolLM2-360M-Instruct-q4f32_1-MLC'));
  await user.selectOptions(model, 'Test engine (test build only)');
  const count = screen.getByLabelText('Dialogues (N)');
  await user.clear(count);
  await user.type(count, String(n));
}

const rows = () => within(screen.getByTestId('bench-table')).getAllByRole('row').slice(1);

describe('BenchView', () => {
  it('runs the test engine on N dialogues, shows the table, summary and charts, and keeps the run', async () => {
    const user = userEvent.setup();
    const { db } = await setup();
    expect(await screen.findByText(/COVID-19 consultations/)).toHaveTextContent('(3 held-out)');
    await chooseTestEngine(user, 3);
    await user.click(screen.getByRole('button', { name: 'Run benchmark' }));

    await waitFor(() => expect(screen.getByTestId('run-status')).toHaveTextContent('complete'));
    expect(rows()).toHaveLength(3);
    expect(screen.getByTestId('summary-answered')).toHaveTextContent('3 of 3');
    expect(screen.getByTestId('summary-rouge')).toHaveTextContent(/^0\.\d{3}$/);
    expect(screen.getByTestId('summary-agreement')).toHaveTextContent('100%');
    expect(screen.getByRole('img', { name: /ROUGE-L F1 of each reply/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Decode speed of each reply/ })).toBeInTheDocument();
    expect(screen.getByText(/This run used the test engine/)).toBeInTheDocument();

    const first = within(rows()[0]!).getByRole('link');
    expect(first.getAttribute('href')).toMatch(/^#\/dataset\/v[12]-\d$/);
    await user.click(within(rows()[0]!).getByRole('button', { name: /^Read/ }));
    const detail = screen.getByTestId('bench-item-detail');
    expect(detail).toHaveTextContent('Test reply to');
    expect(detail).toHaveTextContent('The dataset’s doctor reply');

    expect(screen.getAllByTestId('saved-run')).toHaveLength(1);
    expect(db.runs.size).toBe(1);
    const [saved] = db.runs.values();
    expect(saved!.run.items).toHaveLength(3);
    expect(saved!.run.model.id).toBe('bedside-test-engine');
  });

  it('cancel stops the run and keeps what finished', async () => {
    const user = userEvent.setup();
    const { db } = await setup({ tokenDelayMs: 15 });
    await chooseTestEngine(user, 5);
    await user.click(screen.getByRole('button', { name: 'Run benchmark' }));
    const progress = await screen.findByTestId('bench-progress');
    await waitFor(() => expect(progress).toHaveTextContent('Dialogue 2 of 5'), { timeout: 5000 });
    await user.click(within(progress).getByRole('button', { name: 'Cancel run' }));

    await waitFor(() => expect(screen.queryByTestId('bench-progress')).toBeNull());
    expect(screen.getByTestId('run-status')).toHaveTextContent('cancelled');
    const kept = rows().length;
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(kept).toBeLessThan(5);
    expect([...db.runs.values()][0]!.run.status).toBe('cancelled');
  });

  it('a lost GPU stops the run with a clear message', async () => {
    const user = userEvent.setup();
    const dialogues = FIVE.map((d) =>
      dialogue(d.id, [
        ['patient', `${DEVICE_LOST_HOOK} ${d.turns[0]!.text}`],
        ['doctor', 'x'],
      ]),
    );
    await setup({ dialogues });
    await chooseTestEngine(user, 5);
    await user.click(screen.getByRole('button', { name: 'Run benchmark' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Stopped at dialogue v[12]-\d \(1 of 5\)/);
    expect(alert).toHaveTextContent('The GPU ran out of memory');
    expect(screen.getByRole('button', { name: 'Run benchmark' })).toBeEnabled();
  });

  it('without WebGPU, says so, and still shows and compares saved runs', async () => {
    const user = userEvent.setup();
    const db = new MemoryDb();
    const a = await savedRun('Base model', 'zzz', '2025-01-01T10:00:00Z');
    const b = await savedRun(
      'Tuned model',
      'rest and fluids, see your doctor',
      '2025-01-02T10:00:00Z',
    );
    await db.put({ id: a.id, savedAt: 1, imported: false, run: a });
    await db.put({ id: b.id, savedAt: 2, imported: true, run: b });
    await setup({ capability: noWebGPU, db, withTestEngine: false });

    expect(await screen.findByText('This browser cannot run the model')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run benchmark' })).toBeNull();
    // The newest run is shown.
    expect(await screen.findByRole('heading', { name: 'Tuned model' })).toBeInTheDocument();
    expect(screen.getAllByTestId('saved-run')[0]).toHaveTextContent('imported');

    await user.selectOptions(screen.getByLabelText('Run A'), a.id);
    await user.selectOptions(screen.getByLabelText('Run B'), b.id);
    const table = screen.getByTestId('compare-table');
    const f1 = within(table).getByRole('row', { name: /ROUGE-L F1, mean/ });
    expect(f1).toHaveTextContent('(B better)');
    expect(screen.getByText(/The fine-tuned model is not in this build/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Models' })).toHaveAttribute('href', '#/models');
  });

  it('imports an exported run, and refuses a broken file with the reason', async () => {
    const user = userEvent.setup();
    const { db } = await setup();
    const run = await savedRun('Imported model', 'rest', '2025-01-03T10:00:00Z');
    const input = await screen.findByLabelText('Import a run (JSON exported from Bedside)');

    await user.upload(
      input,
      new File(['{"format":"other"}'], 'x.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not imported. format: expected "bedside-benchmark"',
    );
    expect(db.runs.size).toBe(0);

    await user.upload(
      input,
      new File([toExportJson(run)], 'run.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('heading', { name: 'Imported model' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Imported the run of Imported model');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(db.runs.get(run.id)?.imported).toBe(true);
  });
});
