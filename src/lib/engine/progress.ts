// Reads WebLLM's InitProgressReport (a fraction and an English sentence) into figures a
// progress bar can show: phase, percentage, megabytes, speed, time left and the current file.
// The formats are those of WebLLM 0.2.86 (tvmjs fetchTensorCache and the shader loader):
//   "Start to fetch params"
//   "Fetching param cache[3/24]: 120MB fetched. 12% completed, 10 secs elapsed. It can take…"
//   "Loading model from cache[3/24]: 120MB loaded. 12% completed, 10 secs elapsed."
//   "Loading GPU shader modules[12/40]: 30% completed, 2 secs elapsed."
//   "Finish loading on WebGPU - <adapter>"
import type { RawProgress } from './engine';

export type LoadPhase = 'waiting' | 'preparing' | 'downloading' | 'loading' | 'compiling' | 'done';

export interface LoadProgress {
  phase: LoadPhase;
  /** What is happening, for the progress bar's label. */
  label: string;
  /** 0..1 within the current phase. */
  fraction: number;
  loadedBytes: number | null;
  totalBytes: number | null;
  bytesPerSecond: number | null;
  secondsLeft: number | null;
  /** The file or step in progress, e.g. "weights shard 3 of 24". */
  file: string | null;
  /** WebLLM's own sentence, unchanged. */
  text: string;
}

export const PHASE_LABELS: Record<LoadPhase, string> = {
  waiting: 'Waiting: another tab is downloading this model',
  preparing: 'Preparing: configuration, tokenizer and model library',
  downloading: 'Downloading the weights',
  loading: 'Loading the weights into GPU memory',
  compiling: 'Compiling GPU shaders',
  done: 'Ready',
};

const MIB = 1024 * 1024;
const FETCHING = /^Fetching param cache\[(\d+)\/(\d+)\]:\s*(\d+)\s*MB fetched/i;
const FROM_CACHE = /^Loading model from cache\[(\d+)\/(\d+)\]:\s*(\d+)\s*MB loaded/i;
const SHADERS = /^Loading GPU shader modules\[(\d+)\/(\d+)\]/i;
const FINISHED = /^Finish loading/i;

interface Parsed {
  phase: LoadPhase;
  fraction: number;
  bytes: number | null;
  file: string | null;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** One report, read on its own (no speed: that needs the reports before it). */
export function parseProgress(report: RawProgress): Parsed {
  const text = report.text.trim();
  const fraction = clamp01(report.progress);
  let m = FETCHING.exec(text);
  if (m) {
    return {
      phase: 'downloading',
      fraction,
      bytes: Number(m[3]) * MIB,
      file: `weights shard ${m[1]} of ${m[2]}`,
    };
  }
  m = FROM_CACHE.exec(text);
  if (m) {
    return {
      phase: 'loading',
      fraction,
      bytes: Number(m[3]) * MIB,
      file: `weights shard ${m[1]} of ${m[2]}`,
    };
  }
  m = SHADERS.exec(text);
  if (m) {
    return { phase: 'compiling', fraction, bytes: null, file: `shader module ${m[1]} of ${m[2]}` };
  }
  if (FINISHED.test(text)) return { phase: 'done', fraction: 1, bytes: null, file: null };
  if (/^Start to fetch params/i.test(text)) {
    return { phase: 'downloading', fraction: 0, bytes: 0, file: 'tensor-cache.json' };
  }
  return { phase: 'preparing', fraction, bytes: null, file: null };
}

/** Window over which the download speed is averaged, in ms. */
const SPEED_WINDOW_MS = 8000;

/**
 * Follows the reports of one load and adds what a single report cannot give: the download
 * speed (averaged over the last seconds) and the time left. `now` is injectable for tests.
 */
export class ProgressTracker {
  #samples: { t: number; bytes: number }[] = [];
  #phase: LoadPhase | null = null;

  update(report: RawProgress, now: number = performance.now()): LoadProgress {
    const parsed = parseProgress(report);
    if (parsed.phase !== this.#phase) {
      this.#phase = parsed.phase;
      this.#samples = [];
    }
    const totalBytes =
      parsed.bytes !== null && parsed.fraction > 0 ? parsed.bytes / parsed.fraction : null;
    let bytesPerSecond: number | null = null;
    let secondsLeft: number | null = null;
    if (parsed.phase === 'downloading' && parsed.bytes !== null) {
      this.#samples.push({ t: now, bytes: parsed.bytes });
      while (this.#samples.length > 2 && (this.#samples[0]?.t ?? now) < now - SPEED_WINDOW_MS) {
        this.#samples.shift();
      }
      const first = this.#samples[0];
      if (first && now > first.t && parsed.bytes > first.bytes) {
        bytesPerSecond = ((parsed.bytes - first.bytes) * 1000) / (now - first.t);
        if (totalBytes !== null) {
          secondsLeft = Math.max(0, (totalBytes - parsed.bytes) / bytesPerSecond);
        }
      }
    }
    return {
      phase: parsed.phase,
      label: PHASE_LABELS[parsed.phase],
      fraction: parsed.fraction,
      loadedBytes: parsed.bytes,
      totalBytes,
      bytesPerSecond,
      secondsLeft,
      file: parsed.file,
      text: report.text,
    };
  }
}

/** The first report of every load, before WebLLM says anything. */
/** Before the first report: 'preparing', or 'waiting' while another tab downloads the model. */
export function preparingProgress(phase: 'preparing' | 'waiting' = 'preparing'): LoadProgress {
  return {
    phase,
    label: PHASE_LABELS[phase],
    fraction: 0,
    loadedBytes: null,
    totalBytes: null,
    bytesPerSecond: null,
    secondsLeft: null,
    file: null,
    text: '',
  };
}
