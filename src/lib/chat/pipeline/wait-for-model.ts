// Step 3: the model. It starts loading with the question (in parallel with the search), and the
// answer waits for it only once its prompt is ready. Pure.
import type { ChatEngine } from './types';

export interface ModelLoad {
  /** The loaded model; rejects when the load fails or is cancelled. */
  readonly model: Promise<{ id: string }>;
  /** The model is loaded (false while it downloads, and after a failure). */
  readonly done: boolean;
}

export function startModelLoad(engine: Pick<ChatEngine, 'ensureLoaded'>): ModelLoad {
  const model = engine.ensureLoaded();
  let done = false;
  model.then(
    () => (done = true),
    () => {}, // the answer reports it when it waits
  );
  return {
    model,
    get done() {
      return done;
    },
  };
}
