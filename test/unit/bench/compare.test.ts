import { describe, expect, it } from 'vitest';
import { compareRuns } from '@/lib/bench/compare';
import { runBenchmark, type BenchGenerate } from '@/lib/bench/run';
import type { BenchmarkRun } from '@/lib/bench/types';
import { dialogue, FIVE } from './helpers';

function fixed(text: (question: string) => string, decode: number): BenchGenerate {
  return async (messages) => ({
    text: text(messages.at(-1)!.content),
    finishReason: 'stop',
    stats: {
      promptTokens: 50,
      completionTokens: 10,
      timeToFirstTokenS: 1000 / decode / 1000,
      prefillTokensPerS: decode * 10,
      decodeTokensPerS: decode,
      totalS: 1,
    },
  });
}

async function run(
  generate: BenchGenerate,
  extra: { n?: number; device?: string; source?: string; maxTokens?: number } = {},
): Promise<BenchmarkRun> {
  return runBenchmark({
    dialogues: FIVE,
    n: extra.n ?? 5,
    segments: [],
    generate,
    model: { id: 'm', name: 'Model', source: extra.source ?? 'curated' },
    maxTokens: extra.maxTokens ?? 256,
    contextWindow: 4096,
    datasetVersion: 'v',
    device: extra.device ?? 'gpu',
  });
}

describe('compareRuns', () => {
  it('pairs the dialogues both runs answered and gives B − A for each figure', async () => {
    // A answers with unrelated words, B repeats the doctor's reply: B's ROUGE-L is 1.
    const a = await run(fixed(() => 'zzz', 10));
    const b = await run(fixed((q) => FIVE.find((d) => d.turns[0]!.text === q)!.turns[1]!.text, 20));
    const c = compareRuns(a, b);
    expect(c.pairs).toHaveLength(5);
    expect(c.notes).toEqual([]);
    const m = Object.fromEntries(c.metrics.map((x) => [x.key, x]));
    expect(m.f1Mean).toMatchObject({ a: 0, b: 1, delta: 1, higherIsBetter: true });
    expect(m.decode).toMatchObject({ a: 10, b: 20, delta: 10 });
    expect(m.ttft).toMatchObject({ a: 100, b: 50, delta: -50, higherIsBetter: false });
    expect(c.pairs.every((p) => p.deltaF1 === 1)).toBe(true);
  });

  it('uses only shared dialogues, and says what differs between the runs', async () => {
    const a = await run(
      fixed(() => 'rest', 10),
      { n: 5, maxTokens: 128 },
    );
    const b = await run(
      fixed(() => 'rest', 10),
      { n: 3, device: 'other gpu', source: 'test' },
    );
    const c = compareRuns(a, b);
    expect(c.pairs).toHaveLength(3);
    expect(c.onlyA).toBe(2);
    expect(c.notes[0]).toBe(
      'Figures are over the 3 dialogues both runs answered (2 only in A, 0 only in B).',
    );
    expect(c.notes.join(' ')).toContain('Max tokens differ (128 and 256)');
    expect(c.notes.join(' ')).toContain('different GPUs (gpu and other gpu)');
    expect(c.notes.join(' ')).toContain('Run B used the test engine');
  });

  it('says when there is nothing to compare', async () => {
    const other = [
      dialogue('v1-99', [
        ['patient', 'q'],
        ['doctor', 'a'],
      ]),
    ];
    const a = await run(fixed(() => 'x', 1));
    const b = await runBenchmark({
      dialogues: other,
      n: 1,
      segments: [],
      generate: fixed(() => 'x', 1),
      model: { id: 'm', name: 'M', source: 'curated' },
      maxTokens: 256,
      contextWindow: 4096,
      datasetVersion: 'v',
      device: 'gpu',
    });
    const c = compareRuns(a, b);
    expect(c.pairs).toEqual([]);
    expect(c.notes[0]).toContain('share no answered dialogue');
    expect(c.metrics.every((x) => Number.isNaN(x.delta))).toBe(true);
  });
});
