import type { Capability } from '../../lib/engine/capability';
import {
  assessFit,
  f32Sibling,
  misfit,
  preferredPrecision,
  recommendModel,
  smallerAlternative,
  type ChoicePrefs,
  type Fit,
  type Recommendation,
} from '../../lib/engine/choose';
import type { Checked, CustomModelInput } from '../../lib/engine/custom-models';
import { errorText } from '../../lib/engine/errors';
import type { ModelDb } from '../../lib/engine/model-db';
import {
  contextWindowOf,
  CURATED_MODELS,
  customEntry,
  finetunedEnvFromBuild,
  finetunedSlot,
  type CustomModel,
  type FinetunedSlot,
  type ModelEntry,
  type Precision,
} from '../../lib/engine/registry';
import { TEST_ENGINE_ENTRIES } from '../../lib/engine/test-engine';
import { parseSetting } from '../../lib/schema/settings';
import type { SettingsStore } from '../../lib/settings/store';

/** Test builds only (VITE_TEST_ENGINE=1): a constant, so production builds drop the test engine. */
export const TEST_BUILD = import.meta.env.VITE_TEST_ENGINE === '1';
export const SELECTED_MODEL_KEY = 'engine.selectedModelId';
export const LOW_POWER_KEY = 'engine.lowPower';
export const MAX_DOWNLOAD_KEY = 'engine.maxDownloadBytes';

/**
 * The custom-model checks, loaded with the first model added (the Models view's form), not
 * with every page (npm run bench:bundle). A failed load throws a readable Error.
 */
function customModels() {
  return import('../../lib/engine/custom-models').catch((error: unknown) => {
    throw new Error(
      `The custom model check could not be loaded (${errorText(error)}). Reload the page and try again.`,
    );
  });
}

/** What the person told Bedside about the model they want, as kept in settings. */
export interface ModelPrefs {
  /** "Phone / low power"; null: automatic (on for phones and tablets). */
  lowPower: boolean | null;
  /** The largest download they accept, in bytes; null: no limit. */
  maxDownloadBytes: number | null;
}

/** Another model to offer when one cannot run or ran out of memory. */
export interface Alternatives {
  /** The f32 build of an f16 model, for GPUs without shader-f16. */
  f32: ModelEntry | null;
  /** A smaller model that should fit this device. */
  smaller: ModelEntry | null;
}

export interface ModelCatalogDeps {
  /** The device's WebGPU capability (CapabilityState); `ready` resolves once detected. */
  capability: { readonly capability: Capability | null; readonly ready?: Promise<unknown> };
  db: Pick<ModelDb, 'listCustom' | 'putCustom' | 'deleteCustom'>;
  settings: Pick<SettingsStore, 'get' | 'set' | 'delete'>;
  finetuned?: FinetunedSlot;
  /** Models added after the rest; by default the test engine in test builds, else none. */
  extraModels?: ModelEntry[];
  checkCustom?: (input: CustomModelInput) => Promise<Checked<CustomModel>>;
  /**
   * The model files on this device (ModelStorage): a removed custom model's files are deleted
   * first (false: they could not be, e.g. another tab is downloading them), and an added one's
   * status is looked up.
   */
  files?: { delete(modelId: string): Promise<boolean>; refresh(): Promise<void> };
}

/**
 * Which models exist (curated, fine-tuned, custom, test), which one suits this device, which
 * one Chat uses (the user's choice, kept in settings), and how much each can read at once.
 */
export class ModelCatalog {
  #custom: CustomModel[] = $state.raw([]);
  /** The user's choice for Chat (persisted); null means "the recommended one". */
  #selectedId: string | null = $state(null);
  #prefs: ModelPrefs = $state.raw({ lowPower: null, maxDownloadBytes: null });
  #initialized = false;
  readonly finetuned: FinetunedSlot;
  /** Resolves once the custom models and the saved selection are read. */
  readonly ready: Promise<void>;
  #deps: ModelCatalogDeps;
  #extraModels: ModelEntry[];
  #checkCustom: NonNullable<ModelCatalogDeps['checkCustom']>;

  readonly models: ModelEntry[] = $derived.by(() => [
    ...CURATED_MODELS,
    ...(this.finetuned.status === 'configured' ? [this.finetuned.entry] : []),
    ...this.#custom.map(customEntry),
    ...this.#extraModels,
  ]);

  readonly recommended: Recommendation | null = $derived.by(() => {
    const cap = this.capability;
    return cap ? recommendModel(this.models, cap, this.choicePrefs) : null;
  });

  constructor(deps: ModelCatalogDeps) {
    this.#deps = deps;
    this.#extraModels = deps.extraModels ?? (TEST_BUILD ? [...TEST_ENGINE_ENTRIES] : []);
    this.#checkCustom =
      deps.checkCustom ?? (async (input) => (await customModels()).checkCustomModel(input));
    this.finetuned = deps.finetuned ?? finetunedSlot(finetunedEnvFromBuild());
    this.ready = this.#init();
  }

