// Stand-ins for the Chat's collaborators: an engine whose timing the test controls, and
// dataset dialogues to retrieve.
import type { Dialogue } from '@/lib/data/normalize';
import type { ChatEngine } from '@/lib/chat/pipeline/types';
import type { PromptMessage } from '@/lib/chat/prompt';
import { CancelledError, type GenerateOptions, type GenerationResult } from '@/lib/engine/engine';
import type { PromptSpeeds } from '@/lib/engine/rates';

export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function dialogue(
  id: string,
  patient: string,
  doctor = 'Thanks for your question.',
): Dialogue {
  return {
    id,
    dataset: id.split('-')[0]!,
    index: 0,
    description: '',
    turns: [
      { role: 'patient', text: patient },
      { role: 'doctor', text: doctor },
    ],
    segment: 'covid-scrape-2020',
    flags: [],
    split: 'train',
    source: { file: 'x.json', row: 0 },
  };
}

export class FakeEngine implements ChatEngine {
  calls: PromptMessage[][] = [];
  /** The options of each generate() call (max_tokens…). */
  options: GenerateOptions[] = [];
  /** The speeds this device is said to run the model at (null: none measured). */
  speeds: PromptSpeeds | null = null;
  loads = 0;
  cancels = 0;
  reply = 'Rest, drink fluids and see a doctor if it gets worse.';
  window = 4096;
  /** Thrown by generate() when set. */
  failWith: unknown = null;
  /** When set, generate() waits for it after the first token. */
  pause: Promise<void> | null = null;
  /** When set, ensureLoaded() waits for it (and cancelLoad() rejects it). */
  loadGate: ReturnType<typeof deferred<void>> | null = null;
  onLoad: (() => void) | null = null;

  async ensureLoaded(): Promise<{ id: string }> {
    this.loads += 1;
    if (this.loadGate) await this.loadGate.promise;
    this.onLoad?.();
    return { id: 'fake-model' };
  }

  cancelLoad(): void {
    this.cancels += 1;
    this.loadGate?.reject(new CancelledError());
  }

  contextWindow(): number {
    return this.window;
  }

  promptSpeeds(): PromptSpeeds {
    return this.speeds ?? { prefillTokensPerS: null, decodeTokensPerS: null };
  }

  async generate(messages: PromptMessage[], options: GenerateOptions): Promise<GenerationResult> {
    this.calls.push(messages);
    this.options.push(options);
    if (this.failWith) throw this.failWith;
    let text = '';
    const words = this.reply.match(/\S+\s*/g) ?? [];
    for (const [i, word] of words.entries()) {
      if (options.signal?.aborted) break;
      text += word;
      options.onToken?.(word, text);
      if (i === 0 && this.pause) await this.pause;
      else await Promise.resolve();
    }
    const aborted = Boolean(options.signal?.aborted);
    return {
      text,
      finishReason: aborted ? 'abort' : 'stop',
      stats: {
        promptTokens: 100,
        completionTokens: words.length,
        timeToFirstTokenS: 0.25,
        prefillTokensPerS: 400,
        decodeTokensPerS: 20,
        totalS: 1,
      },
    };
  }
}
