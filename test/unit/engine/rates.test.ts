import { formatRate } from '@/lib/format';
import { describe, expect, it } from 'vitest';
import type { GenerationStats } from '@/lib/engine/engine';
import {
  answerTokensFor,
  estimateTtftS,
  PREFILL_PROBE,
  prefillSpeedFor,
  prefillSpeedFrom,
  promptTokensWithin,
  updateSpeeds,
} from '@/lib/engine/rates';
import { estimateTokens } from '@/lib/chat/prompt';

const stats = (overrides: Partial<GenerationStats> = {}): GenerationStats => ({
  promptTokens: 100,
  completionTokens: 20,
  timeToFirstTokenS: 2,
  prefillTokensPerS: 50,
  decodeTokensPerS: 10,
  totalS: 4,
  ...overrides,
});

describe('formatRate', () => {
  it('shows two significant digits under 1 tok/s, where rounding would show 0', () => {
    expect(formatRate(0.7)).toBe('0.70 tok/s');
    expect(formatRate(0.082)).toBe('0.082 tok/s');
    expect(formatRate(0.0766)).toBe('0.077 tok/s');
    expect(formatRate(0.999)).toBe('1.0 tok/s');
    expect(formatRate(0.0004)).toBe('< 0.001 tok/s');
  });

  it('one decimal under 10, whole numbers above, a dash when not measured', () => {
    expect(formatRate(3.44)).toBe('3.4 tok/s');
    expect(formatRate(12.4)).toBe('12 tok/s');
    expect(formatRate(153.6)).toBe('154 tok/s');
    expect(formatRate(0)).toBe('0 tok/s');
    for (const none of [NaN, -1, Infinity, null, undefined]) expect(formatRate(none)).toBe('—');
    expect(formatRate(0.5, 'tokens/s')).toBe('0.50 tokens/s');
  });
});

describe('time to first token and answer length from the measured speeds', () => {
  it('converts between prompt size, prefill speed and seconds', () => {
    expect(estimateTtftS(747, 0.7)).toBeCloseTo(1067, 0); // the 21-minute wait from issue 12
    expect(promptTokensWithin(10, 0.7)).toBe(7);
    expect(promptTokensWithin(10, 2000)).toBe(20000);
    expect(promptTokensWithin(10, 0)).toBe(0);
    expect(estimateTtftS(10, 0)).toBe(Infinity);
  });

  it('answer tokens: what the device writes in about two minutes, between 48 and the cap', () => {
    expect(answerTokensFor(0.08)).toBe(48);
    expect(answerTokensFor(1)).toBe(120);
    expect(answerTokensFor(3)).toBe(360);
    expect(answerTokensFor(40)).toBe(512);
    expect(answerTokensFor(40, { max: 128 })).toBe(128);
    expect(answerTokensFor(1, { budgetS: 60 })).toBe(60);
    expect(answerTokensFor(null)).toBe(512);
    expect(answerTokensFor(NaN, { max: 256 })).toBe(256);
  });
});

describe('measuring the device', () => {
  it('reads the prefill speed from stats, or from prompt tokens over the time to first token', () => {
    expect(prefillSpeedFrom(stats())).toBe(50);
    expect(prefillSpeedFrom(stats({ prefillTokensPerS: NaN }))).toBe(50);
    expect(prefillSpeedFrom(stats({ prefillTokensPerS: NaN, timeToFirstTokenS: NaN }))).toBeNull();
    expect(prefillSpeedFrom(null)).toBeNull();
  });

  it('smooths speeds per model and starts over when the model changes', () => {
    const first = updateSpeeds(null, 'm', stats());
    expect(first).toEqual({
      modelId: 'm',
      prefillTokensPerS: 50,
      decodeTokensPerS: 10,
      samples: 1,
    });
    const second = updateSpeeds(first, 'm', stats({ prefillTokensPerS: 70, decodeTokensPerS: 20 }));
    expect(second).toMatchObject({ prefillTokensPerS: 60, decodeTokensPerS: 15, samples: 2 });
    expect(updateSpeeds(second, 'm', null)).toBe(second);
    expect(updateSpeeds(second, 'other', stats({ prefillTokensPerS: 5 }))).toMatchObject({
      modelId: 'other',
      prefillTokensPerS: 5,
      samples: 1,
    });
  });

  it('assumes a software renderer’s speed until one is measured, and nothing on a GPU', () => {
    expect(prefillSpeedFor(null, true)).toBe(0.7);
    expect(prefillSpeedFor(null, false)).toBeNull();
    expect(prefillSpeedFor({ prefillTokensPerS: 3 }, true)).toBe(3);
  });

  it('offers a probe short enough for a software renderer', () => {
    const tokens = PREFILL_PROBE.reduce((n, m) => n + estimateTokens(m.content) + 6, 0);
    expect(tokens).toBeLessThan(80);
    expect(PREFILL_PROBE.at(-1)?.role).toBe('user');
  });
});
