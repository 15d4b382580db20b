// Which model suits this device, and why. Pure functions of the registry entries and the
// WebGPU capability, so that every branch is unit-tested and the UI can say why it chose.
import type { Capability } from './capability';
import type { ModelEntry, Precision } from './registry';

/** Below this maxStorageBufferBindingSize a GPU counts as limited (most phones: 128–256 MB). */
export const LIMITED_BUFFER_BYTES = 2 ** 30;
/** Device memory assumed when the browser does not report it (Safari, Firefox). */
const UNKNOWN_MEMORY_GB = 4;

export type FitLevel = 'ok' | 'warn' | 'blocked';

export interface Fit {
  /** ok: runs here; warn: may run, the reasons say what could go wrong; blocked: cannot run. */
  level: FitLevel;
  reasons: string[];
}

export interface Recommendation {
  model: ModelEntry;
  precision: Precision;
  /** Sentences that explain the choice, in the order a user would ask. */
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

function fitsComfortably(entry: ModelEntry, cap: Capability, precision: Precision): boolean {
  if (entry.precision !== precision) return false;
  if (entry.vramMB === null || entry.vramMB > gpuMemoryBudgetMB(cap)) return false;
  if (isLimitedGpu(cap) && entry.lowResource !== true) return false;
  return true;
}

const byParameters = (a: ModelEntry, b: ModelEntry) =>
  (a.parameters ?? 0) - (b.parameters ?? 0) || (a.vramMB ?? 0) - (b.vramMB ?? 0);

/**
 * The model to offer first. Only curated models and the fine-tuned one are candidates (never a
 * custom model, never the test engine). Picks the precision the GPU supports, then the largest
 * model that fits the memory estimate; the smallest on a software renderer; the fine-tuned
 * model whenever it fits. Null when WebGPU is unavailable.
 */
export function recommendModel(
  entries: readonly ModelEntry[],
  cap: Capability,
): Recommendation | null {
  if (cap.status !== 'ok') return null;
  const precision = preferredPrecision(cap);
  const candidates = entries.filter(
    (e) => (e.source === 'curated' || e.source === 'finetuned') && e.precision === precision,
  );
  if (candidates.length === 0) return null;
  const reasons = [
    cap.shaderF16
      ? 'This GPU has 16-bit shaders (shader-f16), so Bedside picks an f16 build: smaller and faster.'
      : 'This GPU has no 16-bit shaders (shader-f16), so only f32 builds run here.',
  ];
  const budget = gpuMemoryBudgetMB(cap);
  const memory =
    cap.deviceMemoryGB === null
      ? `device memory is not reported, so Bedside assumes ${UNKNOWN_MEMORY_GB} GB`
      : `${cap.deviceMemoryGB} GB of device memory`;
  const fitting = candidates.filter((e) => fitsComfortably(e, cap, precision)).sort(byParameters);
  const finetuned = fitting.find((e) => e.source === 'finetuned');

  let model: ModelEntry;
  if (cap.isSoftware) {
    model = [...candidates].sort(byParameters)[0] as ModelEntry;
    reasons.push(
      'WebGPU runs in software here (no GPU acceleration): every model is very slow, so Bedside picks the smallest.',
    );
  } else if (finetuned) {
    model = finetuned;
    reasons.push(
      `It is Bedside's own model, fine-tuned on the medical dialogues, and it fits the about ${budget} MB of GPU memory estimated here (${memory}).`,
    );
  } else if (fitting.length > 0) {
    model = fitting[fitting.length - 1] as ModelEntry;
    reasons.push(
      `About ${budget} MB of GPU memory looks available (${memory}${cap.isMobile ? ', on a phone or tablet' : ''}); ${model.name} needs about ${Math.round(model.vramMB ?? 0)} MB and is the largest model that fits.`,
    );
  } else {
    model = [...candidates].sort(byParameters)[0] as ModelEntry;
    reasons.push(
      `Even the smallest model may not fit the about ${budget} MB of GPU memory estimated here (${memory}); ${model.name} is the best chance.`,
    );
  }
  return { model, precision, reasons };
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
 * A smaller model to suggest after "device lost" or out-of-memory: the largest curated model
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
    .sort(byParameters)
    .at(-1);
}
