import { describe, expect, it } from 'vitest';
import {
  DataValidationError,
  normalizeFile,
  parseAciMetadata,
  segmentFor,
  type NormalizeContext,
} from '@/lib/data/normalize';

const ctx = (over: Partial<NormalizeContext> = {}): NormalizeContext => ({
  dataset: 'v1',
  file: 'know_medical_dialogues/v1/train_set_med.json',
  firstIndex: 0,
  segments: [{ from: 0, segment: 'covid-scrape-2020' }],
  ...over,
});

function errorOf(run: () => unknown): DataValidationError {
  try {
    run();
  } catch (e) {
    if (e instanceof DataValidationError) return e;
    throw e;
  }
  throw new Error('expected a DataValidationError');
}

describe('description + utterances (know_medical_dialogues v1, local copy)', () => {
  const rows = [
    {
      description: 'suggest treatment for pneumonia',
      utterances: ['patient: i have a cough and fever.', 'doctor: hi, get a chest x-ray.'],
    },
    {
      description: 'follow-up',
      utterances: ['patient: a', 'doctor: b', 'Patient:  c  '],
    },
  ];

  it('splits the speaker prefixes into roles and keeps the description', () => {
    const [first, second] = normalizeFile('description-utterances', JSON.stringify(rows), ctx());
    expect(first).toEqual({
      id: 'v1-0',
      dataset: 'v1',
      index: 0,
      description: 'suggest treatment for pneumonia',
      turns: [
        { role: 'patient', text: 'i have a cough and fever.' },
        { role: 'doctor', text: 'hi, get a chest x-ray.' },
      ],
      segment: 'covid-scrape-2020',
      source: { file: 'know_medical_dialogues/v1/train_set_med.json', row: 0 },
    });
    expect(second!.turns.map((t) => t.role)).toEqual(['patient', 'doctor', 'patient']);
    expect(second!.turns[2]!.text).toBe('c');
  });

  it('names the file, row and field of an utterance without a speaker', () => {
    const bad = [rows[0], { description: 'x', utterances: ['patient: hi', 'nurse: hello'] }];
    const e = errorOf(() => normalizeFile('description-utterances', JSON.stringify(bad), ctx()));
    expect(e.message).toBe(
      'know_medical_dialogues/v1/train_set_med.json, row 1, field "utterances[1]": does not start with "patient:" or "doctor:" ("nurse: hello")',
    );
  });

  it('rejects a missing description, empty utterances and a non-array file', () => {
    expect(
      errorOf(() =>
        normalizeFile('description-utterances', '[{"utterances":["patient: a"]}]', ctx()),
      ).message,
    ).toContain('row 0, field "description": expected a string, found a undefined');
    expect(
      errorOf(() =>
        normalizeFile('description-utterances', '[{"description":"d","utterances":[]}]', ctx()),
      ).message,
    ).toContain('field "utterances": expected a non-empty array of strings, found an array');
    expect(
      errorOf(() => normalizeFile('description-utterances', '{"rows":[]}', ctx())).message,
    ).toBe(
      'know_medical_dialogues/v1/train_set_med.json: expected a JSON array of rows, found an object',
    );
  });

  it('reports invalid JSON with the file name', () => {
    const e = errorOf(() =>
      normalizeFile('description-utterances', '[{"description": "x",', ctx()),
    );
    expect(e.message).toMatch(/^know_medical_dialogues\/v1\/train_set_med\.json: not valid JSON: /);
    expect(e.row).toBeNull();
  });
});

