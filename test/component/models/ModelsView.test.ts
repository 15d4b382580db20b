import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CacheStatus } from '@/lib/engine/cache';
import type { Engine, LoadOptions } from '@/lib/engine/engine';
import type { ModelEntry } from '@/lib/engine/registry';
import { TestEngine } from '@/lib/engine/test-engine';
import ModelsView from '@/views/ModelsView.svelte';
import { renderView, testApp } from '../harness/app';
import { laptop4GB, swiftshader } from '../../fixtures/capability';

/** Stands in for WebLLM: fails the first load with a network error, then succeeds. */
class FlakyEngine implements Engine {
  loadedModelId: string | null = null;
  calls = 0;
  async load(model: ModelEntry, { onProgress }: LoadOptions = {}) {
    this.calls += 1;
    onProgress?.({
      progress: 0.5,
      timeElapsed: 1,
      text: 'Fetching param cache[1/2]: 100MB fetched. 50% completed, 1 secs elapsed.',
    });
    if (this.calls === 1) throw 'Error: Failed to store x with error: TypeError: Failed to fetch';
    this.loadedModelId = model.id;
  }
  async generate() {
    return { text: '', finishReason: 'stop' as const, stats: null };
  }
  interrupt() {}
  async unload() {
    this.loadedModelId = null;
  }
}

/** The list is built after the view's first screen, a few rows a frame (ModelList). */
async function allRows(count: number): Promise<HTMLElement[]> {
  await waitFor(() => expect(screen.getAllByTestId('model-row')).toHaveLength(count), {
    timeout: 3000,
  });
  return screen.getAllByTestId('model-row');
}

function setup() {
  const flaky = new FlakyEngine();
  const test = new TestEngine({ tokenDelayMs: 1, loadStepMs: 5 });
  const cached = new Map<string, CacheStatus>();
  const persist = vi.fn(async () => true);
  const app = testApp({
    capability: swiftshader,
    engine: {
      createEngine: (entry) => (entry.source === 'test' ? test : flaky),
      cache: {
        status: async (entry) => cached.get(entry.id) ?? 'absent',
        delete: async (entry) => void cached.delete(entry.id),
      },
      estimate: { read: async () => ({ usage: 5e8, quota: 2e9, persisted: false }), persist },
    },
  });
  renderView(app, ModelsView);
  return { engine: app.engine, flaky, cached, persist };
}

const row = (name: string | RegExp) => screen.getByRole('article', { name });

