import { describe, expect, it } from 'vitest';
import {
  hasBidiControls,
  revealBidiControls,
  safeLinkTarget,
  stripBidiControls,
} from '@/lib/text/bidi';
import { formatTime, formatWhen, isoDay, isValidTime, MAX_TIME } from '@/lib/text/dates';

describe('bidirectional controls', () => {
  const every = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';

  it('finds and strips every one of them, and nothing else', () => {
    expect(hasBidiControls(`a${every}b`)).toBe(true);
    expect(stripBidiControls(`in\u202Ecod.exe`)).toBe('incod.exe');
    expect(stripBidiControls(`a${every}b`)).toBe('ab');
    // Right-to-left letters and emoji with joiners are text, not controls.
    const text = 'שלום مرحبا 👩‍⚕️ café';
    expect(hasBidiControls(text)).toBe(false);
    expect(stripBidiControls(text)).toBe(text);
  });

  it('shows them where the reader should see that something was hidden', () => {
    expect(revealBidiControls('report\u202Efdp.exe')).toBe('report[U+202E]fdp.exe');
    expect(revealBidiControls('\u061C')).toBe('[U+061C]');
  });

  it('refuses a link target that hides where it goes', () => {
    expect(safeLinkTarget('https://example.org/a')).toBe('https://example.org/a');
    expect(safeLinkTarget('https://example.org/\u202Egro.live')).toBeNull();
    expect(safeLinkTarget('https://exa\u200Bmple.org')).toBeNull();
    expect(safeLinkTarget('java\nscript:alert(1)')).toBeNull();
  });
});

describe('dates that never throw', () => {
  it('knows which times a Date can hold', () => {
    for (const bad of [1e308, -1e20, 8640000000000001, NaN, Infinity, '5', null, undefined])
      expect(isValidTime(bad)).toBe(false);
    for (const good of [0, MAX_TIME, -MAX_TIME, 1.5, Date.now()])
      expect(isValidTime(good)).toBe(true);
  });

  it('writes "unknown date" instead of throwing RangeError', () => {
    const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    for (const bad of [1e308, -1e20, 8640000000000001, NaN]) {
      expect(() => new Intl.DateTimeFormat().format(new Date(bad))).toThrow(RangeError);
      expect(formatTime(bad, format)).toBe('unknown date');
      expect(formatWhen(bad)).toBe('unknown date');
      expect(isoDay(bad)).toBe('unknown date');
    }
    expect(formatTime(Date.UTC(2026, 10, 2), format)).toBe('Nov 2, 2026');
    expect(isoDay(MAX_TIME)).toBe('+275760-09-13');
  });

  it('shows the time for today and the date otherwise', () => {
    const now = new Date(2026, 10, 2, 15, 0).getTime();
    expect(formatWhen(new Date(2026, 10, 2, 9, 5).getTime(), now)).toMatch(/9:05|09:05/);
    expect(formatWhen(new Date(2025, 0, 3).getTime(), now)).toMatch(/2025/);
    expect(formatWhen(Date.UTC(2026, 0, 1), NaN)).toMatch(/202[56]/);
  });
});
