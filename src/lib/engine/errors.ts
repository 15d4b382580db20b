// Turns whatever the engine threw into something a user can act on. Errors crossing the worker
// arrive as strings ("Error: …"), DOMExceptions or Errors, so everything is read through
// errorText() and matched by pattern. Pure: the caller passes the context (model, storage).
import { formatBytes } from '../format';
import { MODEL_HOSTS_DESCRIPTION } from './hosts';

export type FailureKind =
  | 'cancelled'
  | 'no-webgpu'
  | 'no-shader-f16'
  | 'quota'
  | 'network'
  | 'blocked'
  | 'busy'
  | 'unreachable'
  | 'device-lost'
  | 'integrity'
  | 'corrupt'
  | 'context-window'
  | 'unknown';

export type ActionKind =
  | 'retry' // load the same model again; cached files are reused
  | 'redownload' // delete the cached files, then load again
  | 'choose-model' // load another model (modelId), e.g. smaller or the f32 build
  | 'free-space' // go to storage management
  | 'webgpu-help'; // show how to turn WebGPU on

export interface FailureAction {
  kind: ActionKind;
  label: string;
  modelId?: string;
}

export interface EngineFailure {
  kind: FailureKind;
  title: string;
  message: string;
  action: FailureAction | null;
  /** The raw error text, for a "details" disclosure and bug reports. */
  detail: string;
}

export interface ModelRef {
  id: string;
  name: string;
}

export interface FailureContext {
  phase: 'load' | 'generate';
  model?: ModelRef & { downloadBytes: number | null };
  /** From navigator.storage.estimate(), for quota errors. */
  storage?: { usage: number; quota: number } | null;
  /** The f32 build of the model, for devices without shader-f16. */
  f32Alternative?: ModelRef;
  /** A smaller model that should fit, after device lost or out of memory. */
  smallerAlternative?: ModelRef;
}

/** A readable string for any thrown value (Error, DOMException, string, object, undefined). */
export function errorText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (
    raw instanceof Error ||
    (typeof DOMException !== 'undefined' && raw instanceof DOMException)
  ) {
    const { name, message } = raw as Error;
    return message.startsWith(name) ? message : `${name}: ${message}`;
  }
  if (raw && typeof raw === 'object' && 'message' in raw) return String(raw.message);
  return String(raw);
}

