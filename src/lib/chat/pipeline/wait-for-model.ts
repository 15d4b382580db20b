// Step 3: the model. It starts loading with the question (in parallel with the search), and the
// answer waits for it only once its prompt is ready. Pure.
import type { ChatEngine } from './types';

/**
 * A load shorter than this was no load: a model already in memory answers ensureLoaded()
 * within microseconds, and the shortest real load (the test engine's) takes a quarter second.
 */
export const NO_LOAD_S = 0.1;

export interface ModelLoad {
  /** The loaded model; rejects when the load fails or is cancelled. */
  readonly model: Promise<{ id: string }>;
  /** The model is loaded (false while it downloads, and after a failure). */
  readonly done: boolean;
  /** Seconds the load took once done, null while loading and when the model was loaded already. */
  readonly seconds: number | null;
}

export function startModelLoad(
  engine: Pick<ChatEngine, 'ensureLoaded'>,
  clock: () => number = () => 0,
): ModelLoad {
  const started = clock();
  const model = engine.ensureLoaded();
  let done = false;
  let seconds: number | null = null;
  model.then(
    () => {
      done = true;
      const took = (clock() - started) / 1000;
      seconds = took >= NO_LOAD_S ? took : null;
    },
    () => {}, // the answer reports it when it waits
  );
  return {
    model,
    get done() {
      return done;
    },
    get seconds() {
      return seconds;
    },
  };
}
