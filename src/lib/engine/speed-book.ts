// The speeds this device measured for each model (prefill and decode, tokens/s), kept in the
// settings database so that the next visit sizes its first prompt with them. Every generation's
// stats are folded in (rates.ts updateSpeeds); a damaged stored value reads as nothing measured.
import { MAX_SPEED_MODELS, parseSetting } from '../schema/settings';
import type { SettingsStore } from '../settings/store';
import type { Capability } from './capability';
import type { GenerationStats } from './engine';
import { promptSpeedsFor, updateSpeeds, type DeviceSpeeds, type PromptSpeeds } from './rates';
import type { ModelEntry } from './registry';

export const SPEEDS_KEY = 'engine.speeds';

export class SpeedBook {
  #speeds: Record<string, DeviceSpeeds> = {};
  #settings: Pick<SettingsStore, 'get' | 'set'>;
  /** Resolves once the speeds of earlier visits are read (never rejects). */
  readonly ready: Promise<void>;

  constructor(settings: Pick<SettingsStore, 'get' | 'set'>) {
    this.#settings = settings;
    this.ready = settings.get<unknown>(SPEEDS_KEY, undefined).then(
      (stored) => {
        // Measurements made before the read finished are newer: they win.
        this.#speeds = { ...parseSetting(SPEEDS_KEY, stored, {}), ...this.#speeds };
      },
      () => {}, // no settings database (some private modes): measure again this visit
    );
  }

  /** What was measured for a model on this device; null when nothing yet. */
  of(modelId: string): DeviceSpeeds | null {
    return this.#speeds[modelId] ?? null;
  }

  /**
   * The speeds to size a prompt for this model with: measured on this device, else, on a
   * software renderer, its known slow speeds (rates.ts). The test engine runs on no GPU, so the
   * renderer says nothing about it. Null speeds: unknown (only the context window limits).
   */
  forPrompt(entry: ModelEntry | null, capability: Capability | null): PromptSpeeds {
    if (!entry) return { prefillTokensPerS: null, decodeTokensPerS: null };
    const software = capability?.isSoftware === true && entry.source !== 'test';
    return promptSpeedsFor(this.of(entry.id), software);
  }

  /** Folds one generation's stats in and saves them; stats without speeds change nothing. */
  record(modelId: string, stats: GenerationStats | null | undefined): DeviceSpeeds | null {
    const before = this.of(modelId);
    const after = updateSpeeds(before, modelId, stats);
    if (after === before || after.samples === 0) return before;
    // The most recently measured models first; the oldest are forgotten past the limit.
    const rest = Object.entries(this.#speeds).filter(([id]) => id !== modelId);
    this.#speeds = Object.fromEntries([[modelId, after], ...rest.slice(0, MAX_SPEED_MODELS - 1)]);
    void this.#settings.set(SPEEDS_KEY, this.#speeds).catch(() => {});
    return after;
  }
}
