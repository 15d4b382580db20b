// What stopping means in each phase of an answer: before the engine starts (retrieval, model
// download), the pipeline checks the signal between steps; during generation the engine
// itself ends with finishReason 'abort'. Framework-free.
import { CancelledError } from '../../engine/engine';
import { EngineError } from '../../engine/errors';

/** Thrown between steps when the reader pressed stop before the engine started. */
export class Stopped extends Error {
  override name = 'Stopped';
}

export function throwIfStopped(signal: AbortSignal): void {
  if (signal.aborted) throw new Stopped();
}

/** A stop, a cancelled model load, or an engine call that was interrupted: not a failure. */
export function isCancelled(error: unknown): boolean {
  return (
    error instanceof Stopped ||
    error instanceof CancelledError ||
    (error instanceof EngineError && error.failure.kind === 'cancelled')
  );
}
