import { describe, expect, it } from 'vitest';
import { BenchImportError, exportFileName, parseExport, toExportJson } from '@/lib/bench/export';
import { runBenchmark } from '@/lib/bench/run';
import type { BenchmarkRun } from '@/lib/bench/types';
import { FIVE } from './helpers';

async function sampleRun(): Promise<BenchmarkRun> {
  let call = 0;
  return runBenchmark({
    dialogues: FIVE,
    n: 5,
    segments: ['covid-scrape-2020', 'askdocs'],
    model: { id: 'SmolLM2-360M-Instruct-q4f32_1-MLC', name: 'SmolLM2 360M', source: 'curated' },
    maxTokens: 128,
    contextWindow: 4096,
    datasetVersion: 'abc123',
    device: 'google swiftshader (software)',
    clock: () => new Date('2025-02-03T04:05:06.789Z'),
    generate: async () => {
      call += 1;
      if (call === 2) throw new Error('Something odd');
      return {
        text: call === 3 ? 'Call 911 now.' : 'Rest, and see your doctor if it lasts.',
        finishReason: 'stop',
        // A one-token reply: WebLLM reports no decode speed (NaN), which JSON writes as null.
        stats: {
          promptTokens: 90,
          completionTokens: 9,
          timeToFirstTokenS: 0.25,
          prefillTokensPerS: 360,
          decodeTokensPerS: call === 4 ? Number.NaN : 12.5,
          totalS: 1,
        },
      };
    },
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON file, edited in place
type JsonFile = Record<string, any>;

const mutate = (run: BenchmarkRun, change: (file: JsonFile) => void): string => {
  const file = JSON.parse(toExportJson(run));
  change(file);
  return JSON.stringify(file);
};

describe('benchmark export and import', () => {
  it('round-trips a run, with its summary recomputed and NaN kept as missing', async () => {
    const run = await sampleRun();
    const text = toExportJson(run, new Date('2025-02-03T05:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'bedside-benchmark',
      version: 1,
      exportedAt: '2025-02-03T05:00:00.000Z',
    });
    const back = parseExport(text);
    expect(back.items).toHaveLength(5);
    expect(back.items[1]!.error).toBe('Error: Something odd');
    expect(back.items[3]!.stats!.decodeTokensPerS).toBeNaN();
    expect(back.summary.agreement).toEqual(run.summary.agreement);
    expect(back.summary.rougeL.f1.mean).toBeCloseTo(run.summary.rougeL.f1.mean, 12);
    expect(back.summary.timing.decodeTokensPerS.n).toBe(3);
    const { summary: _a, items: _b, ...rest } = back;
    const { summary: _c, items: _d, ...original } = run;
    expect(rest).toEqual(original);
  });

  it('ignores a summary edited in the file: the figures come from the items', async () => {
    const run = await sampleRun();
    const text = mutate(run, (f) => (f.run.summary.rougeL.f1.mean = 0.99));
    expect(parseExport(text).summary.rougeL.f1.mean).toBeCloseTo(run.summary.rougeL.f1.mean, 12);
  });

  it('names the file after the model and the start time', async () => {
    expect(exportFileName(await sampleRun())).toBe(
      'bedside-bench-SmolLM2-360M-Instruct-q4f32_1-MLC-2025-02-03T04-05-06.json',
    );
  });

  it.each([
    ['not JSON', () => 'nope{', 'The file is not JSON.'],
    [
      'another format',
      (r: BenchmarkRun) => mutate(r, (f) => (f.format = 'bedside-conversations')),
      /^format: .*not a Bedside benchmark/,
    ],
    [
      'a newer version',
      (r: BenchmarkRun) => mutate(r, (f) => (f.version = 2)),
      /^version: version 2 is not supported/,
    ],
    [
      'a missing model',
      (r: BenchmarkRun) => mutate(r, (f) => delete f.run.model),
      /^run\.model: expected an object/,
    ],
    [
      'a bad score',
      (r: BenchmarkRun) => mutate(r, (f) => (f.run.items[2].rougeL.f1 = 1.5)),
      /^run\.items\[2\]\.rougeL\.f1: expected a number from 0 to 1/,
    ],
    [
      'a bad level',
      (r: BenchmarkRun) => mutate(r, (f) => (f.run.items[0].triage.got = 'maybe')),
      /^run\.items\[0\]\.triage\.got: expected one of emergency, urgent, routine/,
    ],
    [
      'a run still in progress',
      (r: BenchmarkRun) => mutate(r, (f) => (f.run.status = 'running')),
      /^run\.status: expected one of complete, cancelled, stopped/,
    ],
    [
      'another split',
      (r: BenchmarkRun) => mutate(r, (f) => (f.run.settings.split = 'train')),
      /^run\.settings\.split: expected "test"/,
    ],
    [
      'a bad date',
      (r: BenchmarkRun) => mutate(r, (f) => (f.run.startedAt = 'yesterday')),
      /^run\.startedAt: expected a date/,
    ],
  ])('refuses %s, saying where', async (_name, make, message) => {
    const run = await sampleRun();
    const text = make(run);
    expect(() => parseExport(text)).toThrow(BenchImportError);
    expect(() => parseExport(text)).toThrow(message);
  });
});
