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
