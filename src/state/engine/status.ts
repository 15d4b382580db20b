// What the engine is doing, as one value: each state carries exactly the facts that belong
// to it, so "loading with no model", "progress while ready" or "an error with nothing to
// say" cannot be written. EngineRuntime moves between them only through the functions here.
import type { EngineFailure } from '../../lib/engine/errors';
import type { LoadProgress } from '../../lib/engine/progress';

/** A cancelled download: information to show, not a failure. */
export type CancelledNotice = EngineFailure & { kind: 'cancelled' };

export type EngineStatus =
  /** Nothing loaded. `cancelled`: the last download was stopped by the user. */
  | { readonly kind: 'idle'; readonly cancelled?: CancelledNotice }
  | { readonly kind: 'loading'; readonly modelId: string; readonly progress: LoadProgress }
  | { readonly kind: 'ready'; readonly modelId: string }
  | { readonly kind: 'generating'; readonly modelId: string }
  /**
   * The last load or reply failed. `modelId`: the model it is about (for its action button),
   * null when none is known. `loadedModelId`: the model still loaded in spite of it (a
   * conversation too long for it, or another model refused before loading), else null.
   */
  | {
      readonly kind: 'error';
      readonly failure: EngineFailure;
      readonly modelId: string | null;
      readonly loadedModelId: string | null;
    };

export const IDLE: EngineStatus = { kind: 'idle' };

/** The model in GPU memory that can answer now (or is answering). */
export function loadedModelIdOf(status: EngineStatus): string | null {
  switch (status.kind) {
    case 'ready':
    case 'generating':
      return status.modelId;
    case 'error':
      return status.loadedModelId;
    default:
      return null;
  }
}

function isCancelled(failure: EngineFailure): failure is CancelledNotice {
  return failure.kind === 'cancelled';
}

/** After a failure: a cancelled download is a notice on idle; the rest is an error. */
export function failed(
  failure: EngineFailure,
  modelId: string | null,
  loadedModelId: string | null,
): EngineStatus {
  if (isCancelled(failure)) return { kind: 'idle', cancelled: failure };
  return { kind: 'error', failure, modelId, loadedModelId };
}

/** The failure or notice to show, if any. */
export function failureOf(status: EngineStatus): EngineFailure | null {
  if (status.kind === 'error') return status.failure;
  if (status.kind === 'idle') return status.cancelled ?? null;
  return null;
}

/** The model a shown failure is about. */
export function failureModelIdOf(status: EngineStatus): string | null {
  return status.kind === 'error' ? status.modelId : null;
}

/** The same state without its failure or notice. */
export function dismissed(status: EngineStatus): EngineStatus {
  if (status.kind === 'error') {
    return status.loadedModelId ? { kind: 'ready', modelId: status.loadedModelId } : IDLE;
  }
  if (status.kind === 'idle') return IDLE;
  return status;
}

/** After the model was unloaded: nothing loaded, a failure still shown. */
export function unloaded(status: EngineStatus): EngineStatus {
  if (status.kind === 'error') return { ...status, loadedModelId: null };
  if (status.kind === 'idle') return status;
  return IDLE;
}
