import type { Fit } from '../../lib/engine/choose';
import type { ModelEntry } from '../../lib/engine/registry';

// What a row of the model list can ask for; the Models view wires these to the engine states.
export interface ModelActions {
  load(modelId: string): void;
  unload(): void;
  /** Makes it Chat's model. */
  select(modelId: string): void;
  /** Deletes its downloaded files. */
  delete(modelId: string): Promise<void>;
  /** Removes a custom model (and its files). */
  remove(modelId: string): Promise<void>;
}

/** What the list passes through to every row unchanged: how models fit, which is which, what to do. */
export interface ModelRowShared {
  fit: (model: ModelEntry) => Fit | null;
  /** Why a build is not recommended here, or null. */
  misfit: (model: ModelEntry) => string | null;
  recommendedId: string | null;
  /** The model Chat uses. */
  chatModelId: string | null;
  loadedModelId: string | null;
  /** A load is in progress (another row's, for a row). */
  busy: boolean;
  actions: ModelActions;
}