describe('ModelsView', () => {
  it('recommends an f32 model on SwiftShader and says why', async () => {
    setup();
    const pick = await screen.findByTestId('recommended-model');
    expect(pick).toHaveAttribute('data-model-id', 'SmolLM2-360M-Instruct-q4f32_1-MLC');
    expect(pick).toHaveTextContent('f32 build');
    expect(screen.getByTestId('recommendation-reasons')).toHaveTextContent(/no 16-bit shaders/);
    expect(screen.getByTestId('chat-model')).toHaveTextContent('SmolLM2 360M Instruct');
  });

  it('lists sizes, GPU memory and what is downloaded; f16 builds are blocked with the reason', async () => {
    const user = userEvent.setup();
    setup();
    const smol = await waitFor(() => row('SmolLM2 360M Instruct f32'));
    expect(smol).toHaveTextContent('≈ 240.0 MB (estimate)');
    expect(smol).toHaveTextContent('about 580 MB');
    await waitFor(() =>
      expect(within(smol).getByTestId('cache-status')).toHaveTextContent('Not downloaded'),
    );
    expect(within(smol).getByRole('button', { name: 'Download and load' })).toBeEnabled();

    // Each model is listed once with the build this GPU runs; its f16 build is one click away.
    await user.click(within(row('Qwen2.5 0.5B Instruct f32')).getByRole('radio', { name: 'f16' }));
    const f16 = row('Qwen2.5 0.5B Instruct f16');
    expect(within(f16).getByTestId('fit-warning')).toHaveTextContent(/shader-f16/);
    expect(within(f16).getByRole('button', { name: 'Download and load' })).toBeDisabled();
    expect(screen.getByTestId('finetuned-notice')).toHaveTextContent(
      'The fine-tuned weights are not published in this build',
    );
  });

  it('a network failure shows a clear message, and retry succeeds', async () => {
    const user = userEvent.setup();
    const { flaky } = setup();
    const smol = await waitFor(() => row('SmolLM2 360M Instruct f32'));
    await user.click(within(smol).getByRole('button', { name: 'Download and load' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Download interrupted');
    expect(alert).toHaveTextContent('will not be downloaded again');
    await user.click(within(alert).getByRole('button', { name: 'Retry download' }));
    await screen.findByTestId('loaded-model');
    expect(flaky.calls).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(smol).getByRole('button', { name: 'Use in Chat' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('loads the test engine with a progress bar, then a prompt shows stats', async () => {
    const user = userEvent.setup();
    setup();
    const test = await waitFor(() => row(/Test engine \(test build only\)/));
    expect(test).toHaveTextContent('Built in (test build only)');
    await user.click(within(test).getByRole('button', { name: 'Load' }));
    const progress = await screen.findByTestId('load-progress');
    expect(within(progress).getByRole('progressbar')).toBeInTheDocument();
    expect(within(progress).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    await screen.findByText('Test engine (test build only) is loaded and ready.');

    await user.clear(screen.getByLabelText('Prompt'));
    await user.type(screen.getByLabelText('Prompt'), 'sore throat');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() =>
      expect(screen.getByTestId('try-reply')).toHaveTextContent('Test reply to "sore throat"'),
    );
    const stats = await screen.findByTestId('generation-stats');
    expect(stats).toHaveTextContent(/Decode\s*[\d.]+ tokens\/s/);
    expect(stats).toHaveTextContent('2 prompt tokens');
  });

  it('shows storage and asks for persistent storage', async () => {
    const user = userEvent.setup();
    const { persist } = setup();
    expect(await screen.findByTestId('storage-usage')).toHaveTextContent(
      'Bedside uses 500.0 MB of the 2.0 GB',
    );
    await user.click(screen.getByRole('button', { name: 'Keep downloads (persistent storage)' }));
    expect(await screen.findByText(/will keep the downloads/)).toBeInTheDocument();
    expect(persist).toHaveBeenCalledOnce();
  });
});

describe('ModelsView: the choice follows what the person wants', () => {
  function memory() {
    const values = new Map<string, unknown>();
    return {
      values,
      get: async <T>(key: string, fallback: T) =>
        values.has(key) ? (values.get(key) as T) : fallback,
      set: async (key: string, value: unknown) => void values.set(key, value),
      delete: async (key: string) => void values.delete(key),
    };
  }

  function show(settings = memory()) {
    const app = testApp({ capability: laptop4GB, engine: { settings } });
    const view = renderView(app, ModelsView);
    return { settings, view };
  }

  it('each model is listed once, with the build this GPU runs best', async () => {
    show();
    await screen.findByTestId('recommended-model');
    // 14 models in two builds each, and the test engine.
    const rows = await allRows(15);
    expect(rows.filter((r) => r.dataset.modelId?.includes('q4f16_1'))).toHaveLength(14);
  });

  it('says why in one sentence; "phone / low power" and a download limit re-rank at once, each row that no longer fits says why, and the choice is kept', async () => {
    const user = userEvent.setup();
    const { settings, view } = show();
    const pick = await screen.findByTestId('recommended-model');
    expect(pick).toHaveAttribute('data-model-id', 'Qwen3-4B-q4f16_1-MLC');
    expect(screen.getByTestId('recommendation-why')).toHaveTextContent(
      /^Qwen3 4B is the strongest model that fits: .*; the stronger Qwen3\.5 4B is left out: it needs about 3868 MB of GPU memory\.$/,
    );
    await allRows(15);
    expect(within(row('Qwen3.5 4B f16')).getByTestId('misfit')).toHaveTextContent(
      'Not recommended on this device: it needs about 3868 MB of GPU memory.',
    );
    expect(within(row('Qwen3 4B f16')).queryByTestId('misfit')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: /Phone \/ low power/ }));
    expect(pick).toHaveAttribute('data-model-id', 'Qwen3.5-0.8B-q4f16_1-MLC');
    expect(within(row('Qwen3 4B f16')).getByTestId('misfit')).toHaveTextContent(
      'it is too large for low-power use',
    );

    await user.selectOptions(screen.getByLabelText('Largest download you accept'), '250 MB');
    expect(screen.getByTestId('recommended-model')).toHaveAttribute(
      'data-model-id',
      'SmolLM2-360M-Instruct-q4f16_1-MLC',
    );
    expect(within(row('Qwen3 0.6B f16')).getByTestId('misfit')).toHaveTextContent(
      'its download is larger than the 250 MB you accept',
    );
    // A person can still choose any model.
    const strong = row('Qwen3 4B f16');
    await user.click(within(strong).getByRole('button', { name: 'Use in Chat' }));
    expect(screen.getByTestId('chat-model')).toHaveTextContent('Qwen3 4B (f16) — your choice.');

    await waitFor(() => expect(settings.values.get('engine.maxDownloadBytes')).toBe(250e6));
    expect(settings.values.get('engine.lowPower')).toBe(true);
    view.unmount();
    show(settings);
    await waitFor(() =>
      expect(screen.getByTestId('recommended-model')).toHaveAttribute(
        'data-model-id',
        'SmolLM2-360M-Instruct-q4f16_1-MLC',
      ),
    );
    expect(screen.getByRole('checkbox', { name: /Phone \/ low power/ })).toBeChecked();
    expect(screen.getByLabelText('Largest download you accept')).toHaveValue('250000000');
  });
});
