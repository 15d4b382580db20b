// Which model suits this device, and why. Pure functions of the registry entries, the WebGPU
// capability and the person's preferences, so that every branch is unit-tested and the UI can
// say why it chose. The choice is a recommendation: any listed model can still be loaded.
import type { Capability } from './capability';
import type { ModelEntry, Precision } from './registry';

/** Below this maxStorageBufferBindingSize a GPU counts as limited (most phones: 128–256 MB). */
export const LIMITED_BUFFER_BYTES = 2 ** 30;
/** WebLLM refuses an adapter whose maxBufferSize is under 256 MiB (its fallback request). */
export const WEBLLM_MIN_BUFFER_BYTES = 2 ** 28;
/** Share of the GPU memory estimate a recommended model may take: the page and the display need the rest. */
export const VRAM_HEADROOM = 0.9;
/** "Phone / low power": models of about a billion parameters or fewer (decode cost, battery). */
export const LOW_POWER_MAX_PARAMETERS = 1.3e9;
/** Device memory assumed when the browser does not report it (Safari, Firefox). */
const UNKNOWN_MEMORY_GB = 4;

export type FitLevel = 'ok' | 'warn' | 'blocked';

export interface Fit {
  /** ok: runs here; warn: may run, the reasons say what could go wrong; blocked: cannot run. */
  level: FitLevel;
  reasons: string[];
}

/** What the person told Bedside about the model they want. */
export interface ChoicePrefs {
  /** Prefer small, quick models (phone, battery). Defaults to true on phones and tablets. */
  lowPower?: boolean;
  /** The largest download they accept, in bytes; null or absent: no limit. */
  maxDownloadBytes?: number | null;
}

export interface Recommendation {
  model: ModelEntry;
  precision: Precision;
  /** Why this model, in one sentence, for the recommendation card. */
  why: string;
  /** Sentences that explain the choice, in the order a user would ask; the last is `why`. */
  reasons: string[];
}

/**
 * GPU memory a model may use here, in MB. WebGPU does not report video memory, so this is an
 * estimate from navigator.deviceMemory (capped at 8 GB by Chromium): half of it on a desktop,
 * where the GPU has its own memory or a large shared pool, a quarter on a phone.
 */
export function gpuMemoryBudgetMB(cap: Capability): number {
  if (cap.status !== 'ok') return 0;
  const ramGB = cap.deviceMemoryGB ?? UNKNOWN_MEMORY_GB;
  return Math.round(ramGB * 1024 * (cap.isMobile ? 0.25 : 0.5));
}

export function isLimitedGpu(cap: Capability): boolean {
  return cap.isMobile || cap.maxStorageBufferBindingSize < LIMITED_BUFFER_BYTES;
}

