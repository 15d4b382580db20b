// The prompt fits the device: a measured prefill speed and a time-to-first-token budget shape
// what the model is sent, and small context windows still answer a short question.
import { describe, expect, it } from 'vitest';
import { answerBudget, devicePromptOptions, fitProblem } from '@/lib/chat/draft';
import {
  buildPrompt,
  estimateTokens,
  PromptTooLongError,
  SHORT_SYSTEM_PROMPT,
  SYSTEM_PROMPT,
  type HistoryTurn,
  type PromptCase,
} from '@/lib/chat/prompt';
import type { Triage } from '@/lib/safety/triage';

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
const cases: PromptCase[] = Array.from({ length: 3 }, (_, i) => ({
  dialogueId: `v1-${i}`,
  dataset: 'v1',
  segment: 'covid-scrape-2020',
  text: `Patient: ${words(90, `cough${i}`)}\nDoctor: ${words(90, `rest${i}`)}`,
}));
const history: HistoryTurn[] = [
  { role: 'user', content: `First question ${words(60, 'fever')}` },
  { role: 'assistant', content: `First answer ${words(60, 'fluids')}` },
  { role: 'user', content: `Second question ${words(60, 'rash')}` },
  { role: 'assistant', content: `Second answer ${words(60, 'cream')}` },
  { role: 'user', content: 'Is it serious if the cough lasts three weeks?' },
];
const emergency: Triage = {
  level: 'emergency',
  flags: [{ id: 'chest', label: 'Chest pain with sweating', advice: 'Call now' }],
};
const SPEEDS = [0.5, 1, 2, 5, 10, 20, 35, 50, 75, 100, 150, 200, 500, 1000, 2000];
const tokensOf = (content: string) => estimateTokens(content) + 6;

function build(speed: number | null, extra: Partial<Parameters<typeof buildPrompt>[1]> = {}) {
  return buildPrompt(history, {
    contextWindow: 4096,
    maxAnswerTokens: 512,
    cases,
    triage: emergency,
    prefillTokensPerS: speed,
    ...extra,
  });
}

