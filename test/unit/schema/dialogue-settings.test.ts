import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { THEME_KEY } from '@/lib/settings/theme';
import { DialogueSchema } from '@/lib/schema/dialogue';
import { issueSentence } from '@/lib/schema/issues';
import { parseSetting, SettingSchemas } from '@/lib/schema/settings';
import { SPEEDS_KEY } from '@/lib/engine/speed-book';
import { LOW_POWER_KEY, MAX_DOWNLOAD_KEY, SELECTED_MODEL_KEY } from '@/state/engine';
import { dialogue } from './fixtures';

function check(value: unknown): string {
  const result = v.safeParse(DialogueSchema, value, { abortEarly: true });
  return result.success ? 'ok' : issueSentence(result.issues[0], 'the dialogue');
}

describe('DialogueSchema', () => {
  it('accepts a dialogue as the dataset import stores it', () => {
    expect(v.parse(DialogueSchema, dialogue())).toEqual(dialogue());
  });

  it('names what is wrong with a damaged record', () => {
    expect(check(42)).toBe('the dialogue is not an object (found a number)');
    expect(check({ id: 'v2-1' })).toBe('the dialogue has no "dataset"');
    expect(check(dialogue({ turns: [] }))).toBe('the dialogue has no turns');
    expect(check({ ...dialogue(), turns: [{ role: 'nurse', text: 'hi' }] })).toBe(
      'the dialogue: turn 1 has a role other than "patient" or "doctor"',
    );
    expect(check({ ...dialogue(), flags: ['spam'] })).toBe(
      'the dialogue: quality flag 1 has an unknown quality flag',
    );
    expect(check({ ...dialogue(), flags: ['duplicate', 'duplicate'] })).toBe(
      'the dialogue has the same quality flag twice',
    );
    expect(check({ ...dialogue(), source: null })).toBe(
      'the dialogue has a source that is not an object',
    );
  });
});

describe('parseSetting', () => {
  it('covers the keys the app stores', () => {
    expect(Object.keys(SettingSchemas).sort()).toEqual(
      [SELECTED_MODEL_KEY, THEME_KEY, LOW_POWER_KEY, MAX_DOWNLOAD_KEY, SPEEDS_KEY].sort(),
    );
  });

  it('returns a valid value and the fallback for anything else', () => {
    expect(parseSetting('theme', 'dark', 'system')).toBe('dark');
    expect(parseSetting('theme', 'purple', 'system')).toBe('system');
    expect(parseSetting('theme', undefined, 'system')).toBe('system');
    expect(parseSetting('engine.selectedModelId', 'Qwen', null)).toBe('Qwen');
    expect(parseSetting('engine.selectedModelId', null, 'x')).toBeNull();
    expect(parseSetting('engine.selectedModelId', 42, null)).toBeNull();
    expect(parseSetting('engine.selectedModelId', '', null)).toBeNull();
  });

  it('reads the model preferences and measured speeds, or falls back when they are damaged', () => {
    expect(parseSetting(LOW_POWER_KEY, true, null)).toBe(true);
    expect(parseSetting(LOW_POWER_KEY, 'yes', null)).toBeNull();
    expect(parseSetting(MAX_DOWNLOAD_KEY, 5e8, null)).toBe(5e8);
    for (const bad of [0, -1, Infinity, '500 MB']) {
      expect(parseSetting(MAX_DOWNLOAD_KEY, bad, null)).toBeNull();
    }
    const speeds = {
      'Qwen3-1.7B-q4f16_1-MLC': {
        modelId: 'Qwen3-1.7B-q4f16_1-MLC',
        prefillTokensPerS: 310.5,
        decodeTokensPerS: null,
        samples: 1,
      },
    };
    expect(parseSetting(SPEEDS_KEY, speeds, {})).toEqual(speeds);
    const negative = { x: { ...speeds['Qwen3-1.7B-q4f16_1-MLC'], prefillTokensPerS: -3 } };
    expect(parseSetting(SPEEDS_KEY, negative, {})).toEqual({});
    expect(parseSetting(SPEEDS_KEY, [1, 2], {})).toEqual({});
  });
});
