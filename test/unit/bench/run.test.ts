import { describe, expect, it } from 'vitest';
import { rougeL } from '@/lib/bench/metrics';
import {
  benchMessages,
  EngineGoneError,
  runBenchmark,
  type BenchGenerate,
  type RunOptions,
} from '@/lib/bench/run';
import type { BenchProgress } from '@/lib/bench/types';
import { SYSTEM_PROMPT } from '@/lib/chat/prompt';
import type { ModelMessage, GenerationResult } from '@/lib/engine/engine';
import { describeFailure, EngineError } from '@/lib/engine/errors';
import {
  DEVICE_LOST_HOOK,
  TEST_ENGINE_ENTRY,
  TestEngine,
  testReply,
} from '@/lib/engine/test-engine';
import { dialogue, FIVE } from './helpers';

const model = { id: TEST_ENGINE_ENTRY.id, name: TEST_ENGINE_ENTRY.name, source: 'test' };

async function testEngine(tokenDelayMs = 1) {
  const engine = new TestEngine({ tokenDelayMs, loadStepMs: 1 });
  await engine.load(TEST_ENGINE_ENTRY);
  const generate: BenchGenerate = (messages, options) => engine.generate(messages, options);
  return { engine, generate };
}

function options(generate: BenchGenerate, extra: Partial<RunOptions> = {}): RunOptions {
  return {
    dialogues: FIVE,
    n: 5,
    segments: [],
    generate,
    model,
    maxTokens: 256,
    contextWindow: 4096,
    datasetVersion: 'v-test',
    ...extra,
  };
}

const lastUser = (messages: ModelMessage[]) =>
  [...messages].reverse().find((m) => m.role === 'user')!.content;

/** A fake engine that answers from a table, keyed by the question; `{ throws }` fails. */
function scripted(replies: Record<string, string | { throws: unknown }>): BenchGenerate {
  return async (messages) => {
    const reply = replies[lastUser(messages)] ?? 'Rest and fluids.';
    if (typeof reply !== 'string') throw reply.throws;
    return {
      text: reply,
      finishReason: 'stop',
      stats: {
        promptTokens: 100,
        completionTokens: 10,
        timeToFirstTokenS: 0.5,
        prefillTokensPerS: 200,
        decodeTokensPerS: 20,
        totalS: 1,
      },
    } satisfies GenerationResult;
  };
}

