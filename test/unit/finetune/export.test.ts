import { describe, expect, it } from 'vitest';
import type { Dialogue } from '@/lib/data/normalize';
import {
  buildFinetuneExport,
  DEFAULT_FILTERS,
  toChatMessages,
  toJsonl,
} from '@/lib/finetune/export';

let n = 0;
function dialogue(partial: Partial<Dialogue> & Pick<Dialogue, 'turns'>): Dialogue {
  n += 1;
  return {
    id: `v2-${n}`,
    dataset: 'v2',
    index: n,
    description: '',
    segment: 'askdocs',
    flags: [],
    split: 'train',
    source: { file: 'know_merge.json', row: n },
    ...partial,
  };
}

const qa = (q: string, a: string) => [
  { role: 'patient' as const, text: q },
  { role: 'doctor' as const, text: a },
];

describe('toChatMessages', () => {
  it('maps patient/doctor to user/assistant and joins consecutive turns of one side', () => {
    const d = dialogue({
      turns: [
        { role: 'doctor', text: 'What brings you in today?' },
        { role: 'patient', text: 'My knee hurts.' },
        { role: 'patient', text: 'Mostly on stairs.' },
        { role: 'doctor', text: 'How long has it hurt?' },
        { role: 'patient', text: 'Two weeks.' },
      ],
    });
    expect(toChatMessages(d)).toEqual([
      { role: 'user', content: 'My knee hurts.\nMostly on stairs.' },
      { role: 'assistant', content: 'How long has it hurt?' },
    ]);
  });

  it('returns null when no question-and-answer exchange is left', () => {
    expect(toChatMessages(dialogue({ turns: [{ role: 'patient', text: 'hello?' }] }))).toBeNull();
  });
});

describe('buildFinetuneExport', () => {
  const rows = [
    dialogue({ turns: qa('I have a cough', 'It may be viral; see a doctor if it lasts.') }),
    dialogue({ turns: qa('fever for 3 days', 'Drink fluids.'), split: 'validation' }),
    dialogue({ turns: qa('held out', 'never exported'), split: 'test' }),
    dialogue({ turns: qa('same question', 'same answer'), flags: ['duplicate'] }),
    dialogue({ turns: qa('ok?', 'Yes'), flags: ['short-answer'] }),
    dialogue({
      turns: qa('Posts by unflaired users', 'removed'),
      flags: ['moderator-boilerplate'],
    }),
    dialogue({ turns: qa('Doctor your nose is damaged', 'blush'), segment: 'machine-translated' }),
    dialogue({ turns: qa('see http://x.example', 'Thanks'), flags: ['contains-url'] }),
  ];

  // These rows test the quality filters; the red-flag rule (which drops the urgent "fever for 3
  // days" row answered with "Drink fluids.") is tested in prompt-shape.test.ts.
  const noRedFlagRule = { ...DEFAULT_FILTERS, redFlagNotes: false };

  it('holds out the test split and drops flagged and machine-translated rows by default', () => {
    const result = buildFinetuneExport(rows, noRedFlagRule);
    expect(result.examples.train).toHaveLength(2); // the cough row and the URL row
    expect(result.examples.validation).toHaveLength(1);
    expect(result.dropped).toEqual({
      'test-split': 1,
      'flag:duplicate': 1,
      'flag:short-answer': 1,
      'flag:moderator-boilerplate': 1,
      segment: 1,
    });
    const first = result.examples.train[0]!.messages;
    expect(first[0]).toEqual({ role: 'system', content: DEFAULT_FILTERS.systemPrompt });
    expect(first.slice(1).map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(JSON.stringify(result)).not.toContain('never exported');
  });

  it('lets machine-translated rows and flagged rows in when asked', () => {
    const result = buildFinetuneExport(rows, {
      ...noRedFlagRule,
      segments: ['askdocs', 'machine-translated'],
      dropFlags: ['contains-url'],
    });
    const users = result.examples.train.map((e) => e.messages[1]!.content);
    expect(users).toContain('Doctor your nose is damaged');
    expect(users).toContain('same question');
    expect(users).not.toContain('see http://x.example');
    expect(result.counts.bySegment).toEqual({ askdocs: 5, 'machine-translated': 1 });
  });

  it('drops examples with a turn over the length limit', () => {
    const long = dialogue({ turns: qa('x'.repeat(50), 'fine') });
    const result = buildFinetuneExport([long], { ...DEFAULT_FILTERS, maxTurnChars: 20 });
    expect(result.examples.train).toHaveLength(0);
    expect(result.dropped['turn-too-long']).toBe(1);
  });

  it('writes one JSON object per line', () => {
    const jsonl = toJsonl(buildFinetuneExport(rows).examples.train);
    const lines = jsonl.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('messages');
    expect(toJsonl([])).toBe('');
  });
});