describe('instruction / input / output (hub files of v1 and v2)', () => {
  const v2 = ctx({
    dataset: 'v2',
    file: 'know_medical_dialogues/v2/know_merge.json',
    segments: [
      { from: 0, to: 1, segment: 'askdocs' },
      { from: 2, segment: 'machine-translated' },
    ],
  });

  it('makes the instruction (plus any input) the patient turn and the output the doctor turn', () => {
    const rows = [
      { instruction: 'My daughter has a HR of 170.', input: '', output: 'Go to the ED.' },
      { instruction: 'Rash on arm', input: 'Photo attached', output: 'Looks like eczema.' },
      { instruction: 'Doctor, my nose is damaged.', input: '', output: 'Use saline.' },
    ];
    const out = normalizeFile('instruction-input-output', JSON.stringify(rows), v2);
    expect(out.map((d) => [d.id, d.segment, d.description])).toEqual([
      ['v2-0', 'askdocs', ''],
      ['v2-1', 'askdocs', ''],
      ['v2-2', 'machine-translated', ''],
    ]);
    expect(out[1]!.turns).toEqual([
      { role: 'patient', text: 'Rash on arm\n\nPhoto attached' },
      { role: 'doctor', text: 'Looks like eczema.' },
    ]);
  });

  it('accepts JSON Lines as the hub sometimes serves', () => {
    const jsonl =
      '{"instruction":"a?","input":"","output":"b."}\n{"instruction":"c?","output":"d."}\n';
    expect(normalizeFile('instruction-input-output', jsonl, v2)).toHaveLength(2);
  });

  it('stops on an empty output or a wrong type, naming row and field', () => {
    const rows = [
      { instruction: 'q', input: '', output: 'a' },
      { instruction: 'q', input: '', output: '   ' },
    ];
    expect(
      errorOf(() => normalizeFile('instruction-input-output', JSON.stringify(rows), v2)).message,
    ).toBe('know_medical_dialogues/v2/know_merge.json, row 1, field "output": is empty');
    const typed = [{ instruction: 42, input: '', output: 'a' }];
    const e = errorOf(() => normalizeFile('instruction-input-output', JSON.stringify(typed), v2));
    expect([e.row, e.field, e.problem]).toEqual([
      0,
      'instruction',
      'expected a string, found a number',
    ]);
  });

  it('stops when no segment rule covers a row', () => {
    const rows = [{ instruction: 'q', input: '', output: 'a' }];
    const e = errorOf(() =>
      normalizeFile('instruction-input-output', JSON.stringify(rows), {
        ...v2,
        segments: [{ from: 5, segment: 'x' }],
      }),
    );
    expect(e.problem).toBe('no segment rule in datasets.json covers index 0');
  });
});

describe('MTS-Dialog CSV', () => {
  const mts = ctx({
    dataset: 'mts',
    file: 'mts_dialog/MTS-Dialog-TrainingSet.csv',
    firstIndex: 10,
    segments: [{ from: 0, segment: 'clinic-snippet' }],
  });
  const csv = [
    'ID,section_header,section_text,dialogue',
    '0,FAM/SOCHX,"Married, retired.","Doctor: Are you married?\r\nPatient: Yes, and retired.\r\nGuest_family_1: He worked at the, um,\r\npost office.\r\nGuest_clinican: Noted."',
    '1,GENHX,Knee pain.,"""Doctor: Any injury?\nGuest_family. Hello, I\'m his wife.\nDocotr_2: And the knee?\nPatient:\nPatient: It hurts."',
  ].join('\r\n');

  it('reads speakers (typos included), continuation lines, and the section as description', () => {
    const [a, b] = normalizeFile('mts-dialog-csv', csv, mts);
    expect(a).toMatchObject({
      id: 'mts-10',
      index: 10,
      description: 'Family and social history: Married, retired.',
      source: { file: 'mts_dialog/MTS-Dialog-TrainingSet.csv', row: 0, ref: '0' },
    });
    expect(a!.turns).toEqual([
      { role: 'doctor', text: 'Are you married?' },
      { role: 'patient', text: 'Yes, and retired.' },
      { role: 'patient', text: 'He worked at the, um,\npost office.', speaker: 'family member' },
      { role: 'doctor', text: 'Noted.', speaker: 'clinician' },
    ]);
    // A stray quote before a label, "Guest_family." with a full stop, and an empty turn dropped.
    expect(b!.turns).toEqual([
      { role: 'doctor', text: 'Any injury?' },
      { role: 'patient', text: "Hello, I'm his wife.", speaker: 'family member' },
      { role: 'doctor', text: 'And the knee?' },
      { role: 'patient', text: 'It hurts.' },
    ]);
  });

  it('stops on an unknown speaker label, naming the file line of the row', () => {
    const bad = 'ID,section_header,section_text,dialogue\n0,CC,x,"Doctor: hi\nNurse: hello"\n';
    const e = errorOf(() => normalizeFile('mts-dialog-csv', bad, mts));
    expect(e.message).toBe(
      'mts_dialog/MTS-Dialog-TrainingSet.csv, row 0 (line 2), field "dialogue": line 2 has an unknown speaker "Nurse"',
    );
  });

  it('reports broken CSV and missing columns with the file name', () => {
    expect(errorOf(() => normalizeFile('mts-dialog-csv', 'ID,dialogue\n0,x', mts)).message).toBe(
      'mts_dialog/MTS-Dialog-TrainingSet.csv: not valid CSV: line 1, column 1: missing columns "section_header", "section_text" (found "ID", "dialogue")',
    );
    expect(
      errorOf(() =>
        normalizeFile(
          'mts-dialog-csv',
          'ID,section_header,section_text,dialogue\n0,CC,x,"Doctor: hi',
          mts,
        ),
      ).message,
    ).toBe(
      'mts_dialog/MTS-Dialog-TrainingSet.csv: not valid CSV: line 2, column 8: quoted field is never closed',
    );
  });
});