  async #init(): Promise<void> {
    try {
      const { settings } = this.#deps;
      const [custom, selected, lowPower, maxDownload] = await Promise.all([
        this.#deps.db.listCustom(),
        settings.get<unknown>(SELECTED_MODEL_KEY, null),
        settings.get<unknown>(LOW_POWER_KEY, null),
        settings.get<unknown>(MAX_DOWNLOAD_KEY, null),
      ]);
      this.#custom = custom;
      this.#selectedId = parseSetting(SELECTED_MODEL_KEY, selected, null);
      this.#prefs = {
        lowPower: parseSetting(LOW_POWER_KEY, lowPower, null),
        maxDownloadBytes: parseSetting(MAX_DOWNLOAD_KEY, maxDownload, null),
      };
    } catch {
      // IndexedDB unavailable (e.g. some private modes): start with the curated list only.
    } finally {
      this.#initialized = true;
    }
  }

  /** Whether the saved selection and custom models are read (ready has resolved). */
  get initialized(): boolean {
    return this.#initialized;
  }

  get capability(): Capability | null {
    return this.#deps.capability.capability;
  }

  /** Resolves once the device check is done (or failed). */
  async capabilityKnown(): Promise<void> {
    if (!this.capability) await this.#deps.capability.ready?.catch(() => {});
  }

  get customModels(): readonly CustomModel[] {
    return this.#custom;
  }

  get selectedModelId(): string | null {
    return this.#selectedId;
  }

  /** The model Chat uses: the user's selection, or the recommendation. */
  get selectedModel(): ModelEntry | null {
    return this.model(this.#selectedId) ?? this.recommended?.model ?? null;
  }

  model(id: string | null | undefined): ModelEntry | undefined {
    return id ? this.models.find((m) => m.id === id) : undefined;
  }

  /** Tokens the prompt builder may use for a model (default: the selected one). */
  contextWindow(modelId: string | null = this.selectedModel?.id ?? null): number {
    return contextWindowOf(modelId, this.models);
  }

  get prefs(): ModelPrefs {
    return this.#prefs;
  }

  /** The preferences as the choice reads them ("automatic" low power is left to the device). */
  get choicePrefs(): ChoicePrefs {
    const { lowPower, maxDownloadBytes } = this.#prefs;
    return { ...(lowPower === null ? {} : { lowPower }), maxDownloadBytes };
  }

  /** Changes the preferences (the recommendation follows at once) and keeps them. */
  async setPrefs(patch: Partial<ModelPrefs>): Promise<void> {
    this.#prefs = { ...this.#prefs, ...patch };
    const settings = this.#deps.settings;
    const keep = (key: string, value: unknown) =>
      (value === null ? settings.delete(key) : settings.set(key, value)).catch(() => {});
    if ('lowPower' in patch) await keep(LOW_POWER_KEY, this.#prefs.lowPower);
    if ('maxDownloadBytes' in patch) await keep(MAX_DOWNLOAD_KEY, this.#prefs.maxDownloadBytes);
  }

  /**
   * Why a listed model is not recommended here, in a few words, or null (it fits, the device is
   * being checked, or it is a custom or test model, about which Bedside cannot judge).
   */
  misfit(entry: ModelEntry): string | null {
    const cap = this.capability;
    if (!cap || (entry.source !== 'curated' && entry.source !== 'finetuned')) return null;
    return misfit(entry, cap, this.choicePrefs);
  }

  /** The build this GPU runs best (f16 with shader-f16); null while the device is checked. */
  get preferredPrecision(): Precision | null {
    const cap = this.capability;
    return cap ? preferredPrecision(cap) : null;
  }

  /** Whether a model runs on this device; null while the device is being checked. */
  fit(entry: ModelEntry): Fit | null {
    const cap = this.capability;
    return cap ? assessFit(entry, cap) : null;
  }

  alternatives(entry: ModelEntry): Alternatives {
    return {
      f32: f32Sibling(entry, this.models) ?? null,
      smaller: smallerAlternative(entry.id, this.models, this.capability) ?? null,
    };
  }

  /** Chooses Chat's model (null: the recommendation), kept across visits. */
  async select(modelId: string | null): Promise<void> {
    this.#selectedId = modelId;
    const settings = this.#deps.settings;
    if (modelId) await settings.set(SELECTED_MODEL_KEY, modelId).catch(() => {});
    else await settings.delete(SELECTED_MODEL_KEY).catch(() => {});
  }

  /** Validates, checks reachability, then keeps the model. Errors come back per field. */
  async addCustomModel(input: CustomModelInput): Promise<Checked<CustomModel>> {
    const { validateCustomModelInput } = await customModels();
    const valid = validateCustomModelInput(
      input,
      this.models.map((m) => m.id),
    );
    if (!valid.ok) return valid;
    const checked = await this.#checkCustom(valid.value);
    if (!checked.ok) return checked;
    await this.#deps.db.putCustom(checked.value);
    this.#custom = [...this.#custom, checked.value];
    void this.#deps.files?.refresh();
    return checked;
  }

  /** Removes a custom model and deletes its downloaded files. */
  async removeCustomModel(modelId: string): Promise<void> {
    if (!this.#custom.some((m) => m.id === modelId)) return;
    if (this.#deps.files && !(await this.#deps.files.delete(modelId))) return;
    await this.#deps.db.deleteCustom(modelId);
    this.#custom = this.#custom.filter((m) => m.id !== modelId);
    if (this.#selectedId === modelId) await this.select(null);
  }
}
