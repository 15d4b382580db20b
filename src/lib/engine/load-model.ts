// One model load into an engine, with its progress parsed for people and, for models with
// files to download, a lock across tabs (model-lock.ts): a second tab waits, saying so, then
// loads what the first one stored. Framework-free; EngineRuntime keeps the status.
import type { Engine } from './engine';
import { withModelLock, type LockManagerLike } from './model-lock';
import { preparingProgress, ProgressTracker, type LoadProgress } from './progress';
import type { ModelEntry } from './registry';

export interface LoadModelOptions {
  signal: AbortSignal;
  locks: LockManagerLike | undefined;
  onProgress: (progress: LoadProgress) => void;
}

export async function loadModel(
  engine: Engine,
  entry: ModelEntry,
  { signal, locks, onProgress }: LoadModelOptions,
): Promise<void> {
  const tracker = new ProgressTracker();
  const load = () =>
    engine.load(entry, { signal, onProgress: (report) => onProgress(tracker.update(report)) });
  if (!entry.record) return load();
  await withModelLock(entry.id, load, {
    locks,
    signal,
    onWaiting: () => onProgress(preparingProgress('waiting')),
  });
}
