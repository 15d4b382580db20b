// Hand-made dialogues for the benchmark tests.
import type { Dialogue, Split } from '@/lib/data/normalize';
import type { QualityFlag } from '@/lib/data/quality-flags';

export function dialogue(
  id: string,
  turns: [role: 'patient' | 'doctor', text: string][],
  options: { segment?: string; split?: Split; flags?: QualityFlag[] } = {},
): Dialogue {
  const [dataset = 'v1', index = '0'] = id.split('-');
  return {
    id,
    dataset,
    index: Number(index),
    description: '',
    turns: turns.map(([role, text]) => ({ role, text })),
    segment: options.segment ?? (dataset === 'v2' ? 'askdocs' : 'covid-scrape-2020'),
    flags: options.flags ?? [],
    split: options.split ?? 'test',
    source: { file: `${dataset}.json`, row: Number(index) },
  };
}

/** Five single-exchange test dialogues in the default segments. */
export const FIVE: Dialogue[] = [
  dialogue('v1-1', [
    ['patient', 'knee pain'],
    ['doctor', 'knee pain needs rest'],
  ]),
  dialogue('v1-2', [
    ['patient', 'i have a dry cough for two days'],
    ['doctor', 'a dry cough for two days is usually viral; rest and drink fluids.'],
  ]),
  dialogue('v1-3', [
    ['patient', 'is loss of smell a sign of covid?'],
    ['doctor', 'yes, it is common with covid-19; get tested and isolate.'],
  ]),
  dialogue('v2-4', [
    ['patient', 'My rash is itchy after a new soap.'],
    ['doctor', 'Stop the soap and use a gentle moisturiser.'],
  ]),
  dialogue('v2-5', [
    ['patient', 'Can I run with a mild cold?'],
    ['doctor', 'Light exercise is fine if the symptoms are above the neck.'],
  ]),
];
