// The models Bedside offers: the curated list in static-data/models.json (each entry wraps a
// WebLLM 0.2.86 prebuilt record), the fine-tuned slot when its URLs were configured at build
// time, and the custom models a user added. Pure data and functions; no WebLLM code is loaded
// here (the WebLLM imports are types only).
import type { AppConfig, ModelIntegrity, ModelRecord } from '@mlc-ai/web-llm';
import registryJson from '../../../static-data/models.json';
import type { ChatTemplateName } from './chat-template';
import { curatedEntry, withF16Feature, type CuratedJson } from './curated';
import { isHttpUrl, precisionOf, weightFormatOf, type Precision } from './model-names';

export { curatedEntry } from './curated';

export {
  chatConfigUrl,
  isHttpUrl,
  precisionOf,
  resolveModelBaseUrl,
  weightFormatOf,
  type Precision,
} from './model-names';

export type ModelSource = 'curated' | 'finetuned' | 'custom' | 'test';

export interface ModelEntry {
  /** WebLLM's model_id: the key for loading, caching and the user's selection. */
  id: string;
  source: ModelSource;
  name: string;
  /** Groups the f16 and f32 builds of one model, e.g. "Qwen2.5-0.5B-Instruct". */
  family: string;
  parameters: number | null;
  /** Null when unknown (a custom model whose config does not say). */
  precision: Precision | null;
  /** MLC weight format, e.g. "q4f16_1". */
  weightFormat: string | null;
  /** Tokens the engine is configured for; the prompt builder trims to fit. */
  contextWindow: number;
  /** Estimated download in bytes (see models.json `downloadSizeMethod`); null when unknown. */
  downloadBytes: number | null;
  vramMB: number | null;
  lowResource: boolean | null;
  goodFor: string;
  /** The record handed to WebLLM; null only for the test engine, which needs none. */
  record: ModelRecord | null;
  // Optional so that entries built elsewhere (custom models, test fixtures) need not say.
  /** SPDX-style licence name, e.g. "Apache-2.0", "Llama 3.2 Community License". */
  licence?: string;
  /** Rank of answer quality, higher is stronger (README: "The models"); absent when unknown. */
  quality?: number;
  /** The mlc-llm conversation template the weights' mlc-chat-config.json uses. */
  chatTemplate?: ChatTemplateName;
  /** The family reasons in <think> blocks unless the request sets enable_thinking = false. */
  thinking?: boolean;
  /**
   * WebLLM's `max_history_size` override: how many snapshots of the recurrent (RNN) state a
   * hybrid model such as Qwen3.5 keeps for rolling back tokens. It sizes GPU memory; it does not
   * limit the turns of a conversation (see README: "Thinking models").
   */
  maxHistorySize?: number;
  /** WebLLM's `buffer_size_required_bytes`: the largest single GPU buffer the model needs. */
  bufferBytes?: number;
}

export const FINETUNED_ID = 'bedside-finetuned';
export const TEST_ENGINE_ID = 'bedside-test-engine';
/** Context window used when a custom model's config asks for more: the KV cache grows with it. */
export const MAX_CUSTOM_CONTEXT = 4096;
export const DOWNLOAD_SIZE_METHOD: string = registryJson.downloadSizeMethod;

export const CURATED_MODELS: readonly ModelEntry[] = (registryJson.models as CuratedJson[]).map(
  curatedEntry,
);

/** The curated entry with this id, if any. */
export function curatedById(id: string): ModelEntry | undefined {
  return CURATED_MODELS.find((m) => m.id === id);
}

// ---- The fine-tuned slot --------------------------------------------------------------------

export interface FinetunedEnv {
  modelUrl?: string;
  libUrl?: string;
}

export type FinetunedSlot =
  | { status: 'configured'; entry: ModelEntry }
  | { status: 'not-configured' }
  | { status: 'invalid'; problems: string[] };

/**
 * The fine-tuned model, when both URLs were set at build time and are well formed. A half or
 * malformed configuration is reported, never listed: a broken entry is never shown.
 */
