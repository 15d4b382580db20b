// The custom model form's logic: field validation (pure) and the reachability check (the
// model's mlc-chat-config.json must answer, where WebLLM will look for it). Any MLC model,
// our fine-tuned one included, can be added this way, from a host this build's security
// policy allows (hosts.ts).
import { isAllowedModelUrl, MODEL_HOSTS_DESCRIPTION } from './hosts';
import {
  chatConfigUrl,
  isHttpUrl,
  MAX_CUSTOM_CONTEXT,
  precisionOf,
  resolveModelBaseUrl,
  weightFormatOf,
  type CustomModel,
} from './registry';

export interface CustomModelInput {
  id: string;
  modelUrl: string;
  modelLibUrl: string;
}

export type FieldErrors = Partial<Record<keyof CustomModelInput, string>>;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The message for a URL on a host the Content Security Policy would block. */
export const HOST_NOT_ALLOWED = `This build's security policy only allows models served from ${MODEL_HOSTS_DESCRIPTION}. Host the files there, or use a build of Bedside with this host added to src/lib/engine/hosts.ts.`;

function currentOrigin(): string {
  return typeof location === 'undefined' ? '' : location.origin;
}

/**
 * Checks the three fields on their own (no network). Trims whitespace. URLs must be on this
 * site (`origin`) or a host in MODEL_HOSTS, since the page could not fetch them otherwise.
 */
export function validateCustomModelInput(
  input: CustomModelInput,
  takenIds: Iterable<string>,
  origin: string = currentOrigin(),
): Checked<CustomModelInput> {
  const value = {
    id: input.id.trim(),
    modelUrl: input.modelUrl.trim(),
    modelLibUrl: input.modelLibUrl.trim(),
  };
  const errors: FieldErrors = {};
  if (!value.id) errors.id = 'Enter a model ID, e.g. MyModel-q4f32_1-MLC.';
  else if (value.id.length > 120) errors.id = 'Use at most 120 characters.';
  else if (!ID_PATTERN.test(value.id)) {
    errors.id = 'Use letters, digits, dots, dashes and underscores only.';
  } else if (new Set(takenIds).has(value.id)) {
    errors.id = 'A model with this ID is already listed. Choose another ID.';
  }
  if (!value.modelUrl) errors.modelUrl = 'Enter the URL of the folder with the MLC weights.';
  else if (!isHttpUrl(value.modelUrl)) {
    errors.modelUrl = 'Enter a full http:// or https:// URL.';
  } else if (!isAllowedModelUrl(value.modelUrl, origin)) {
    errors.modelUrl = HOST_NOT_ALLOWED;
  }
  if (!value.modelLibUrl) errors.modelLibUrl = 'Enter the URL of the model library (.wasm).';
  else if (!isHttpUrl(value.modelLibUrl)) {
    errors.modelLibUrl = 'Enter a full http:// or https:// URL.';
  } else if (!new URL(value.modelLibUrl).pathname.endsWith('.wasm')) {
    errors.modelLibUrl = 'The model library is a .wasm file: the URL should end in .wasm.';
  } else if (!isAllowedModelUrl(value.modelLibUrl, origin)) {
    errors.modelLibUrl = HOST_NOT_ALLOWED;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const CORS_HINT =
  'The server must be reachable from this page and allow cross-origin requests (Access-Control-Allow-Origin).';

interface ChatConfigLike {
  context_window_size?: unknown;
  quantization?: unknown;
  tokenizer_files?: unknown;
  conv_template?: unknown;
}

/**
 * Fetches the model's mlc-chat-config.json from where WebLLM will read it, and asks the model
 * library for its headers. Returns the record to keep, or an error for each failing field.
 */
export async function checkCustomModel(
  input: CustomModelInput,
  fetchFn: FetchLike = (url, init) => fetch(url, init),
  now: () => number = Date.now,
): Promise<Checked<CustomModel>> {
  const configUrl = chatConfigUrl(input.modelUrl);
  const base = resolveModelBaseUrl(input.modelUrl);
  const whereNote = !/.+\/resolve\/.+\//.test(input.modelUrl.replace(/\/?$/, '/'))
    ? ` WebLLM adds resolve/main/ to a URL without /resolve/<branch>/, so it reads from ${base}.`
    : '';
  let config: ChatConfigLike;
  try {
    const response = await fetchFn(configUrl, { cache: 'no-store' });
    if (!response.ok) {
      return fieldError(
        'modelUrl',
        `${configUrl} answered ${response.status} ${response.statusText}.${whereNote}`,
      );
    }
    try {
      config = (await response.json()) as ChatConfigLike;
    } catch {
      return fieldError('modelUrl', `${configUrl} is not JSON: is this an MLC model folder?`);
    }
  } catch (error) {
    return fieldError('modelUrl', `Could not reach ${configUrl} (${String(error)}). ${CORS_HINT}`);
  }
  if (
    !config ||
    typeof config !== 'object' ||
    !(Array.isArray(config.tokenizer_files) || config.conv_template)
  ) {
    return fieldError(
      'modelUrl',
      `${configUrl} is not an MLC chat config (no tokenizer_files or conv_template).`,
    );
  }

  try {
    const lib = await fetchFn(input.modelLibUrl, { method: 'HEAD', cache: 'no-store' });
    // 405/501: the host does not answer HEAD; the file may well be there.
    if (!lib.ok && lib.status !== 405 && lib.status !== 501) {
      return fieldError('modelLibUrl', `${input.modelLibUrl} answered ${lib.status}.`);
    }
  } catch (error) {
    return fieldError(
      'modelLibUrl',
      `Could not reach ${input.modelLibUrl} (${String(error)}). ${CORS_HINT}`,
    );
  }

  const declared = typeof config.quantization === 'string' ? config.quantization : '';
  const window =
    typeof config.context_window_size === 'number' && config.context_window_size > 0
      ? Math.min(config.context_window_size, MAX_CUSTOM_CONTEXT)
      : MAX_CUSTOM_CONTEXT;
  const names = [declared, input.id, input.modelLibUrl, input.modelUrl];
  return {
    ok: true,
    value: {
      id: input.id,
      modelUrl: input.modelUrl,
      modelLibUrl: input.modelLibUrl,
      contextWindow: window,
      precision: names.map(precisionOf).find((p) => p !== null) ?? null,
      weightFormat: names.map(weightFormatOf).find((w) => w !== null) ?? null,
      addedAt: now(),
    },
  };
}

function fieldError(field: keyof CustomModelInput, message: string): Checked<never> {
  return { ok: false, errors: { [field]: message } };
}
