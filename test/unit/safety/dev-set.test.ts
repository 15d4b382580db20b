import { describe, expect, it } from 'vitest';
import { DEV_SET, HELDOUT, TUNE, fnv1a, halfOf } from './dev-set';
import { parseCases } from './dev-set/parse';
import FRESH from './fresh-set';

describe('the triage development set', () => {
  it('is large, spread over organ systems and levels, with no duplicate messages', () => {
    expect(DEV_SET.length).toBeGreaterThanOrEqual(600);
    const systems = new Set(DEV_SET.map((c) => c.system));
    expect(systems.size).toBeGreaterThanOrEqual(21);
    for (const system of systems) {
      const levels = new Set(DEV_SET.filter((c) => c.system === system).map((c) => c.expected));
      expect([...levels].sort(), system).toEqual(['emergency', 'routine', 'urgent']);
    }
    expect(new Set(DEV_SET.map((c) => c.text)).size).toBe(DEV_SET.length);
    const share = (level: string) =>
      DEV_SET.filter((c) => c.expected === level).length / DEV_SET.length;
    expect(share('emergency')).toBeGreaterThan(0.33);
    expect(share('urgent')).toBeGreaterThan(0.25);
    expect(share('routine')).toBeGreaterThan(0.25);
  });

  it('covers every writing style it names', () => {
    const styles = new Set(DEV_SET.flatMap((c) => c.styles));
    for (const s of ['texting', 'typo', 'non-native', 'third-person', 'parent', 'long', 'units']) {
      expect(styles.has(s as never), s).toBe(true);
    }
  });

  it('splits by a hash of the text, so the halves do not depend on file order', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(TUNE.length + HELDOUT.length).toBe(DEV_SET.length);
    expect(TUNE.every((c) => halfOf(c.text) === 'tune')).toBe(true);
    expect(Math.abs(TUNE.length - HELDOUT.length)).toBeLessThan(DEV_SET.length * 0.1);
  });

  it('has a fresh held-out set of every level that shares no message with it', () => {
    expect(FRESH.length).toBeGreaterThanOrEqual(150);
    expect(new Set(FRESH.map((c) => c.expected))).toEqual(
      new Set(['emergency', 'urgent', 'routine']),
    );
    const known = new Set(DEV_SET.map((c) => c.text.toLowerCase()));
    expect(FRESH.filter((c) => known.has(c.text.toLowerCase()))).toEqual([]);
    expect(new Set(FRESH.map((c) => c.text)).size).toBe(FRESH.length);
  });

  it('rejects a malformed line with a message naming the file and line', () => {
    expect(() => parseCases('x', 'E plain no bar here')).toThrow(/dev-set\/x: line 0/);
    expect(() => parseCases('x', 'E shouting | HELP')).toThrow(/unknown style "shouting"/);
  });
});
