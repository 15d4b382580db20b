import { describe, expect, it } from 'vitest';
import {
  splitThinking,
  stripThinking,
  stripThinkingFromHistory,
  ThinkStream,
  withoutThinking,
} from '@/lib/chat/think';
import { TEST_ENGINE_ENTRY, TestEngine } from '@/lib/engine/test-engine';

const REASONING = 'The patient has chest pain; consider a cardiac cause first.';
const ANSWER = 'Please call your local emergency number now. Chest pain can be serious.';

/** Streams `raw` cut at the given positions; returns every visible text and the final one. */
function streamAt(raw: string, cuts: number[]) {
  const stream = new ThinkStream();
  const seen: string[] = [];
  let from = 0;
  for (const cut of [...cuts, raw.length]) {
    seen.push(stream.push(raw.slice(from, cut)).text);
    from = cut;
  }
  return { seen, final: stream.finish() };
}

describe('stripThinking on a finished answer', () => {
  it('removes a leading <think> block and the blank lines after it', () => {
    expect(stripThinking(`<think>\n${REASONING}\n</think>\n\n${ANSWER}`)).toBe(ANSWER);
    // The empty block WebLLM prepends when thinking is off.
    expect(stripThinking(`<think>\n\n</think>\n\n${ANSWER}`)).toBe(ANSWER);
  });

  it('removes everything before a dangling </think>: the template opened the block', () => {
    expect(stripThinking(`${REASONING}\n</think>\n\n${ANSWER}`)).toBe(ANSWER);
  });

  it('hides an unclosed <think> at the start, and says the model never stopped thinking', () => {
    expect(splitThinking(`<think>\n${REASONING}`)).toEqual({
      text: '',
      inThought: true,
      removed: true,
    });
  });

  it('removes several blocks, and leaves text without tags exactly as it was', () => {
    expect(stripThinking(`<think>a</think>One. <think>b</think>Two.`)).toBe('One. Two.');
    expect(stripThinking('  Indented answer with a < sign.')).toBe(
      '  Indented answer with a < sign.',
    );
    expect(splitThinking(ANSWER)).toEqual({ text: ANSWER, inThought: false, removed: false });
  });
});

describe('ThinkStream: chunk boundaries that split the tags', () => {
  const raw = `<think>\n${REASONING}\n</think>\n\n${ANSWER}`;

  it('never shows a tag or the reasoning, wherever the stream is cut (every single cut)', () => {
    for (let cut = 1; cut < raw.length; cut += 1) {
      const { seen, final } = streamAt(raw, [cut]);
      for (const text of seen) {
        expect(text, `cut at ${cut}`).not.toMatch(/<|think|cardiac/);
        expect(ANSWER.startsWith(text), `cut at ${cut}: ${text}`).toBe(true);
      }
      expect(final.text).toBe(ANSWER);
    }
  });

  it('handles tags cut into three pieces, and one character at a time', () => {
    const open = raw.indexOf('<think>');
    const close = raw.indexOf('</think>');
    for (const cuts of [
      [open + 2, open + 5, close + 1],
      [open + 1, close + 2, close + 7],
      [close + 3, close + 4, close + 8],
    ]) {
      const { seen, final } = streamAt(raw, cuts);
      expect(seen.every((t) => !t.includes('<') && ANSWER.startsWith(t))).toBe(true);
      expect(final.text).toBe(ANSWER);
    }
    const oneByOne = streamAt(
      raw,
      Array.from({ length: raw.length - 1 }, (_, i) => i + 1),
    );
    expect(oneByOne.seen.every((t) => ANSWER.startsWith(t))).toBe(true);
    expect(oneByOne.seen.at(-1)).toBe(ANSWER);
  });

  it('reports that the model is thinking while the block is open', () => {
    const stream = new ThinkStream();
    expect(stream.push('<think>\nLet me').inThought).toBe(true);
    expect(stream.push(' see</th').inThought).toBe(true);
    const after = stream.push('ink>\n\nRest.');
    expect(after).toMatchObject({ text: 'Rest.', inThought: false, removed: true });
  });

  it('takes back shown text when a dangling </think> arrives, and holds "</th" meanwhile', () => {
    const stream = new ThinkStream();
    expect(stream.push('Reasoning first').text).toBe('Reasoning first');
    expect(stream.push(' then </th').text).toBe('Reasoning first then ');
    expect(stream.push('ink>\nThe answer.').text).toBe('The answer.');
  });

  it('lets a "<" that starts no tag through once the next piece shows it', () => {
    const stream = new ThinkStream();
    expect(stream.push('Take 1 <').text).toBe('Take 1 ');
    expect(stream.push(' 2 tablets').text).toBe('Take 1 < 2 tablets');
    expect(stream.finish().text).toBe('Take 1 < 2 tablets');
  });
});

describe('history and the engine seam', () => {
  it('strips reasoning from earlier assistant turns only', () => {
    const history = [
      { role: 'user', content: 'I <think> this is odd' },
      { role: 'assistant', content: `<think>${REASONING}</think>\n${ANSWER}` },
    ];
    expect(stripThinkingFromHistory(history)).toEqual([
      history[0],
      { role: 'assistant', content: ANSWER },
    ]);
  });

  it('wraps an engine: streamed pieces and the result come without the <think> block', async () => {
    const engine = withoutThinking(new TestEngine({ tokenDelayMs: 0, loadStepMs: 0 }));
    await engine.load({ ...TEST_ENGINE_ENTRY, thinking: true });
    const shown: string[] = [];
    const result = await engine.generate([{ role: 'user', content: 'I have a headache' }], {
      onToken: (_delta, text) => shown.push(text),
    });
    expect(result.text).toMatch(/^Test reply to "I have a headache"/);
    expect(result.text).not.toMatch(/think/);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.every((t) => !/<|think>/.test(t))).toBe(true);
    expect(shown.at(-1)).toBe(result.text);
  });
});
