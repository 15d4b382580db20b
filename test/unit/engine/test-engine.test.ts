import { describe, expect, it } from 'vitest';
import { CancelledError } from '@/lib/engine/engine';
import { classifyError } from '@/lib/engine/errors';
import { ProgressTracker } from '@/lib/engine/progress';
import {
  DEVICE_LOST_HOOK,
  splitTokens,
  TEST_ENGINE_ENTRY,
  TestEngine,
  testReply,
} from '@/lib/engine/test-engine';

const fast = () => new TestEngine({ tokenDelayMs: 1, loadStepMs: 1 });

describe('TestEngine', () => {
  it('replies deterministically from the last user message, streamed word by word', async () => {
    const engine = fast();
    await engine.load(TEST_ENGINE_ENTRY);
    const messages = [
      { role: 'system' as const, content: 'sys' },
      { role: 'user' as const, content: 'first' },
      { role: 'assistant' as const, content: 'ok' },
      { role: 'user' as const, content: '  I have a   cough ' },
    ];
    const pieces: string[] = [];
    const result = await engine.generate(messages, { onToken: (d) => pieces.push(d) });
    expect(result.text).toBe(testReply(messages));
    expect(result.text).toMatch(/^Test reply to "I have a cough"\./);
    expect(pieces.join('')).toBe(result.text);
    expect(pieces.length).toBe(splitTokens(result.text).length);
    expect(result.finishReason).toBe('stop');
    expect(result.stats).toMatchObject({ completionTokens: pieces.length, promptTokens: 7 });
    expect(result.stats?.decodeTokensPerS).toBeGreaterThan(0);
    // Same conversation, same reply.
    expect((await engine.generate(messages)).text).toBe(result.text);
  });

  it('stops on interrupt or on the signal, keeping what was produced', async () => {
    const engine = fast();
    await engine.load(TEST_ENGINE_ENTRY);
    let count = 0;
    const stopped = await engine.generate([{ role: 'user', content: 'hello' }], {
      onToken: () => {
        if (++count === 3) engine.interrupt();
      },
    });
    expect(stopped.finishReason).toBe('abort');
    expect(stopped.text).toBe('Test reply to ');
    const controller = new AbortController();
    controller.abort();
    const none = await engine.generate([{ role: 'user', content: 'x' }], {
      signal: controller.signal,
    });
    expect(none).toMatchObject({ text: '', finishReason: 'abort' });
  });

  it('honours maxTokens with finishReason "length"', async () => {
    const engine = fast();
    await engine.load(TEST_ENGINE_ENTRY);
    const result = await engine.generate([{ role: 'user', content: 'x' }], { maxTokens: 2 });
    expect(result).toMatchObject({ text: 'Test reply ', finishReason: 'length' });
  });

  it('reports load progress in WebLLM’s format and can be cancelled', async () => {
    const tracker = new ProgressTracker();
    const phases: string[] = [];
    const engine = fast();
    await engine.load(TEST_ENGINE_ENTRY, {
      onProgress: (r) => phases.push(tracker.update(r).phase),
    });
    expect(phases).toContain('downloading');
    expect(phases.at(-1)).toBe('done');
    expect(engine.loadedModelId).toBe(TEST_ENGINE_ENTRY.id);

    const controller = new AbortController();
    const loading = fast().load(TEST_ENGINE_ENTRY, { signal: controller.signal });
    controller.abort();
    await expect(loading).rejects.toBeInstanceOf(CancelledError);
  });

  it('fails like a lost GPU on request, and not before it is loaded', async () => {
    const engine = fast();
    await expect(engine.generate([{ role: 'user', content: 'x' }])).rejects.toThrow(/No model/);
    await engine.load(TEST_ENGINE_ENTRY);
    const error = await engine
      .generate([{ role: 'user', content: `please ${DEVICE_LOST_HOOK}` }])
      .catch((x: unknown) => x);
    expect(classifyError(error)).toBe('device-lost');
  });

  it('is clearly labelled and carries no WebLLM record', () => {
    expect(TEST_ENGINE_ENTRY.name).toBe('Test engine (test build only)');
    expect(TEST_ENGINE_ENTRY.record).toBeNull();
  });
});
