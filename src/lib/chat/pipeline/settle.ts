// Step 5: the answer's final form, whatever happened: complete, cut at the length limit,
// stopped, or failed with the reason. Pure.
import type { GenerationResult } from '../../engine/engine';
import { errorText } from '../../engine/errors';
import type { ChatMessage } from '../types';
import { isCancelled } from './stop';

/** An answer not begun yet: shown at once under the question, as "working". */
export function emptyAnswer(id: string, createdAt: number): ChatMessage {
  return { id, role: 'assistant', content: '', createdAt };
}

export function finishedAnswer(answer: ChatMessage, result: GenerationResult): ChatMessage {
  return {
    ...answer,
    content: result.text,
    ...(result.stats ? { stats: result.stats } : {}),
    ...(result.finishReason === 'abort' ? { interrupted: true } : {}),
    ...(result.finishReason === 'length' ? { truncated: true } : {}),
  };
}

/** A stop keeps what was written, marked interrupted; anything else is an error to show. */
export function failedAnswer(answer: ChatMessage, error: unknown): ChatMessage {
  return isCancelled(error)
    ? { ...answer, interrupted: true }
    : { ...answer, error: error instanceof Error ? error.message : errorText(error) };
}
