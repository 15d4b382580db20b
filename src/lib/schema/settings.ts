// The values kept in the settings database (`bedside-settings`), one schema per key. A value
// that fails (written by an older or newer Bedside, or damaged) reads as the default instead
// of reaching the code that trusts its type.
import * as v from 'valibot';
import { MAX_ID_CHARS } from './limits';
import type { DeviceSpeeds } from '../engine/rates';
import { id, type Same } from './primitives';

/** Models whose speeds are kept (the most recently measured). */
export const MAX_SPEED_MODELS = 50;

/** A speed in tokens per second, measured on this device; null: not measured yet. */
const speed = v.nullable(v.pipe(v.number(), v.finite(), v.gtValue(0)));

const SpeedsSchema = v.object({
  modelId: id('a model id', MAX_ID_CHARS),
  prefillTokensPerS: speed,
  decodeTokensPerS: speed,
  samples: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const SettingSchemas = {
  /** src/lib/settings/theme.ts THEME_KEY. */
  theme: v.picklist(['system', 'light', 'dark']),
  /** src/state/engine/catalog.svelte.ts SELECTED_MODEL_KEY: the model chosen on the Models page. */
  'engine.selectedModelId': v.nullable(id('a model id', MAX_ID_CHARS)),
  /** src/state/engine/catalog.svelte.ts LOW_POWER_KEY: "phone / low power"; null: automatic. */
  'engine.lowPower': v.nullable(v.boolean()),
  /** src/state/engine/catalog.svelte.ts MAX_DOWNLOAD_KEY: the largest download accepted, bytes. */
  'engine.maxDownloadBytes': v.nullable(v.pipe(v.number(), v.finite(), v.minValue(1))),
  /** src/lib/engine/speed-book.ts SPEEDS_KEY: the speeds measured on this device, per model. */
  'engine.speeds': v.pipe(
    v.record(id('a model id', MAX_ID_CHARS), SpeedsSchema),
    v.check((speeds) => Object.keys(speeds).length <= MAX_SPEED_MODELS),
  ),
} as const;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SettingSchemas, key);
}

export type SettingKey = keyof typeof SettingSchemas;
export type SettingValue<K extends SettingKey> = v.InferOutput<(typeof SettingSchemas)[K]>;

/** The stored value when it is valid for its key, otherwise `fallback`. */
export function parseSetting<K extends SettingKey>(
  key: K,
  value: unknown,
  fallback: SettingValue<K>,
): SettingValue<K> {
  if (value === undefined) return fallback;
  const result = v.safeParse(SettingSchemas[key], value);
  return result.success ? (result.output as SettingValue<K>) : fallback;
}

// The speeds kept in settings are exactly what rates.ts computes.
const sameSpeeds: Same<v.InferOutput<typeof SpeedsSchema>, DeviceSpeeds> = true;
void sameSpeeds;
