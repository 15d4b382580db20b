import { describe, expect, it } from 'vitest';
import {
  benchCase,
  DEFAULT_BENCH_SEGMENTS,
  eligibleBySegment,
  selectCases,
} from '@/lib/bench/cases';
import { fnv1a } from '@/lib/text/fnv1a';
import { dialogue, FIVE } from './helpers';

describe('benchCase', () => {
  it('takes the first patient turn as the prompt and the first doctor turn as the reference', () => {
    const d = dialogue('v1-9', [
      ['patient', '  my knee hurts '],
      ['doctor', 'rest it'],
      ['patient', 'thanks'],
      ['doctor', 'you are welcome'],
    ]);
    expect(benchCase(d)).toEqual({
      id: 'v1-9',
      dataset: 'v1',
      segment: 'covid-scrape-2020',
      prompt: 'my knee hurts',
      reference: 'rest it',
    });
  });

  it('refuses dialogues that open with the doctor, lack a reply, or have a blank turn', () => {
    expect(
      benchCase(
        dialogue('mts-1', [
          ['doctor', 'How old are you?'],
          ['patient', '44'],
        ]),
      ),
    ).toBeNull();
    expect(benchCase(dialogue('v1-1', [['patient', 'hello']]))).toBeNull();
    expect(
      benchCase(
        dialogue('v1-1', [
          ['patient', 'hi'],
          ['patient', 'anyone?'],
        ]),
      ),
    ).toBeNull();
    expect(
      benchCase(
        dialogue('v1-1', [
          ['patient', 'hi'],
          ['doctor', '   '],
        ]),
      ),
    ).toBeNull();
  });
});

describe('selectCases', () => {
  const others = [
    dialogue(
      'v1-20',
      [
        ['patient', 'train question'],
        ['doctor', 'answer'],
      ],
      { split: 'train' },
    ),
    dialogue(
      'v1-21',
      [
        ['patient', 'validation q'],
        ['doctor', 'answer'],
      ],
      { split: 'validation' },
    ),
    dialogue(
      'v1-22',
      [
        ['patient', 'flagged q'],
        ['doctor', 'answer'],
      ],
      { flags: ['duplicate'] },
    ),
    dialogue(
      'v2-23',
      [
        ['patient', 'translated q'],
        ['doctor', 'answer'],
      ],
      {
        segment: 'machine-translated',
      },
    ),
    dialogue(
      'mts-24',
      [
        ['doctor', 'How are you?'],
        ['patient', 'fine'],
      ],
      {
        segment: 'clinic-snippet',
      },
    ),
  ];

  it('picks only unflagged test-split single exchanges of the chosen segments', () => {
    const { cases, eligible } = selectCases([...FIVE, ...others], {
      n: 50,
      segments: DEFAULT_BENCH_SEGMENTS,
    });
    expect(eligible).toBe(5);
    expect(cases.map((c) => c.id).sort()).toEqual(['v1-1', 'v1-2', 'v1-3', 'v2-4', 'v2-5']);
  });

  it('with no segment chosen, picks from every segment', () => {
    const { eligible, cases } = selectCases([...FIVE, ...others], { n: 50, segments: [] });
    expect(eligible).toBe(6);
    expect(cases.map((c) => c.id)).toContain('v2-23');
  });

  it('is deterministic, independent of input order, and a smaller N is a prefix of a larger', () => {
    const all = selectCases(FIVE, { n: 5, segments: [] }).cases.map((c) => c.id);
    const reversed = selectCases([...FIVE].reverse(), { n: 5, segments: [] }).cases.map(
      (c) => c.id,
    );
    expect(reversed).toEqual(all);
    expect(selectCases(FIVE, { n: 3, segments: [] }).cases.map((c) => c.id)).toEqual(
      all.slice(0, 3),
    );
    // The order follows the seeded hash, not the dataset order.
    const keys = all.map((id) => fnv1a(`bedside-bench-1:${id}`));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('another seed gives another order', () => {
    const ids = Array.from({ length: 20 }, (_, i) =>
      dialogue(`v1-${i}`, [
        ['patient', `q${i}`],
        ['doctor', `a${i}`],
      ]),
    );
    const a = selectCases(ids, { n: 20, segments: [] }).cases.map((c) => c.id);
    const b = selectCases(ids, { n: 20, segments: [], seed: 'other' }).cases.map((c) => c.id);
    expect(b).not.toEqual(a);
    expect([...b].sort()).toEqual([...a].sort());
  });

  it('counts eligible dialogues per segment', () => {
    expect(eligibleBySegment([...FIVE, ...others])).toEqual({
      'covid-scrape-2020': 3,
      askdocs: 2,
      'machine-translated': 1,
    });
  });
});

describe('fnv1a', () => {
  it('matches the reference values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});