describe('runBenchmark with the deterministic test engine', () => {
  it('answers every dialogue and scores each reply against the doctor’s', async () => {
    const { generate } = await testEngine();
    const run = await runBenchmark(options(generate));
    expect(run.status).toBe('complete');
    expect(run.items).toHaveLength(5);
    for (const item of run.items) {
      const d = FIVE.find((x) => x.id === item.id)!;
      expect(item.prompt).toBe(d.turns[0]!.text);
      expect(item.reference).toBe(d.turns[1]!.text);
      expect(item.reply).toBe(testReply([{ role: 'user', content: item.prompt }]));
      expect(item.rougeL).toEqual(rougeL(item.reply, item.reference));
      expect(item.stats?.completionTokens).toBeGreaterThan(0);
      expect(item.error).toBeUndefined();
    }
    // By hand: the reply's 18 words share "knee pain" with the 4-word reference.
    const knee = run.items.find((i) => i.id === 'v1-1')!;
    expect(knee.rougeL.precision).toBeCloseTo(2 / 18, 10);
    expect(knee.rougeL.recall).toBeCloseTo(2 / 4, 10);
    expect(knee.rougeL.f1).toBeCloseTo(2 / 11, 10);
    expect(run.summary.scored).toBe(5);
    expect(run.summary.rougeL.f1.mean).toBeCloseTo(
      run.items.reduce((s, i) => s + i.rougeL.f1, 0) / 5,
      10,
    );
    expect(run.summary.timing.runs).toBe(5);
    expect(run.settings).toMatchObject({
      n: 5,
      maxTokens: 256,
      temperature: 0,
      split: 'test',
      eligible: 5,
      retrieval: false,
      datasetVersion: 'v-test',
    });
  });

  it('sends Chat’s prompt: the system prompt and the question, at temperature 0', async () => {
    const seen: { messages: ModelMessage[]; temperature: number; maxTokens: number }[] = [];
    const generate: BenchGenerate = async (messages, o) => {
      seen.push({ messages, temperature: o.temperature, maxTokens: o.maxTokens });
      return scripted({})(messages, o);
    };
    await runBenchmark(options(generate, { n: 1, maxTokens: 64 }));
    expect(seen).toHaveLength(1);
    const [call] = seen;
    expect(call!.temperature).toBe(0);
    expect(call!.maxTokens).toBe(64);
    expect(call!.messages[0]).toEqual({ role: 'system', content: SYSTEM_PROMPT });
    expect(call!.messages).toHaveLength(2);
  });

  it('adds the triage safety note to the prompt of a red-flag question, as Chat does', () => {
    const c = {
      id: 'v1-1',
      dataset: 'v1',
      segment: 'covid-scrape-2020',
      prompt: 'crushing chest pain spreading to my left arm and I am sweating',
      reference: 'go to the er',
    };
    const { messages } = benchMessages(c, { contextWindow: 4096, maxTokens: 256 });
    expect(messages[0]!.content).toContain('possible emergency signs');
    expect(messages.at(-1)).toEqual({ role: 'user', content: c.prompt });
  });

  it('records triage agreement per item and in the summary', async () => {
    const emergency = 'I have crushing chest pain spreading to my left arm and I am sweating';
    const dialogues = [
      dialogue('v1-1', [
        ['patient', emergency],
        ['doctor', 'Call 911 now.'],
      ]),
      dialogue('v1-2', [
        ['patient', `${emergency}!`],
        ['doctor', 'It is probably nothing.'],
      ]),
      dialogue('v1-3', [
        ['patient', 'is loss of smell a sign of covid?'],
        ['doctor', 'yes'],
      ]),
    ];
    const generate = scripted({
      [emergency]: 'Call 911 now, this may be a heart attack.',
      [`${emergency}!`]: 'See your doctor next week.',
    });
    const run = await runBenchmark(options(generate, { dialogues }));
    const byId = Object.fromEntries(run.items.map((i) => [i.id, i]));
    expect(byId['v1-1']!.triage).toMatchObject({
      expected: 'emergency',
      got: 'emergency',
      agree: true,
    });
    expect(byId['v1-2']!.triage).toMatchObject({
      expected: 'emergency',
      got: 'urgent',
      agree: false,
    });
    expect(byId['v1-3']!.triage).toMatchObject({ expected: 'routine', agree: true });
    expect(byId['v1-1']!.referenceAdvice).toBe('emergency');
    expect(byId['v1-2']!.referenceAdvice).toBe('routine');
    const a = run.summary.agreement;
    expect(a).toMatchObject({ agreed: 2, total: 3, exact: 2 });
    expect(a.rate).toBeCloseTo(2 / 3, 10);
    expect(a.byLevel.emergency).toEqual({ n: 2, agreed: 1 });
    expect(a.reference.agreed).toBe(2);
  });

  it('cancel interrupts the reply in progress and keeps the finished items', async () => {
    const { generate } = await testEngine(10);
    const results: GenerationResult[] = [];
    const recording: BenchGenerate = async (messages, o) => {
      const result = await generate(messages, o);
      results.push(result);
      return result;
    };
    const controller = new AbortController();
    const progress: BenchProgress[] = [];
    const run = await runBenchmark(
      options(recording, {
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p);
          // Cancel while the third dialogue is being answered.
          if (p.done === 2 && p.current) setTimeout(() => controller.abort(), 50);
        },
      }),
    );
    expect(run.status).toBe('cancelled');
    expect(run.items).toHaveLength(2);
    expect(run.items.every((i) => !i.error && i.reply.endsWith('language model.'))).toBe(true);
    expect(run.summary.scored).toBe(2);
    // The third reply was interrupted part-way, not waited for, and no fourth was asked.
    expect(results).toHaveLength(3);
    expect(results[2]!.finishReason).toBe('abort');
    expect(results[2]!.text.length).toBeGreaterThan(0);
    expect(results[2]!.text).not.toContain('language model.');
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 5, current: null });
    expect(progress.at(-1)!.run.status).toBe('cancelled');
  });

  it('a cancel before the run starts asks nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const run = await runBenchmark(
      options(async (m, o) => (calls++, scripted({})(m, o)), { signal: controller.signal }),
    );
    expect(run).toMatchObject({ status: 'cancelled', items: [] });
    expect(calls).toBe(0);
  });

  it('a failing item is recorded and the run goes on', async () => {
    const generate = scripted({
      'i have a dry cough for two days': { throws: new Error('Something odd') },
    });
    const run = await runBenchmark(options(generate));
    expect(run.status).toBe('complete');
    expect(run.items).toHaveLength(5);
    const failed = run.items.find((i) => i.id === 'v1-2')!;
    expect(failed.error).toBe('Error: Something odd');
    expect(failed.reply).toBe('');
    expect(run.summary).toMatchObject({ items: 5, scored: 4, errors: 1 });
    expect(run.summary.rougeL.f1.n).toBe(4);
  });

  it('device lost stops the run with a clear message and keeps what came before', async () => {
    const { generate } = await testEngine();
    const order = (await runBenchmark(options(generate))).items.map((i) => i.id);
    const lost = order[2]!;
    const dialogues = FIVE.map((d) =>
      d.id === lost
        ? dialogue(
            d.id,
            [
              ['patient', `${DEVICE_LOST_HOOK} help`],
              ['doctor', 'x'],
            ],
            { segment: d.segment },
          )
        : d,
    );
    const run = await runBenchmark(options(generate, { dialogues }));
    expect(run.status).toBe('stopped');
    expect(run.items.map((i) => i.id)).toEqual(order.slice(0, 2));
    expect(run.stopReason).toContain(`Stopped at dialogue ${lost} (3 of 5)`);
    expect(run.stopReason).toMatch(/DeviceLostError/);
    expect(run.stopReason).toContain('The 2 results before it are kept.');
  });

  it('stops on EngineState’s device-lost EngineError and on EngineGoneError', async () => {
    const lost = new EngineError(
      describeFailure('DeviceLostError: device lost', {
        phase: 'generate',
        model: { id: 'm', name: 'Model M', downloadBytes: null },
      }),
    );
    const run = await runBenchmark(options(scripted({ 'knee pain': { throws: lost } })));
    expect(run.status).toBe('stopped');
    expect(run.stopReason).toContain('The GPU ran out of memory.');

    const gone = await runBenchmark(
      options(async () => {
        throw new EngineGoneError('The model could not be loaded again.');
      }),
    );
    expect(gone.status).toBe('stopped');
    expect(gone.items).toHaveLength(0);
    expect(gone.stopReason).toContain('The model could not be loaded again.');
  });

  it('a reply interrupted by someone else is a failed item, not a cancel', async () => {
    const generate: BenchGenerate = async () => ({
      text: 'Half',
      finishReason: 'abort',
      stats: null,
    });
    const run = await runBenchmark(options(generate, { n: 2 }));
    expect(run.status).toBe('complete');
    expect(run.items.map((i) => i.error)).toEqual([
      'The reply was interrupted outside the benchmark.',
      'The reply was interrupted outside the benchmark.',
    ]);
  });

  it('reports progress before and after every item', async () => {
    const progress: Pick<BenchProgress, 'done' | 'current'>[] = [];
    await runBenchmark(
      options(scripted({}), {
        n: 2,
        onProgress: (p) => progress.push({ done: p.done, current: p.current }),
      }),
    );
    expect(progress.map((p) => [p.done, p.current !== null])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
  });
});
