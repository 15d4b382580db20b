// The speeds this device measured, per model: folded in after every answer, kept across visits,
// and what the next prompt is sized with (a software renderer's known slow speeds until then).
// Also: whatever engine answers, the runtime hands on no reasoning.
import { describe, expect, it } from 'vitest';
import type { GenerationStats } from '@/lib/engine/engine';
import { SOFTWARE_DECODE_TOKENS_PER_S, SOFTWARE_PREFILL_TOKENS_PER_S } from '@/lib/engine/rates';
import { SpeedBook, SPEEDS_KEY } from '@/lib/engine/speed-book';
import { TEST_ENGINE_ENTRY, TEST_THINKING_ENTRY, TestEngine } from '@/lib/engine/test-engine';
import { createEngineState } from '@/state/engine';
import { fakeModelDb, fakeSettings, setup, SMOL32 } from './engine-fakes';
import { laptop4GB, swiftshader } from '../../fixtures/capability';

const stats = (prefill: number, decode: number): GenerationStats => ({
  promptTokens: 400,
  completionTokens: 50,
  timeToFirstTokenS: 400 / prefill,
  prefillTokensPerS: prefill,
  decodeTokensPerS: decode,
  totalS: 400 / prefill + 50 / decode,
});

const smol = () => setup().catalog.model(SMOL32)!;

describe('SpeedBook', () => {
  it('folds each answer in, keeps the speeds in settings, and a new visit starts with them', async () => {
    const map = new Map<string, unknown>();
    const book = new SpeedBook(fakeSettings(map));
    await book.ready;
    expect(book.of(SMOL32)).toBeNull();
    book.record(SMOL32, stats(100, 10));
    book.record(SMOL32, stats(300, 20));
    expect(book.of(SMOL32)).toMatchObject({ prefillTokensPerS: 200, decodeTokensPerS: 15 });
    await Promise.resolve();
    const next = new SpeedBook(fakeSettings(map));
    await next.ready;
    expect(next.of(SMOL32)).toEqual(book.of(SMOL32));
    expect(next.forPrompt(smol(), laptop4GB)).toEqual({
      prefillTokensPerS: 200,
      decodeTokensPerS: 15,
    });
  });

  it('stats without speeds change nothing; a damaged stored value reads as nothing measured', async () => {
    const map = new Map<string, unknown>([[SPEEDS_KEY, { [SMOL32]: { modelId: SMOL32 } }]]);
    const book = new SpeedBook(fakeSettings(map));
    await book.ready;
    expect(book.of(SMOL32)).toBeNull();
    expect(book.record(SMOL32, null)).toBeNull();
    expect(
      book.record(SMOL32, {
        ...stats(1, 1),
        prefillTokensPerS: NaN,
        decodeTokensPerS: 0,
        timeToFirstTokenS: NaN,
      }),
    ).toBeNull();
    expect(map.get(SPEEDS_KEY)).toEqual({ [SMOL32]: { modelId: SMOL32 } });
  });

  it('before any measurement: a software renderer assumes its slow speeds, a GPU assumes nothing, the test engine is never slowed', async () => {
    const book = new SpeedBook(fakeSettings());
    await book.ready;
    expect(book.forPrompt(smol(), swiftshader)).toEqual({
      prefillTokensPerS: SOFTWARE_PREFILL_TOKENS_PER_S,
      decodeTokensPerS: SOFTWARE_DECODE_TOKENS_PER_S,
    });
    expect(book.forPrompt(smol(), laptop4GB)).toEqual({
      prefillTokensPerS: null,
      decodeTokensPerS: null,
    });
    expect(book.forPrompt(TEST_ENGINE_ENTRY, swiftshader)).toEqual({
      prefillTokensPerS: null,
      decodeTokensPerS: null,
    });
    book.record(SMOL32, stats(3, 0.5));
    expect(book.forPrompt(smol(), swiftshader)).toEqual({
      prefillTokensPerS: 3,
      decodeTokensPerS: 0.5,
    });
  });
});

describe('EngineRuntime and the speeds', () => {
  it('every answer updates the speeds of its model, and the next visit sizes prompts with them', async () => {
    const { runtime, catalog, settingsMap } = setup();
    await catalog.ready;
    expect(runtime.promptSpeeds()).toEqual({
      prefillTokensPerS: SOFTWARE_PREFILL_TOKENS_PER_S,
      decodeTokensPerS: SOFTWARE_DECODE_TOKENS_PER_S,
    });
    await runtime.ensureLoaded();
    await runtime.generate([{ role: 'user', content: 'hi' }]);
    // The fake engine reports 25 tok/s prefill, 4 tok/s decode.
    expect(runtime.promptSpeeds(SMOL32)).toEqual({ prefillTokensPerS: 25, decodeTokensPerS: 4 });
    await Promise.resolve();
    const again = setup({ settings: settingsMap });
    await again.runtime.ensureLoaded();
    expect(again.runtime.promptSpeeds()).toEqual({ prefillTokensPerS: 25, decodeTokensPerS: 4 });
  });
});

describe('EngineRuntime hands on no reasoning', () => {
  it('a thinking model that ignores the switch: nothing of its <think> block is streamed or returned', async () => {
    const engine = new TestEngine({ tokenDelayMs: 0, loadStepMs: 0 });
    const { runtime, catalog } = createEngineState({
      capability: { capability: swiftshader },
      createEngine: () => engine,
      db: fakeModelDb().db,
      settings: fakeSettings(),
      finetuned: { status: 'not-configured' },
      extraModels: [TEST_THINKING_ENTRY],
    });
    await catalog.ready;
    await runtime.ensureLoaded(TEST_THINKING_ENTRY.id);
    const streamed: string[] = [];
    const result = await runtime.generate([{ role: 'user', content: 'my knee hurts' }], {
      onToken: (_delta, text) => streamed.push(text),
    });
    expect(result.text).toMatch(/^Test reply to "my knee hurts"/);
    expect(streamed.length).toBeGreaterThan(3);
    for (const text of [...streamed, result.text]) {
      expect(text).not.toContain('think');
      expect(text).not.toContain('Reason first');
      expect(text).not.toContain('<');
    }
    // The engine really produced the block, and was asked not to.
    expect(engine.sent[0]!.request.extra_body?.enable_thinking).toBe(false);
  });
});
