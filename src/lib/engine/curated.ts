// Checks one entry of static-data/models.json and turns it into a ModelEntry, with the clear
// message a bad edit deserves. Pure.
import type { ModelRecord } from '@mlc-ai/web-llm';
import { CHAT_TEMPLATE_NAMES, type ChatTemplateName } from './chat-template';
import { isHttpUrl, precisionOf, type Precision } from './model-names';
import type { ModelEntry } from './registry';

export interface CuratedJson {
  id: string;
  family: string;
  name: string;
  parameters: number;
  quantization: string;
  weightFormat: string;
  contextWindow: number;
  downloadMB: number;
  licence: string;
  quality: number;
  chatTemplate: string;
  thinking: boolean;
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
  if (!(Number.isInteger(raw.quality) && raw.quality > 0))
    fail(where, 'quality must be a rank ≥ 1');
  if (typeof raw.licence !== 'string' || !raw.licence) fail(where, 'missing licence');
  if (!isChatTemplate(raw.chatTemplate)) fail(where, `unknown chatTemplate "${raw.chatTemplate}"`);
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
    licence: raw.licence,
    quality: raw.quality,
    chatTemplate: raw.chatTemplate,
    thinking: raw.thinking === true,
    ...recordLimits(web),
    // Not every f16 prebuilt declares shader-f16 (only SmolLM2's does in 0.2.86): declare it
    // for all, so that WebLLM stops with ShaderF16SupportError instead of a shader failure.
    record: { ...web, model_id: raw.id, ...withF16Feature(raw.quantization, web) },
  };
}

function isChatTemplate(value: unknown): value is ChatTemplateName {
  return (CHAT_TEMPLATE_NAMES as readonly unknown[]).includes(value);
}

/** The memory-related figures WebLLM keeps in a record, as ModelEntry fields. */
function recordLimits(
  record: Partial<ModelRecord>,
): Pick<ModelEntry, 'maxHistorySize' | 'bufferBytes'> {
  const history = record.overrides?.max_history_size;
  const buffer = record.buffer_size_required_bytes;
  return {
    ...(typeof history === 'number' ? { maxHistorySize: history } : {}),
    ...(typeof buffer === 'number' ? { bufferBytes: buffer } : {}),
  };
}

export function withF16Feature(precision: Precision | null, record: Partial<ModelRecord>) {
  if (precision !== 'f16') return {};
  const features = new Set([...(record.required_features ?? []), 'shader-f16']);
  return { required_features: [...features] };
}
