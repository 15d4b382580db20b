// Thinking models (Qwen3, Qwen3.5) may write their reasoning in <think>…</think> before the
// answer. Bedside asks them not to (extra_body.enable_thinking = false), but a template that
// opens a <think> block, or a model that ignores the switch, still produces one: this removes it
// from what a person sees and from what is saved. Pure text functions, usable on a stream (each
// call sees the text so far) and on a finished answer.
import type { Engine, GenerateOptions, GenerationResult } from '../engine/engine';

export const THINK_OPEN = '<think>';
export const THINK_CLOSE = '</think>';

export interface VisibleText {
  /** The answer without reasoning, as a person should see it. */
  text: string;
  /** A reasoning block is still open at the end: the model is thinking (or never stopped). */
  inThought: boolean;
  /** Some reasoning was removed. */
  removed: boolean;
}

/** The longest end of `text` that could be the start of a tag still arriving in the stream. */
function partialTagLength(text: string): number {
  for (let n = Math.min(text.length, THINK_CLOSE.length - 1); n > 0; n -= 1) {
    const tail = text.slice(-n);
    if (THINK_OPEN.startsWith(tail) || THINK_CLOSE.startsWith(tail)) return n;
  }
  return 0;
}

/**
 * Splits raw model text into what a person should see. Removes every <think>…</think> block;
 * a `</think>` with no opening tag before it means the template opened the block, so everything
 * up to it was reasoning; an unclosed `<think>` hides the rest. While streaming (`final` false)
 * a tag cut by a chunk boundary ("<thi") is held back until the next chunk says what it is.
 */
export function splitThinking(raw: string, final = true): VisibleText {
  let text = raw;
  let removed = false;
  let inThought = false;
  for (;;) {
    const open = text.indexOf(THINK_OPEN);
    const close = text.indexOf(THINK_CLOSE);
    if (close >= 0 && (open < 0 || close < open)) {
      text = text.slice(close + THINK_CLOSE.length);
    } else if (open >= 0) {
      const end = text.indexOf(THINK_CLOSE, open + THINK_OPEN.length);
      if (end < 0) {
        text = text.slice(0, open);
        inThought = true;
        removed = true;
        break;
      }
      text = text.slice(0, open) + text.slice(end + THINK_CLOSE.length);
    } else {
      break;
    }
    removed = true;
  }
  if (!final && !inThought) text = text.slice(0, text.length - partialTagLength(text));
  return { text: removed ? text.trimStart() : text, inThought, removed };
}

/** A finished answer without its reasoning. */
export function stripThinking(raw: string): string {
  return splitThinking(raw, true).text;
}

/** Follows a streamed answer: push each piece, read what a person should see so far. */
export class ThinkStream {
  #raw = '';

  get raw(): string {
    return this.#raw;
  }

  push(delta: string): VisibleText {
    this.#raw += delta;
    return splitThinking(this.#raw, false);
  }

  finish(): VisibleText {
    return splitThinking(this.#raw, true);
  }
}

/** Earlier assistant turns without reasoning, as Qwen3's own chat template sends them back. */
export function stripThinkingFromHistory<M extends { role: string; content: string }>(
  messages: readonly M[],
): M[] {
  return messages.map((m) =>
    m.role === 'assistant' && m.content.includes('think>')
      ? { ...m, content: stripThinking(m.content) }
      : m,
  );
}

/**
 * The same engine, but every answer (streamed pieces and the result) comes without reasoning.
 * `onToken` receives the visible text; its delta is what was added to it, or the whole visible
 * text when a late `</think>` took back what had been shown.
 */
export function withoutThinking(engine: Engine): Engine {
  return {
    get loadedModelId() {
      return engine.loadedModelId;
    },
    load: (model, options) => engine.load(model, options),
    interrupt: () => engine.interrupt(),
    unload: () => engine.unload(),
    async generate(messages, options: GenerateOptions = {}): Promise<GenerationResult> {
      const stream = new ThinkStream();
      let shown = '';
      const result = await engine.generate(messages, {
        ...options,
        onToken: (delta) => {
          const { text } = stream.push(delta);
          if (text === shown) return;
          const added = text.startsWith(shown) ? text.slice(shown.length) : text;
          shown = text;
          options.onToken?.(added, text);
        },
      });
      return { ...result, text: stripThinking(result.text) };
    },
  };
}
