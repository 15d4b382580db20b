import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { THEME_KEY } from '@/lib/settings/theme';
import { DialogueSchema } from '@/lib/schema/dialogue';
import { issueSentence } from '@/lib/schema/issues';
import { parseSetting, SettingSchemas } from '@/lib/schema/settings';
import { SELECTED_MODEL_KEY } from '@/state/engine';
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
    expect(Object.keys(SettingSchemas).sort()).toEqual([SELECTED_MODEL_KEY, THEME_KEY].sort());
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
});
