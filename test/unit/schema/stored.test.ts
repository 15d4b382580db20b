// Issue 15, item 4 for the dataset: a garbage dialogue record must read as damaged (the
// Dataset view then says so) instead of a view that shows "Opening…" forever.
import { describe, expect, it } from 'vitest';
import { parseStoredDialogue } from '@/lib/schema/stored';
import { dialogue } from './fixtures';

describe('parseStoredDialogue', () => {
  it('passes a good record through', () => {
    expect(parseStoredDialogue(dialogue(), 'v2-12')).toEqual({
      ok: true,
      value: dialogue(),
      repairs: [],
    });
  });

  it('reports a garbage record as damaged, with its key, a reason and the record', () => {
    for (const [record, reason] of [
      [42, 'the dialogue is not an object (found a number)'],
      ['hello', 'the dialogue is not an object (found a string)'],
      [{ id: 'v2-12', turns: 'x' }, 'the dialogue has no "dataset"'],
      [{ ...dialogue(), turns: [{ role: 'doctor' }] }, 'the dialogue: turn 1 has no "text"'],
      [undefined, 'the dialogue is missing'],
    ] as const) {
      expect(parseStoredDialogue(record, 'v2-12')).toEqual({
        ok: false,
        damaged: { key: 'v2-12', id: 'v2-12', reason, record },
      });
    }
  });
});
