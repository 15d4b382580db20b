import { describe, expect, it } from 'vitest';
import { CancelledError } from '@/lib/engine/engine';
import { classifyError } from '@/lib/engine/errors';
import { ProgressTracker } from '@/lib/engine/progress';
import { curatedById } from '@/lib/engine/registry';
import {
  DEVICE_LOST_HOOK,
  splitTokens,
  TEST_ENGINE_ENTRIES,
  TEST_ENGINE_ENTRY,
  TEST_THINKING_ENTRY,
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

describe('TestEngine records what WebLLM would be sent, per family template', () => {
  const system = 'You are Bedside.';
  const conversation = [
    { role: 'system' as const, content: system },
    { role: 'user' as const, content: 'I have a cough.' },
    { role: 'assistant' as const, content: '<think>\nhidden\n</think>\n\nHow long for?' },
    { role: 'user' as const, content: 'Two weeks.' },
  ];

  async function sent(id: string) {
    const engine = fast();
    const model = curatedById(id);
    if (!model) throw new Error(`${id} is not listed`);
    await engine.load(model);
    await engine.generate(conversation, { maxTokens: 64 });
    const record = engine.sent.at(-1);
    if (!record?.prompt) throw new Error('nothing recorded');
    return record;
  }

  it('Qwen3: ChatML with <|im_start|>, thinking off, earlier reasoning not sent back', async () => {
    const { request, prompt } = await sent('Qwen3-1.7B-q4f16_1-MLC');
    expect(request.extra_body).toEqual({ enable_thinking: false });
    expect(request.max_tokens).toBe(64);
    expect(request.messages[2]).toEqual({ role: 'assistant', content: 'How long for?' });
    expect(prompt?.text).toBe(
      `<|im_start|>system\n${system}<|im_end|>\n` +
        '<|im_start|>user\nI have a cough.<|im_end|>\n' +
        '<|im_start|>assistant\nHow long for?<|im_end|>\n' +
        '<|im_start|>user\nTwo weeks.<|im_end|>\n' +
        '<|im_start|>assistant\n<think>\n\n</think>\n\n',
    );
  });

  it('Llama 3.2: <|start_header_id|> headers after the <|begin_of_text|> token, no extra_body', async () => {
    const { request, prompt } = await sent('Llama-3.2-3B-Instruct-q4f16_1-MLC');
    expect(request.extra_body).toBeUndefined();
    expect(prompt?.prefixTokenIds).toEqual([128000]);
    expect(prompt?.text).toBe(
      `<|start_header_id|>system<|end_header_id|>\n\n${system}<|eot_id|>` +
        '<|start_header_id|>user<|end_header_id|>\n\nI have a cough.<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\n<think>\nhidden\n</think>\n\nHow long for?<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nTwo weeks.<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\n',
    );
  });

  it('Phi-4 mini: <|system|>, <|user|> and <|assistant|> turns ended by <|end|>', async () => {
    const { prompt } = await sent('Phi-4-mini-instruct-q4f16_1-MLC');
    expect(prompt?.prefixTokenIds).toEqual([200022]);
    expect(prompt?.text.startsWith(`<|system|>\n${system}<|user|>\nI have a cough.<|end|>\n`)).toBe(
      true,
    );
    expect(prompt?.text.endsWith('<|user|>\nTwo weeks.<|end|>\n<|assistant|>\n')).toBe(true);
  });

  it('Gemma: <start_of_turn>user / model, the system text first after <bos>', async () => {
    const { prompt } = await sent('gemma-4-E2B-it-q4f16_1-MLC');
    expect(prompt?.prefixTokenIds).toEqual([2]);
    expect(
      prompt?.text.startsWith(`${system}<start_of_turn>user\nI have a cough.<end_of_turn>\n`),
    ).toBe(true);
    expect(
      prompt?.text.endsWith('<start_of_turn>user\nTwo weeks.<end_of_turn>\n<start_of_turn>model\n'),
    ).toBe(true);
  });

  it('SmolLM2: ChatML, with SmolLM2’s <|im_end|> stop token', async () => {
    const { request, prompt } = await sent('SmolLM2-1.7B-Instruct-q4f16_1-MLC');
    expect(request.extra_body).toBeUndefined();
    expect(prompt?.template).toBe('chatml');
    expect(
      prompt?.text.startsWith(`<|im_start|>system\n${system}<|im_end|>\n<|im_start|>user\n`),
    ).toBe(true);
    expect(
      prompt?.text.endsWith('<|im_start|>user\nTwo weeks.<|im_end|>\n<|im_start|>assistant\n'),
    ).toBe(true);
  });

  it('Qwen3.5: thinking switched off on the template that opens a <think> in the reply header', async () => {
    const { request, prompt } = await sent('Qwen3.5-2B-q4f16_1-MLC');
    expect(request.extra_body).toEqual({ enable_thinking: false });
    expect(prompt?.text.endsWith('<|im_start|>assistant\n<think>\n<think>\n\n</think>\n\n')).toBe(
      true,
    );
  });
});

describe('TestEngine as a thinking model', () => {
  it('streams a <think> block first, in pieces that split the tags, then the reply', async () => {
    const engine = fast();
    await engine.load(TEST_THINKING_ENTRY);
    const pieces: string[] = [];
    const result = await engine.generate([{ role: 'user', content: 'dizzy' }], {
      onToken: (delta) => pieces.push(delta),
    });
    expect(result.text).toMatch(
      /^<think>\nThe person asks about "dizzy"\. Reason first\.\n<\/think>\n\nTest reply/,
    );
    expect(pieces.slice(0, 2)).toEqual(['<th', 'ink>\nThe ']);
    expect(pieces.some((p) => p.endsWith('</thi'))).toBe(true);
    // It asked the real engine to switch thinking off, as the WebLLM adapter does.
    expect(engine.sent.at(-1)?.request.extra_body).toEqual({ enable_thinking: false });
    expect(TEST_ENGINE_ENTRIES.map((e) => e.id)).toEqual([
      'bedside-test-engine',
      'bedside-test-engine-thinking',
    ]);
  });
});
