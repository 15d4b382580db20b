// The answer pipeline on a real device's terms: the speeds measured here size the prompt and
// the answer, what was cut is said under the answer, small windows still answer, a message
// that cannot fit blames the right thing, and the wait for the model is part of the answer.
import { describe, expect, it } from 'vitest';
import { dialogueCase } from '@/lib/chat/cases';
import { runAnswer, type AnswerSink } from '@/lib/chat/pipeline/answer';
import { TTFT_BUDGET_S } from '@/lib/chat/pipeline/build-prompt';
import { sendProblem } from '@/lib/chat/pipeline/question';
import { estimateTokens, SHORT_SYSTEM_PROMPT, SYSTEM_PROMPT } from '@/lib/chat/prompt';
import type { ChatMessage } from '@/lib/chat/types';
import { deferred, dialogue, FakeEngine } from './fakes';

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
const CASES = [0, 1, 2].map((i) =>
  dialogueCase(dialogue(`v1-${i}`, `${words(80, `cough${i}`)}`, `${words(80, `rest${i}`)}`)),
);

let nextId = 0;
const message = (role: ChatMessage['role'], content: string): ChatMessage => ({
  id: `m${++nextId}`,
  role,
  content,
  createdAt: 1,
});

const sink = (): AnswerSink => ({
  started() {},
  changed() {},
  phase() {},
  settled() {},
  save: async () => {},
});

function answer(engine: FakeEngine, messages: ChatMessage[], clock = () => 0) {
  return runAnswer(
    {
      engine,
      retrieve: async () => CASES,
      clock,
      now: () => 5,
      newId: () => `a${++nextId}`,
      saveEveryMs: 60_000,
    },
    {
      messages,
      signal: new AbortController().signal,
      timing: { kind: 'send', start: 0, triageMs: 0 },
    },
    sink(),
  );
}

/** The tokens the prompt builder counts for what the engine was sent. */
const sentTokens = (engine: FakeEngine) =>
  engine.calls[0]!.reduce((n, m) => n + estimateTokens(m.content) + 6, 0);

const conversation = () => [
  message('user', `My first question ${words(100, 'fever')}`),
  message('assistant', `A first answer ${words(100, 'fluids')}`),
  message('user', 'Is a cough that lasts three weeks serious?'),
];

describe('the Chat sizes its prompt to this device', () => {
  it('with nothing measured, only the window limits the prompt: every case, every turn', async () => {
    const engine = new FakeEngine();
    const answered = await answer(engine, conversation());
    expect(engine.calls[0]).toHaveLength(4);
    expect(engine.calls[0]![0]!.content).toContain('Case 3');
    expect(engine.options[0]!.maxTokens).toBe(512);
    expect(answered.trimNote).toBeUndefined();
  });

  it('on a slow GPU the prompt starts within 10 s: cases shortened or left out first, and the answer says so', async () => {
    const engine = new FakeEngine();
    engine.speeds = { prefillTokensPerS: 120, decodeTokensPerS: 2 };
    const answered = await answer(engine, conversation());
    expect(sentTokens(engine) / 120).toBeLessThanOrEqual(TTFT_BUDGET_S);
    // The conversation outranks the reference cases.
    expect(engine.calls[0]).toHaveLength(4);
    expect(engine.calls[0]![0]!.content.startsWith(SYSTEM_PROMPT)).toBe(true);
    expect(answered.trimNote).toMatch(
      /^To start answering within about 10 s on this device, .*reference cases? (was|were) (shortened|left out)/,
    );
    // max_tokens follows the decode speed: what 2 tok/s writes in two minutes.
    expect(engine.options[0]!.maxTokens).toBe(240);
    expect(answered.content).toBe(engine.reply);
  });

  it('on a software renderer (0.7 tok/s) everything but the rules and the question goes, and the note says how long it may still take', async () => {
    const engine = new FakeEngine();
    engine.speeds = { prefillTokensPerS: 0.7, decodeTokensPerS: 0.08 };
    const answered = await answer(engine, conversation());
    const [system, ...rest] = engine.calls[0]!;
    expect(system!.content).toBe(SHORT_SYSTEM_PROMPT);
    expect(rest.map((m) => m.content)).toEqual(['Is a cough that lasts three weeks serious?']);
    expect(answered.cases).toEqual([]);
    expect(answered.droppedTurns).toBe(2);
    expect(answered.trimNote).toMatch(
      /^This device reads prompts slowly: .* and the answer may still take about \d+ s to start\.$/,
    );
    expect(engine.options[0]!.maxTokens).toBe(48);
  });

  it('the speeds of the model that really loaded are the ones used', async () => {
    const engine = new FakeEngine();
    // Unknown before the load (say, the saved speeds were still being read), slow after it.
    let loaded = false;
    engine.onLoad = () => (loaded = true);
    engine.promptSpeeds = () =>
      loaded
        ? { prefillTokensPerS: 0.7, decodeTokensPerS: 0.08 }
        : { prefillTokensPerS: null, decodeTokensPerS: null };
    const answered = await answer(engine, conversation());
    expect(engine.calls[0]![0]!.content).toBe(SHORT_SYSTEM_PROMPT);
    expect(answered.trimNote).toMatch(/reads prompts slowly/);
  });
});

describe('small context windows', () => {
  it('a 512-token window answers a short question, with the short safety instructions', async () => {
    const engine = new FakeEngine();
    engine.window = 512;
    const text = 'I have had a sore throat for two days, should I worry?';
    expect(sendProblem(text, { busy: false, contextWindow: 512 })).toBeNull();
    const answered = await answer(engine, [message('user', text)]);
    expect(answered.error).toBeUndefined();
    expect(answered.content).toBe(engine.reply);
    expect(engine.calls[0]![0]!.content).toBe(SHORT_SYSTEM_PROMPT);
    expect(engine.calls[0]!.at(-1)!.content).toBe(text);
    expect(sentTokens(engine) + engine.options[0]!.maxTokens!).toBeLessThanOrEqual(512);
  });

  it('a message too long for the window is blamed on the message; a window too small for any, on the model', () => {
    expect(sendProblem(words(300, 'pain'), { busy: false, contextWindow: 512 })).toMatch(
      /^Your message is too long for this model: about \d+ tokens, and it can read about \d+/,
    );
    expect(sendProblem('a sore throat', { busy: false, contextWindow: 200 })).toMatch(
      /^This model's context window \(200 tokens\) is too small for Bedside's safety instructions/,
    );
  });
});

describe('the wait a person saw', () => {
  it('the answer records the model load it waited for and the time to its first word', async () => {
    const engine = new FakeEngine();
    engine.loadGate = deferred();
    let now = 1000;
    const running = answer(engine, [message('user', 'a rash on my arm')], () => now);
    await Promise.resolve();
    now += 72_000; // a minute and 12 seconds of download
    engine.loadGate.resolve();
    const answered = await running;
    expect(answered.modelLoadS).toBeCloseTo(72, 6);
    expect(answered.firstWordS).toBeCloseTo(73, 6); // sent at 0 on the clock of the timing
  });

  it('a model already loaded records no load', async () => {
    const answered = await answer(new FakeEngine(), [message('user', 'a rash on my arm')]);
    expect(answered.modelLoadS).toBeUndefined();
    expect(answered.firstWordS).toBe(0);
  });
});