// Order matters: WebLLM wraps every failed download as "Failed to store <url> with error: …",
// so the specific causes (quota, HTTP status) are tested before the generic network one.
const PATTERNS: [FailureKind, RegExp][] = [
  ['cancelled', /CancelledError/],
  ['integrity', /IntegrityError|Integrity verification failed/i],
  ['quota', /QuotaExceeded|quota|not enough (disk )?space|disk is full/i],
  ['no-shader-f16', /shader-f16|ShaderF16SupportError|'f16' extension|f16 extension/i],
  [
    'no-webgpu',
    /WebGPUNotAvailableError|WebGPUNotFoundError|Cannot find WebGPU|WebGPU is not supported|navigator\.gpu/i,
  ],
  [
    'device-lost',
    /DeviceLostError|device (was |is )?lost|out of memory|GPUOutOfMemoryError|\bOOM\b|allocation failed|Failed to allocate|Cannot allocate|WorkerCrashedError/i,
  ],
  ['context-window', /ContextWindowSizeExceededError|exceed context window/i],
  // guard-fetch.ts, in the model worker: a host outside the security policy.
  ['blocked', /Blocked by Bedside's security policy/],
  // model-lock.ts: another tab holds the model's download lock.
  ['busy', /ModelBusyError/],
  ['unreachable', /Network response was not ok|\b(status|HTTP) (4|5)\d\d\b/i],
  [
    'network',
    /Failed to fetch|NetworkError|network (error|connection)|Load failed|ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION|net::|Failed to store/i,
  ],
  [
    'corrupt',
    /SyntaxError|Unexpected token|JSON|CompileError|LinkError|WebAssembly|RuntimeError|tokenizer|Invalid tensor|Packed BF16|out of bounds|byte length|Cannot fetch|failed to fetch:|Cannot find (global )?function/i,
  ],
];

export function classifyError(raw: unknown): FailureKind {
  // URLs are left out of the match: a model URL may contain "f16", "json" or "lost".
  const text = errorText(raw).replace(/\bhttps?:\/\/\S+/g, '<url>');
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  return 'unknown';
}

function modelName(ctx: FailureContext): string {
  return ctx.model?.name ?? 'the model';
}

function quotaMessage(ctx: FailureContext): string {
  const need = ctx.model?.downloadBytes;
  const storage = ctx.storage;
  const parts = ['The browser ran out of storage space for this site while downloading.'];
  if (need && storage) {
    const free = Math.max(0, storage.quota - storage.usage);
    parts.push(
      `${ctx.model?.name} needs about ${formatBytes(need)}; this site may store about ${formatBytes(free)} more.`,
    );
  } else if (need) {
    parts.push(`${ctx.model?.name} needs about ${formatBytes(need)}.`);
  }
  parts.push(
    'The partial download was deleted, so nothing half-finished is kept. Delete other models, free disk space or choose a smaller model; allowing persistent storage can raise the limit.',
  );
  return parts.join(' ');
}

/** The user-facing description of a failure, with the one action that best moves forward. */
export function describeFailure(raw: unknown, ctx: FailureContext): EngineFailure {
  const detail = errorText(raw);
  const kind = classifyError(raw);
  const name = modelName(ctx);
  const retry: FailureAction = { kind: 'retry', label: 'Try again' };
  const smaller = ctx.smallerAlternative;
  const chooseSmaller: FailureAction | null = smaller
    ? { kind: 'choose-model', label: `Load ${smaller.name} instead`, modelId: smaller.id }
    : null;
  const base = { kind, detail };

  switch (kind) {
    case 'cancelled':
      return {
        ...base,
        title: 'Download cancelled',
        message:
          'Nothing was marked as downloaded. Files that finished downloading are kept and reused when you start again; delete them in the list to free the space.',
        action: null,
      };
    case 'no-webgpu':
      return {
        ...base,
        title: 'WebGPU is not available',
        message:
          'Bedside runs the model on your GPU through WebGPU, and this browser does not provide it.',
        action: { kind: 'webgpu-help', label: 'How to turn on WebGPU' },
      };
    case 'no-shader-f16':
      return {
        ...base,
        title: 'This GPU cannot run f16 models',
        message: `${name} is an f16 build and needs 16-bit shaders (shader-f16), which this GPU does not offer. The f32 build of the same model runs here.`,
        action: ctx.f32Alternative
          ? {
              kind: 'choose-model',
              label: `Load ${ctx.f32Alternative.name} (f32) instead`,
              modelId: ctx.f32Alternative.id,
            }
          : null,
      };
    case 'quota':
      return {
        ...base,
        title: 'Not enough storage space',
        message: quotaMessage(ctx),
        action: chooseSmaller ?? { kind: 'free-space', label: 'Manage storage' },
      };
    case 'network':
      return {
        ...base,
        title: 'Download interrupted',
        message:
          'The network is unreachable or the server did not answer. Files that finished downloading are kept and will not be downloaded again. Check the connection, then try again.',
        action: { kind: 'retry', label: 'Retry download' },
      };
    case 'blocked':
      return {
        ...base,
        title: 'This model is served from a host that is not allowed',
        message: `This build's security policy only allows models served from ${MODEL_HOSTS_DESCRIPTION}, and a file of ${name} is elsewhere. Remove it, or host its files on Hugging Face.`,
        action: null,
      };
    case 'busy':
      return {
        ...base,
        title: 'Another tab is downloading this model',
        message: `Another Bedside tab is downloading ${name}, so its files were left alone. Try again once that download has finished.`,
        action: null,
      };
    case 'unreachable':
      return {
        ...base,
        title: 'A model file could not be found',
        message:
          'The server answered but refused a file (for example 404 Not Found). Check the model URL and the model library URL. WebLLM reads the files from <model URL>/resolve/main/ unless the URL already contains /resolve/<branch>/.',
        action: retry,
      };
    case 'device-lost':
      return {
        ...base,
        title: 'The GPU ran out of memory',
        message:
          (ctx.phase === 'generate'
            ? `The GPU was lost while ${name} was answering ("device lost", usually too little GPU memory). The model was unloaded; your conversation is kept.`
            : `The GPU was lost while loading ${name} ("device lost", usually too little GPU memory). The model was unloaded.`) +
          (smaller
            ? ` ${smaller.name} needs less memory.`
            : ' Close other tabs or apps that use the GPU, or choose a smaller model.'),
        action: chooseSmaller ?? retry,
      };
    case 'integrity':
      return {
        ...base,
        title: 'A model file failed its integrity check',
        message: `A file of ${name} does not match its expected checksum: it is damaged or was changed. Download a fresh copy; the cached files are deleted first.`,
        action: { kind: 'redownload', label: 'Delete and download again' },
      };
    case 'corrupt':
      return {
        ...base,
        title: 'The cached model could not be read',
        message: `A file of ${name} could not be read: it may be damaged or left over from an older version. Delete the cached files and download a fresh copy.`,
        action: { kind: 'redownload', label: 'Delete and download again' },
      };
    case 'context-window':
      return {
        ...base,
        title: 'The conversation is too long',
        message: `The conversation is longer than ${name} can read at once. Start a new conversation or shorten the message.`,
        action: null,
      };
    default:
      return {
        ...base,
        title: ctx.phase === 'load' ? 'The model could not be loaded' : 'The model stopped',
        message: `Something went wrong: ${detail}`,
        action: retry,
      };
  }
}

/** What EngineRuntime throws to its callers (Chat, Bench): the failure, already described. */
export class EngineError extends Error {
  readonly failure: EngineFailure;

  constructor(failure: EngineFailure) {
    super(`${failure.title}: ${failure.message}`);
    this.name = 'EngineError';
    this.failure = failure;
  }
}
