import { describe, expect, it } from 'vitest';
import type { Turn } from '@/lib/data/normalize';
import { assignSplit, splitFor, splitKey, stableHash } from '@/lib/data/split';

const qa = (q: string, a: string): { turns: Turn[] } => ({
  turns: [
    { role: 'patient', text: q },
    { role: 'doctor', text: a },
  ],
});

describe('deterministic split', () => {
  it('gives the same split for the same content, every time (pinned values)', () => {
    // These pins catch an accidental change of hash or salt, which would reshuffle every split.
    expect(stableHash('bedside')).toBe(stableHash('bedside'));
    expect(stableHash('')).toBe(3338908027751811);
    expect(stableHash('pneumonia')).toBe(4507641716942681);
    expect(['q0', 'q1', 'q25', 'q42', 'q50'].map((k) => splitFor(k))).toEqual([
      'train',
      'test',
      'validation',
      'validation',
      'test',
    ]);
  });

  it('keeps a question in one split whatever its answer, case or spacing', () => {
    const a = qa('Is a fever of 39 C dangerous for a toddler?', 'Call your doctor.');
    const b = qa(
      'is a fever of 39 c   dangerous for a toddler?',
      'It depends on how she is acting.',
    );
    expect(splitKey(a)).toBe(splitKey(b));
    expect(assignSplit(a)).toBe(assignSplit(b));
  });

  it('keys longer conversations on all their turns, not just the patient’s "No."', () => {
    const one = {
      turns: [
        { role: 'doctor', text: 'Any allergies?' },
        { role: 'patient', text: 'No.' },
      ] as Turn[],
    };
    const two = {
      turns: [
        { role: 'doctor', text: 'Do you smoke?' },
        { role: 'patient', text: 'No.' },
      ] as Turn[],
    };
    expect(splitKey(one)).not.toBe(splitKey(two));
  });

  it('splits about 80/10/10 and does not depend on the order of rows', () => {
    const keys = Array.from(
      { length: 20000 },
      (_, i) => `question number ${i} about symptom ${i % 97}`,
    );
    const count = (list: string[]) => {
      const c = { train: 0, validation: 0, test: 0 };
      for (const k of list) c[splitFor(k)] += 1;
      return c;
    };
    const forward = count(keys);
    expect(forward.train / keys.length).toBeCloseTo(0.8, 1);
    expect(forward.validation / keys.length).toBeCloseTo(0.1, 1);
    expect(forward.test / keys.length).toBeCloseTo(0.1, 1);
    expect(count([...keys].reverse())).toEqual(forward);
  });
});
