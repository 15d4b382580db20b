// Step 4: the engine streams the answer; a long answer is saved as it grows, so that a reload
// keeps most of it. Pure.
import type { GenerationResult } from '../../engine/engine';
import type { ChatMessage } from '../types';
import type { AnswerPrompt } from './build-prompt';
import type { ChatEngine } from './types';

export interface StreamOptions {
  signal: AbortSignal;
  /** The whole text so far, after each token. */
  onText(text: string): void;
  /** The engine call has started (the question's save waits for it, not to delay the model). */
  onStarted(): void;
}

export function streamAnswer(
  engine: Pick<ChatEngine, 'generate'>,
  prompt: AnswerPrompt,
  options: StreamOptions,
): Promise<GenerationResult> {
  const generating = engine.generate(prompt.messages, {
    signal: options.signal,
    maxTokens: prompt.maxTokens,
    onToken: (_delta, text) => options.onText(text),
  });
  options.onStarted();
  return generating;
}

/**
 * Saves an answer while it streams, at most once every `everyMs`, marked interrupted: a reload
 * in the middle shows it as what it is. Returns whether this call saved.
 */
export function checkpoints(
  everyMs: number,
  clock: () => number,
  save: (partial: ChatMessage) => void,
): (answer: ChatMessage) => boolean {
  let savedAt = clock();
  return (answer) => {
    if (clock() - savedAt < everyMs) return false;
    savedAt = clock();
    save({ ...answer, interrupted: true });
    return true;
  };
}
