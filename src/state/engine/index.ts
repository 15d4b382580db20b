// The language model, as three states with one job each, wired together here:
//   ModelCatalog: which models exist, which suits this device, which one Chat uses;
//   ModelStorage: their files on this device and the browser's storage budget;
//   EngineRuntime: the model in GPU memory (load, generate, stop, unload, failures).
// The catalog knows neither of the others; storage asks the runtime to let go of a model
// before deleting its files, and the catalog asks storage to delete a removed model's files.
import type { Checked, CustomModelInput } from '../../lib/engine/custom-models';
import type { Engine } from '../../lib/engine/engine';
import type { ModelCache } from '../../lib/engine/cache';
import { ModelDb } from '../../lib/engine/model-db';
import { browserLocks, type LockManagerLike } from '../../lib/engine/model-lock';
import type { CustomModel, FinetunedSlot, ModelEntry } from '../../lib/engine/registry';
import type { StorageEstimate } from '../../lib/platform/storage';
import { SpeedBook } from '../../lib/engine/speed-book';
import { SettingsStore } from '../../lib/settings/store';
import { defineContext } from '../context';
import { ModelCatalog, type ModelCatalogDeps } from './catalog.svelte';
import { EngineRuntime } from './runtime.svelte';
import { ModelStorage } from './storage.svelte';

export {
  LOW_POWER_KEY,
  MAX_DOWNLOAD_KEY,
  ModelCatalog,
  SELECTED_MODEL_KEY,
  type Alternatives,
  type ModelPrefs,
} from './catalog.svelte';
export { EngineRuntime } from './runtime.svelte';
export { ModelStorage, type ModelCacheStatus } from './storage.svelte';
export type { CancelledNotice, EngineStatus } from './status';

export interface EngineState {
  catalog: ModelCatalog;
  storage: ModelStorage;
  runtime: EngineRuntime;
}

/** Everything from outside; all but `capability` have browser defaults (tests replace them). */
export interface EngineStateDeps {
  capability: ModelCatalogDeps['capability'];
  createEngine?: (entry: ModelEntry) => Engine;
  cache?: Pick<ModelCache, 'status' | 'delete'>;
  db?: Pick<
    ModelDb,
    'listCustom' | 'putCustom' | 'deleteCustom' | 'downloads' | 'setDownload' | 'clearDownload'
  >;
  settings?: Pick<SettingsStore, 'get' | 'set' | 'delete'>;
  estimate?: { read(): Promise<StorageEstimate | null>; persist(): Promise<boolean> };
  finetuned?: FinetunedSlot;
  /** Models added after the rest; by default the test engine in test builds, else none. */
  extraModels?: ModelEntry[];
  checkCustom?: (input: CustomModelInput) => Promise<Checked<CustomModel>>;
  /** Cross-tab locks; navigator.locks by default. `undefined` given: no cross-tab locking. */
  locks?: LockManagerLike | undefined;
}

export function createEngineState(deps: EngineStateDeps): EngineState {
  const db = deps.db ?? new ModelDb();
  const locks = 'locks' in deps ? deps.locks : browserLocks();
  const settings = deps.settings ?? new SettingsStore();
  // The hooks below call objects made a few lines later; they run only after this returns.
  const catalog = new ModelCatalog({
    capability: deps.capability,
    db,
    settings,
    finetuned: deps.finetuned,
    extraModels: deps.extraModels,
    checkCustom: deps.checkCustom,
    files: {
      delete: (modelId) => storage.deleteModel(modelId),
      refresh: () => storage.refreshCache(),
    },
  });
  const storage: ModelStorage = new ModelStorage({
    catalog,
    db,
    locks,
    release: (modelId) => runtime.release(modelId),
    cache: deps.cache,
    estimate: deps.estimate,
  });
  const runtime: EngineRuntime = new EngineRuntime({
    catalog,
    storage,
    locks,
    createEngine: deps.createEngine,
    speeds: new SpeedBook(settings),
  });
  return { catalog, storage, runtime };
}

export const catalogContext = defineContext<ModelCatalog>('ModelCatalog');
export const storageContext = defineContext<ModelStorage>('ModelStorage');
export const runtimeContext = defineContext<EngineRuntime>('EngineRuntime');

/** Provides the three to this component and its children (during component setup). */
export function provideEngineState(state: EngineState): EngineState {
  catalogContext.provide(state.catalog);
  storageContext.provide(state.storage);
  runtimeContext.provide(state.runtime);
  return state;
}
