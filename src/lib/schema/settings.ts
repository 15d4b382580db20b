// The values kept in the settings database (`bedside-settings`), one schema per key. A value
// that fails (written by an older or newer Bedside, or damaged) reads as the default instead
// of reaching the code that trusts its type.
import * as v from 'valibot';
import { MAX_ID_CHARS } from './limits';
import { id } from './primitives';

export const SettingSchemas = {
  /** src/lib/settings/theme.ts THEME_KEY. */
  theme: v.picklist(['system', 'light', 'dark']),
  /** src/state/engine/catalog.svelte.ts SELECTED_MODEL_KEY: the model chosen on the Models page. */
  'engine.selectedModelId': v.nullable(id('a model id', MAX_ID_CHARS)),
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
