// The models Bedside offers: the curated list in static-data/models.json (each entry wraps a
// WebLLM 0.2.86 prebuilt record), the fine-tuned slot when its URLs were configured at build
// time, and the custom models a user added. Pure data and functions; no WebLLM code is loaded
// here (the WebLLM imports are types only).
import type { AppConfig, ModelIntegrity, ModelRecord } from '@mlc-ai/web-llm';
import registryJson from '../../../static-data/models.json';

/** f16 models need the WebGPU `shader-f16` feature; f32 models run on every WebGPU device. */
export type Precision = 'f16' | 'f32';
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
}

export const FINETUNED_ID = 'bedside-finetuned';
export const TEST_ENGINE_ID = 'bedside-test-engine';
/** Context window used when a custom model's config asks for more: the KV cache grows with it. */
export const MAX_CUSTOM_CONTEXT = 4096;
export const DOWNLOAD_SIZE_METHOD: string = registryJson.downloadSizeMethod;

interface CuratedJson {
  id: string;
  family: string;
  name: string;
  parameters: number;
  quantization: string;
  weightFormat: string;
  contextWindow: number;
  downloadMB: number;
  goodFor: string;
  webllm: Omit<ModelRecord, 'model_id'>;
}

function fail(where: string, what: string): never {
  throw new Error(`static-data/models.json: ${where}: ${what}`);
}

function isPrecision(value: unknown): value is Precision {
  return value === 'f16' || value === 'f32';
}

/** Checks one curated entry and turns it into a ModelEntry. Throws with a clear message. */
export function curatedEntry(raw: CuratedJson): ModelEntry {
  const where = raw?.id ? `model "${raw.id}"` : 'a model without an id';
  if (typeof raw.id !== 'string' || !raw.id) fail(where, 'missing id');
  if (!isPrecision(raw.quantization)) fail(where, 'quantization must be "f16" or "f32"');
  if (precisionOf(raw.id) !== raw.quantization) {
    fail(where, `quantization "${raw.quantization}" does not match the id`);
  }
  for (const key of ['parameters', 'contextWindow', 'downloadMB'] as const) {
    if (!(typeof raw[key] === 'number' && raw[key] > 0)) fail(where, `${key} must be positive`);
  }
  const web = raw.webllm;
  if (!web || !isHttpUrl(web.model) || !isHttpUrl(web.model_lib)) {
    fail(where, 'webllm.model and webllm.model_lib must be http(s) URLs');
  }
  return {
    id: raw.id,
    source: 'curated',
    name: raw.name,
    family: raw.family,
    parameters: raw.parameters,
    precision: raw.quantization,
    weightFormat: raw.weightFormat,
    contextWindow: raw.contextWindow,
    downloadBytes: raw.downloadMB * 1_000_000,
    vramMB: web.vram_required_MB ?? null,
    lowResource: web.low_resource_required ?? null,
    goodFor: raw.goodFor,
    // Not every f16 prebuilt declares shader-f16 (only SmolLM2's does in 0.2.86): declare it
    // for all, so that WebLLM stops with ShaderF16SupportError instead of a shader failure.
    record: { ...web, model_id: raw.id, ...withF16Feature(raw.quantization, web) },
  };
}

function withF16Feature(precision: Precision | null, record: Partial<ModelRecord>) {
  if (precision !== 'f16') return {};
  const features = new Set([...(record.required_features ?? []), 'shader-f16']);
  return { required_features: [...features] };
}

export const CURATED_MODELS: readonly ModelEntry[] = (registryJson.models as CuratedJson[]).map(
  curatedEntry,
);

/** The curated entry with this id, if any. */
export function curatedById(id: string): ModelEntry | undefined {
  return CURATED_MODELS.find((m) => m.id === id);
}

// ---- Names and URLs -------------------------------------------------------------------------

/** f16 or f32 from an MLC name such as "…-q4f16_1-MLC" or "q0f32"; null when it says neither. */
export function precisionOf(name: string): Precision | null {
  const match = /(?:^|[^a-z0-9])q\d+f(16|32)(?:_\d+)?(?:[^a-z0-9]|$)/i.exec(name);
  return match ? (`f${match[1]}` as Precision) : null;
}

/** The MLC weight format in a name, e.g. "q4f16_1"; null when absent. */
export function weightFormatOf(name: string): string | null {
  return /q\d+f(?:16|32)(?:_\d+)?/i.exec(name)?.[0].toLowerCase() ?? null;
}

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The folder WebLLM really reads a model from. Mirrors WebLLM 0.2.86 `cleanModelUrl`: adds a
 * trailing slash, then `resolve/main/` unless the URL already has `/resolve/<branch>/`.
 */
export function resolveModelBaseUrl(modelUrl: string): string {
  let url = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}

/** The URL of a model's mlc-chat-config.json, as WebLLM will request it. */
export function chatConfigUrl(modelUrl: string): string {
  return new URL('mlc-chat-config.json', resolveModelBaseUrl(modelUrl)).href;
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
  const named = curatedById(slot.basedOn);
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
        overrides: { context_window_size: base.contextWindow },
        ...withF16Feature(precision, {}),
        ...(slot.integrity ? { integrity: slot.integrity } : {}),
      },
    },
  };
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