/** The precision this device should use: f16 when shader-f16 is there (smaller, faster). */
export function preferredPrecision(cap: Capability): Precision {
  return cap.shaderF16 ? 'f16' : 'f32';
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Whether a model can run here, and every warning a user should see before loading it. */
export function assessFit(entry: ModelEntry, cap: Capability): Fit {
  if (entry.source === 'test') {
    return { level: 'ok', reasons: ['Test engine: canned replies, no download, no GPU.'] };
  }
  if (cap.status !== 'ok') {
    return { level: 'blocked', reasons: ['WebGPU is not available in this browser.'] };
  }
  if (entry.precision === 'f16' && !cap.shaderF16) {
    return {
      level: 'blocked',
      reasons: [
        'This is an f16 build: it needs 16-bit shaders (shader-f16), which this GPU does not offer. Use the f32 build.',
      ],
    };
  }
  if (cap.maxBufferSize < WEBLLM_MIN_BUFFER_BYTES) {
    return {
      level: 'blocked',
      reasons: [
        `This GPU allows buffers of only ${mb(cap.maxBufferSize)} MB; WebLLM needs at least 256 MB.`,
      ],
    };
  }
  const bufferLimit = Math.min(cap.maxStorageBufferBindingSize, cap.maxBufferSize);
  if (entry.bufferBytes !== undefined && entry.bufferBytes > bufferLimit) {
    return {
      level: 'blocked',
      reasons: [
        `It needs a single GPU buffer of ${mb(entry.bufferBytes)} MB; this GPU allows ${mb(bufferLimit)} MB.`,
      ],
    };
  }
  const reasons: string[] = [];
  if (entry.precision === null && !cap.shaderF16) {
    reasons.push(
      'Its precision is unknown. If it is an f16 build it will not run here: this GPU has no shader-f16.',
    );
  }
  const budget = gpuMemoryBudgetMB(cap);
  if (entry.vramMB !== null && entry.vramMB > budget) {
    reasons.push(
      `Needs about ${Math.round(entry.vramMB)} MB of GPU memory; this device probably has about ${budget} MB to spare. Loading may fail with "device lost".`,
    );
  }
  if (entry.lowResource === false && isLimitedGpu(cap)) {
    reasons.push('Not built for phones or GPUs with small buffers.');
  }
  if (cap.isSoftware) {
    reasons.push(
      'WebGPU runs in software on this device: every model is very slow here (many seconds per word).',
    );
  }
  return { level: reasons.length > 0 ? 'warn' : 'ok', reasons };
}

/**
 * Why a model is not recommended here, in a few words ("needs about 3868 MB"), or null when it
 * fits: the right precision, nothing blocking, the memory estimate with headroom, small-buffer
 * GPUs only for models built for them, and the person's low-power and download preferences.
 */
export function misfit(entry: ModelEntry, cap: Capability, prefs: ChoicePrefs = {}): string | null {
  const precision = preferredPrecision(cap);
  if (entry.precision !== precision) return `it is not the ${precision} build`;
  const fit = assessFit(entry, cap);
  if (fit.level === 'blocked') return fit.reasons[0] ?? 'it cannot run here';
  if (isLimitedGpu(cap) && entry.lowResource !== true) return 'it is not built for small GPUs';
  if (entry.vramMB === null) return 'its GPU memory need is unknown';
  if (entry.vramMB > gpuMemoryBudgetMB(cap) * VRAM_HEADROOM) {
    return `it needs about ${Math.round(entry.vramMB)} MB of GPU memory`;
  }
  if (
    (prefs.lowPower ?? cap.isMobile) &&
    (entry.parameters ?? Infinity) > LOW_POWER_MAX_PARAMETERS
  ) {
    return 'it is too large for low-power use';
  }
  const limit = prefs.maxDownloadBytes;
  if (limit != null && (entry.downloadBytes === null || entry.downloadBytes > limit)) {
    return `its download is larger than the ${Math.round(limit / 1e6)} MB you accept`;
  }
  return null;
}

/** Strongest first; among equals the one that needs less memory, then the smaller one. */
export const byQuality = (a: ModelEntry, b: ModelEntry) =>
  (b.quality ?? 0) - (a.quality ?? 0) ||
  (a.vramMB ?? Infinity) - (b.vramMB ?? Infinity) ||
  (a.parameters ?? 0) - (b.parameters ?? 0);

const byParameters = (a: ModelEntry, b: ModelEntry) =>
  (a.parameters ?? 0) - (b.parameters ?? 0) || (a.vramMB ?? 0) - (b.vramMB ?? 0);

function memoryPhrase(cap: Capability): string {
  const memory =
    cap.deviceMemoryGB === null
      ? `device memory is not reported, so Bedside assumes ${UNKNOWN_MEMORY_GB} GB`
      : `${cap.deviceMemoryGB} GB of device memory`;
  return `the about ${gpuMemoryBudgetMB(cap)} MB of GPU memory estimated here (${memory}${cap.isMobile ? ', on a phone or tablet' : ''})`;
}

/**
 * The model to offer first. Only curated models and the fine-tuned one are candidates (never a
 * custom model, never the test engine), in the precision the GPU supports. The fine-tuned model
 * whenever it fits; otherwise the highest-ranked model that fits; the smallest on a software
 * renderer, where every model is very slow; the smallest as a last chance when nothing fits.
 * Null when WebGPU is unavailable.
 */
export function recommendModel(
  entries: readonly ModelEntry[],
  cap: Capability,
  prefs: ChoicePrefs = {},
): Recommendation | null {
  if (cap.status !== 'ok') return null;
  const precision = preferredPrecision(cap);
  const candidates = entries.filter(
    (e) => (e.source === 'curated' || e.source === 'finetuned') && e.precision === precision,
  );
  if (candidates.length === 0) return null;
  const first = cap.shaderF16
    ? 'This GPU has 16-bit shaders (shader-f16), so Bedside picks an f16 build: smaller and faster.'
    : 'This GPU has no 16-bit shaders (shader-f16), so only f32 builds run here.';
  const done = (model: ModelEntry, why: string): Recommendation => ({
    model,
    precision,
    why,
    reasons: [first, why],
  });

  if (cap.isSoftware) {
    const limit = prefs.maxDownloadBytes;
    const affordable = candidates.filter((e) => limit == null || (e.downloadBytes ?? 0) <= limit);
    const model = [...(affordable.length ? affordable : candidates)].sort(byParameters)[0]!;
    return done(
      model,
      `WebGPU runs in software here (no GPU acceleration): every model is very slow, so Bedside picks the smallest, ${model.name}.`,
    );
  }
  const fitting = candidates.filter((e) => misfit(e, cap, prefs) === null).sort(byQuality);
  const finetuned = fitting.find((e) => e.source === 'finetuned');
  if (finetuned) {
    return done(
      finetuned,
      `${finetuned.name} is Bedside's own model, fine-tuned on the medical dialogues, and it fits ${memoryPhrase(cap)}.`,
    );
  }
  const best = fitting[0];
  if (!best) {
    const model = [...candidates].sort(byParameters)[0]!;
    const limit = prefs.maxDownloadBytes;
    // Say which limit it is: the person's download limit, or this device's memory.
    if (limit != null && misfit(model, cap, prefs)?.startsWith('its download')) {
      return done(
        model,
        `${model.name} is the smallest model, and even its download (about ${Math.round((model.downloadBytes ?? 0) / 1e6)} MB) may not fit within the ${Math.round(limit / 1e6)} MB you accept.`,
      );
    }
    return done(
      model,
      `Even the smallest model may not fit ${memoryPhrase(cap)}; ${model.name} is the best chance.`,
    );
  }
  // Name what holds back the next stronger model, so that the choice explains itself.
  const rank = best.quality ?? 0;
  const next = candidates
    .filter((e) => (e.quality ?? 0) > rank)
    .sort((a, b) => (a.quality ?? 0) - (b.quality ?? 0) || byQuality(a, b))[0];
  const held = next ? `; the stronger ${next.name} is left out: ${misfit(next, cap, prefs)}` : '';
  return done(
    best,
    `${best.name} is the strongest model that fits: it needs about ${Math.round(best.vramMB ?? 0)} MB of ${memoryPhrase(cap)}${held}.`,
  );
}

/** The f32 build of the same model, for a device without shader-f16. */
export function f32Sibling(
  entry: ModelEntry,
  entries: readonly ModelEntry[],
): ModelEntry | undefined {
  if (entry.precision === 'f32') return undefined;
  return entries.find(
    (e) => e.family === entry.family && e.precision === 'f32' && e.source === entry.source,
  );
}

/**
 * A smaller model to suggest after "device lost" or out-of-memory: the strongest curated model
 * that runs here and needs clearly less GPU memory than the one that failed.
 */
export function smallerAlternative(
  failedId: string,
  entries: readonly ModelEntry[],
  cap: Capability | null,
): ModelEntry | undefined {
  const failed = entries.find((e) => e.id === failedId);
  if (!failed) return undefined;
  const limit = failed.vramMB ?? Infinity;
  const precision = cap ? preferredPrecision(cap) : 'f32';
  return entries
    .filter(
      (e) =>
        e.source === 'curated' &&
        e.precision === precision &&
        e.vramMB !== null &&
        e.vramMB < limit * 0.9 &&
        (!cap || assessFit(e, cap).level !== 'blocked'),
    )
    .sort(byQuality)[0];
}