describe('buildPrompt keeps the estimated time to first token within the budget', () => {
  it.each(SPEEDS)('at %s tok/s', (speed) => {
    const built = build(speed);
    const limit = Math.floor(speed * 10);
    // The irreducible prompt: the short instructions with the red-flag note, and the question.
    const minimum =
      tokensOf(SHORT_SYSTEM_PROMPT + built.messages[0]!.content.slice(SHORT_SYSTEM_PROMPT.length)) +
      tokensOf(history.at(-1)!.content);
    if (built.overTimeBudget) {
      expect(minimum).toBeGreaterThan(limit);
      expect(built.messages).toHaveLength(2);
      expect(built.shortSystemPrompt).toBe(true);
      expect(built.trim?.note).toMatch(/reads prompts slowly.*may still take about \d+ s to start/);
    } else {
      expect(built.estimatedTokens).toBeLessThanOrEqual(limit);
      expect(built.estimatedTtftS).toBeLessThanOrEqual(10);
    }
    expect(built.estimatedTtftS).toBeCloseTo(built.estimatedTokens / speed, 6);
    expect(built.estimatedTokens).toBeLessThanOrEqual(built.budget);
    // Always: the question, and the safety rules with the emergency note.
    expect(built.messages.at(-1)?.content).toBe(history.at(-1)!.content);
    expect(built.messages[0]!.content).toMatch(/do not diagnose/);
    expect(built.messages[0]!.content).toMatch(/emergency/i);
    expect(built.messages[0]!.content).toMatch(/Chest pain with sweating/);
  });

  it('gives more to faster devices, and nothing is cut for time at 2,000 tok/s', () => {
    const runs = SPEEDS.map((s) => build(s));
    for (let i = 1; i < runs.length; i += 1) {
      expect(runs[i]!.estimatedTokens).toBeGreaterThanOrEqual(runs[i - 1]!.estimatedTokens);
      expect(runs[i]!.caseIds.length).toBeGreaterThanOrEqual(runs[i - 1]!.caseIds.length);
      // The full instructions come back as soon as they fit, before the old turns do.
      if (!runs[i]!.shortSystemPrompt)
        expect(runs.slice(i).every((r) => !r.shortSystemPrompt)).toBe(true);
    }
    expect({ ...build(2000), estimatedTtftS: null }).toEqual(build(null));
    expect(build(2000).trim).toBeNull();
    expect(build(2000).caseIds).toHaveLength(3);
  });

  it('shortens the cases first, then drops them, and only then drops old turns', () => {
    const runs = SPEEDS.map((s) => ({ speed: s, built: build(s) }));
    const shrunkOnly = runs.find(
      ({ built }) => built.casesShrunk > 0 && built.casesDropped === 0 && built.droppedTurns === 0,
    );
    expect(shrunkOnly, 'a speed where shortening the cases was enough').toBeDefined();
    expect(shrunkOnly!.built.trim).toEqual({
      reason: 'time',
      note: `To start answering within about 10 s on this device, ${shrunkOnly!.built.casesShrunk} reference cases were shortened.`,
    });
    for (const { built } of runs) {
      // History is cut only once every case is gone.
      if (built.droppedTurns > 0) expect(built.caseIds).toHaveLength(0);
      // A case is left out only after the cases were shortened as far as they go.
      if (built.casesDropped > 0 && built.caseIds.length > 0) {
        expect(built.casesShrunk).toBe(built.caseIds.length);
      }
    }
    const turnsCut = runs.find(
      ({ built }) => built.droppedTurns > 0 && !built.shortSystemPrompt && !built.overTimeBudget,
    );
    expect(turnsCut?.built.trim?.note).toMatch(
      /3 reference cases were left out and \d earlier messages? (was|were) left out of the model's memory\./,
    );
  });

  it('falls back to the short safety instructions when the full ones alone exceed the budget', () => {
    const built = buildPrompt([{ role: 'user', content: 'Headache since yesterday?' }], {
      contextWindow: 4096,
      maxAnswerTokens: 512,
      prefillTokensPerS: 20, // 200 tokens in 10 s: the full prompt is about 400
    });
    expect(built.shortSystemPrompt).toBe(true);
    expect(built.messages[0]!.content).toBe(SHORT_SYSTEM_PROMPT);
    expect(built.overTimeBudget).toBe(false);
    expect(built.trim?.note).toMatch(/the shorter safety instructions were used/);
    // Without a measured speed the full instructions are used.
    expect(
      buildPrompt([{ role: 'user', content: 'Headache?' }], {
        contextWindow: 4096,
        maxAnswerTokens: 512,
      }).messages[0]!.content,
    ).toBe(SYSTEM_PROMPT);
  });

  it('honours another budget', () => {
    const built = build(50, { ttftBudgetS: 30 });
    expect(built.estimatedTtftS).toBeLessThanOrEqual(30);
    expect(built.estimatedTokens).toBeGreaterThan(build(50).estimatedTokens);
  });

  it('says when the window, not the time, cut the prompt', () => {
    const built = buildPrompt(history, { contextWindow: 1024, maxAnswerTokens: 256, cases });
    expect(built.trim?.reason).toBe('window');
    expect(built.trim?.note).toMatch(/^This model's memory is full: /);
  });
});

describe('small context windows', () => {
  it('a 512-token window gets the short system prompt, with its safety rules, and answers a short question', () => {
    const built = buildPrompt(
      [{ role: 'user', content: 'I have had a sore throat for two days. Should I worry?' }],
      {
        contextWindow: 512,
        maxAnswerTokens: answerBudget(512),
      },
    );
    expect(built.shortSystemPrompt).toBe(true);
    expect(built.messages[0]!.content).toMatch(/^You are Bedside/);
    expect(built.messages[0]!.content).toMatch(/do not diagnose/);
    expect(built.messages[0]!.content).toMatch(/emergency.*call the local emergency number now/);
    expect(built.estimatedTokens).toBeLessThanOrEqual(built.budget);
    expect(fitProblem('I have had a sore throat for two days. Should I worry?', 512)).toBeNull();
    // With a red flag too.
    expect(() =>
      buildPrompt([{ role: 'user', content: 'crushing chest pain and sweating' }], {
        contextWindow: 512,
        maxAnswerTokens: answerBudget(512),
        triage: emergency,
      }),
    ).not.toThrow();
  });

  it('blames the message when it is the message that does not fit', () => {
    const problem = fitProblem(words(400, 'pain'), 512);
    expect(problem).toMatch(
      /^Your message is too long for this model: about \d+ tokens, and it can read about \d+ besides/,
    );
  });

  it('blames the model’s window when even a short message could not fit', () => {
    expect(fitProblem('hi', 200)).toMatch(
      /^This model's context window \(200 tokens\) is too small for Bedside's safety instructions/,
    );
    try {
      buildPrompt([{ role: 'user', content: 'hi' }], { contextWindow: 200, maxAnswerTokens: 64 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PromptTooLongError);
      expect((error as PromptTooLongError).blame).toBe('window');
    }
  });
});

describe('the answer budget follows the device', () => {
  it('keeps a share of the window, and no more than the device writes in about two minutes', () => {
    expect(answerBudget(4096)).toBe(512);
    expect(answerBudget(4096, 20)).toBe(512);
    expect(answerBudget(4096, 2)).toBe(240);
    expect(answerBudget(4096, 0.08)).toBe(48);
    expect(answerBudget(512, 5)).toBe(128);
  });

  it('gives buildPrompt the window, the answer share and the prefill speed in one call', () => {
    expect(devicePromptOptions(4096, { prefillTokensPerS: 0.7, decodeTokensPerS: 0.08 })).toEqual({
      contextWindow: 4096,
      maxAnswerTokens: 48,
      prefillTokensPerS: 0.7,
    });
    expect(devicePromptOptions(2048, null, 20)).toEqual({
      contextWindow: 2048,
      maxAnswerTokens: 512,
      prefillTokensPerS: null,
      ttftBudgetS: 20,
    });
  });
});