describe('ACI-Bench CSV', () => {
  const aci = ctx({
    dataset: 'aci',
    file: 'aci_bench/train.csv',
    segments: [{ from: 0, segment: 'roleplayed-visit' }],
  });
  const metadata = parseAciMetadata(
    'dataset,encounter_id,id,cc,2nd_complaints\nvirtassist,D2N001,VA049,annual exam,congestive heart failure;depression\naci,D2N131,X,knee pain,\n',
    'aci_bench/train_metadata.csv',
  );

  it('reads [doctor]/[patient]/[patient_guest] turns and the chief complaint as description', () => {
    const text =
      'dataset,encounter_id,dialogue,note\nvirtassist,D2N001,"[doctor] hi , martha .\n[patient] i\'m okay .\n[patient_guest] she is tired .\n[doctor]\nall right .",CC\n';
    const [d] = normalizeFile('aci-bench-csv', text, { ...aci, metadata });
    expect(d!.description).toBe('Visit for annual exam; also congestive heart failure, depression');
    expect(d!.turns).toEqual([
      { role: 'doctor', text: 'hi , martha .' },
      { role: 'patient', text: "i'm okay ." },
      { role: 'patient', text: 'she is tired .', speaker: 'family member' },
      { role: 'doctor', text: 'all right .' },
    ]);
    expect(d!.source).toEqual({ file: 'aci_bench/train.csv', row: 0, ref: 'D2N001' });
  });

  it('gives an unlabelled opening line to the speaker the next label is not', () => {
    const text =
      'dataset,encounter_id,dialogue,note\naci,D2N131,"hi , susan .\n[patient] good .",x\n';
    const [d] = normalizeFile('aci-bench-csv', text, { ...aci, metadata });
    expect(d!.turns[0]).toEqual({ role: 'doctor', text: 'hi , susan .' });
  });

  it('stops on an encounter missing from the metadata', () => {
    const text = 'dataset,encounter_id,dialogue,note\naci,D2N999,"[doctor] hi",x\n';
    const e = errorOf(() => normalizeFile('aci-bench-csv', text, { ...aci, metadata }));
    expect([e.row, e.field, e.problem]).toEqual([
      0,
      'encounter_id',
      '"D2N999" is not in the metadata file',
    ]);
  });
});

describe('segmentFor', () => {
  it('finds the rule whose range holds the index', () => {
    const rules = [
      { from: 0, to: 1002, segment: 'askdocs' },
      { from: 1003, segment: 'machine-translated' },
    ];
    expect([0, 1002, 1003, 6306].map((i) => segmentFor(rules, i))).toEqual([
      'askdocs',
      'askdocs',
      'machine-translated',
      'machine-translated',
    ]);
  });
});