export function finetunedSlot(env: FinetunedEnv): FinetunedSlot {
  const modelUrl = env.modelUrl?.trim() ?? '';
  const libUrl = env.libUrl?.trim() ?? '';
  if (!modelUrl && !libUrl) return { status: 'not-configured' };
  const problems: string[] = [];
  if (!isHttpUrl(modelUrl)) problems.push('VITE_FINETUNED_MODEL_URL is not an http(s) URL.');
  if (!isHttpUrl(libUrl)) problems.push('VITE_FINETUNED_MODEL_LIB_URL is not an http(s) URL.');
  else if (!new URL(libUrl).pathname.endsWith('.wasm')) {
    problems.push('VITE_FINETUNED_MODEL_LIB_URL must name a .wasm file.');
  }
  // `integrity` (SRI hashes for config, library and tokenizer) is optional in models.json:
  // when present WebLLM verifies the files and throws IntegrityError on a mismatch.
  const slot: typeof registryJson.finetuned & { integrity?: ModelIntegrity } =
    registryJson.finetuned;
  // A fine-tune runs on the prebuilt library of its base, so the library's file name says which
  // base it is (SmolLM2-360M for phones, Qwen3-1.7B by default); basedOn covers other names.
  const named = baseByLibrary(libUrl) ?? curatedById(slot.basedOn);
  if (!named) problems.push(`models.json: finetuned.basedOn "${slot.basedOn}" is not listed.`);
  if (problems.length > 0 || !named?.record) return { status: 'invalid', problems };
  const precision = precisionOf(libUrl) ?? precisionOf(modelUrl) ?? named.precision;
  // The recipe builds both quantizations: take the figures of the matching prebuilt build.
  const base =
    CURATED_MODELS.find((m) => m.family === named.family && m.precision === precision) ?? named;
  const baseRecord = base.record ?? named.record;
  const sameBuild = precision === base.precision;
  return {
    status: 'configured',
    entry: {
      ...base,
      id: FINETUNED_ID,
      source: 'finetuned',
      name: slot.name,
      family: FINETUNED_ID,
      precision,
      weightFormat: weightFormatOf(libUrl) ?? weightFormatOf(modelUrl) ?? base.weightFormat,
      downloadBytes: sameBuild ? base.downloadBytes : null,
      vramMB: sameBuild ? base.vramMB : null,
      goodFor: slot.goodFor,
      record: {
        model: modelUrl,
        model_id: FINETUNED_ID,
        model_lib: libUrl,
        vram_required_MB: sameBuild ? baseRecord.vram_required_MB : undefined,
        low_resource_required: baseRecord.low_resource_required,
        overrides: { ...baseRecord.overrides, context_window_size: base.contextWindow },
        ...withF16Feature(precision, {}),
        ...(slot.integrity ? { integrity: slot.integrity } : {}),
      },
    },
  };
}

function fileName(url: string): string {
  return isHttpUrl(url) ? (new URL(url).pathname.split('/').pop() ?? '') : '';
}

/** The curated model whose prebuilt model library has the same file name as `libUrl`. */
function baseByLibrary(libUrl: string): ModelEntry | undefined {
  const name = fileName(libUrl);
  return name
    ? CURATED_MODELS.find((m) => fileName(m.record?.model_lib ?? '') === name)
    : undefined;
}

/** Reads the fine-tuned slot's URLs from the build environment. */
export function finetunedEnvFromBuild(): FinetunedEnv {
  return {
    modelUrl: import.meta.env.VITE_FINETUNED_MODEL_URL,
    libUrl: import.meta.env.VITE_FINETUNED_MODEL_LIB_URL,
  };
}

// ---- Custom models --------------------------------------------------------------------------

/** A model the user added through the custom model form, as kept in IndexedDB. */
export interface CustomModel {
  id: string;
  modelUrl: string;
  modelLibUrl: string;
  /** From the model's mlc-chat-config.json, capped at MAX_CUSTOM_CONTEXT. */
  contextWindow: number;
  precision: Precision | null;
  weightFormat: string | null;
  addedAt: number;
}

export function customEntry(model: CustomModel): ModelEntry {
  return {
    id: model.id,
    source: 'custom',
    name: model.id,
    family: model.id,
    parameters: null,
    precision: model.precision,
    weightFormat: model.weightFormat,
    contextWindow: model.contextWindow,
    downloadBytes: null,
    vramMB: null,
    lowResource: null,
    goodFor: `Custom model from ${new URL(model.modelUrl).host}.`,
    record: {
      model: model.modelUrl,
      model_id: model.id,
      model_lib: model.modelLibUrl,
      overrides: { context_window_size: model.contextWindow },
      ...withF16Feature(model.precision, {}),
    },
  };
}

// ---- What the engine and the cache are given ------------------------------------------------

/**
 * The one AppConfig shape used everywhere: the engine, hasModelInCache and
 * deleteModelAllInfoInCache must see the same records and the same cache backend.
 */
export function appConfigFor(entries: readonly ModelEntry[]): AppConfig {
  return {
    model_list: entries.flatMap((e) => (e.record ? [e.record] : [])),
    cacheBackend: 'indexeddb',
  };
}

/** Smallest and largest estimated download among the given models, in bytes. */
export function downloadRange(entries: readonly ModelEntry[]): [number, number] | null {
  const sizes = entries.flatMap((e) => (e.downloadBytes ? [e.downloadBytes] : []));
  if (sizes.length === 0) return null;
  return [Math.min(...sizes), Math.max(...sizes)];
}

/** The context window of a model, for the prompt builder; the smallest curated one if unknown. */
export function contextWindowOf(id: string | null, entries: readonly ModelEntry[]): number {
  const entry = entries.find((e) => e.id === id);
  if (entry) return entry.contextWindow;
  return Math.min(...CURATED_MODELS.map((m) => m.contextWindow));
}
