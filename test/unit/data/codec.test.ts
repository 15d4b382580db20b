import { describe, expect, it } from 'vitest';
import { decodeDialogues, DialogueFileError, encodeDialogues } from '@/lib/data/codec';
import type { Dialogue } from '@/lib/data/normalize';

const dialogues: Dialogue[] = [
  {
    id: 'mts-0',
    dataset: 'mts',
    index: 0,
    description: 'Allergies: None.',
    turns: [
      { role: 'doctor', text: 'Any allergies?' },
      { role: 'patient', text: 'None, he says.', speaker: 'family member' },
    ],
    segment: 'clinic-snippet',
    flags: [],
    split: 'test',
    source: { file: 'mts_dialog/a.csv', row: 0, ref: '0' },
  },
  {
    id: 'mts-1',
    dataset: 'mts',
    index: 1,
    description: '',
    turns: [{ role: 'patient', text: 'Hello "doctor"\nsecond line' }],
    segment: 'other',
    flags: ['short-answer', 'duplicate'],
    split: 'validation',
    source: { file: 'mts_dialog/b.csv', row: 7 },
  },
];

describe('compact dialogue files', () => {
  it('round-trips every field through JSON', () => {
    const file = JSON.parse(JSON.stringify(encodeDialogues('mts', dialogues)));
    expect(decodeDialogues(file, 'mts')).toEqual(dialogues);
  });

  it('is smaller than plain JSON objects', () => {
    const compact = JSON.stringify(encodeDialogues('mts', dialogues)).length;
    expect(compact).toBeLessThan(JSON.stringify(dialogues).length * 0.8);
  });

  it('rejects a file of another dataset, an unknown format, and malformed rows', () => {
    const file = encodeDialogues('mts', dialogues);
    expect(() => decodeDialogues(file, 'v1')).toThrow('holds dataset "mts", expected "v1"');
    expect(() => decodeDialogues({ ...file, format: 2 })).toThrow('unsupported format 2');
    const broken = JSON.parse(JSON.stringify(file));
    broken.rows[1][2][0][0] = 7;
    expect(() => decodeDialogues(broken)).toThrowError(
      new DialogueFileError('row 1: turn 0 has an unknown role'),
    );
    const flagged = JSON.parse(JSON.stringify(file));
    flagged.rows[0][4] = ['made-up'];
    expect(() => decodeDialogues(flagged)).toThrow('row 0: has an unknown flag');
    const truncated = JSON.parse(JSON.stringify(file));
    truncated.rows[0] = truncated.rows[0].slice(0, 4);
    expect(() => decodeDialogues(truncated)).toThrow('row 0: is not a dialogue tuple');
  });
});
