// @vitest-environment node
// A role-played visit is found by what brought the patient (its chief complaint), not by the
// other conditions its opening mentions on the way: asked about asthma, a visit for knee pain
// in which the patient says their asthma is fine is no similar case; a visit for asthma is.
import { describe, expect, it } from 'vitest';
import type { Dialogue } from '@/lib/data/normalize';
import { createRetriever } from '@/lib/retrieval/retriever';
import { SMALL_POOL_OPTIONS } from './small-pool-options';

const options = SMALL_POOL_OPTIONS;

const visit = (id: string, description: string, turns: [string, string][]): Dialogue => ({
  id,
  dataset: 'aci',
  index: 0,
  description,
  turns: turns.map(([role, text]) => ({ role: role === 'D' ? 'doctor' : 'patient', text })),
  segment: 'roleplayed-visit',
  flags: [],
  split: 'train',
  source: { file: 'x.csv', row: 0 },
});

const knee = visit('aci-1', 'Visit for knee pain; also asthma', [
  ['D', 'so anna is a 40-year-old female with asthma who presents with knee pain. what happened?'],
  ['P', 'my asthma is fine, i use my inhaler now and then. but my knee hurts when i run.'],
  ['D', 'okay. any swelling in the knee?'],
  ['P', 'a little swelling after i run, and it clicks on the stairs.'],
]);
const asthma = visit('aci-2', 'Visit for asthma', [
  ['D', 'so john is a 30-year-old male who presents with asthma. how have you been?'],
  ['P', 'my asthma has been worse, i use my inhaler four times a day and wake up wheezing.'],
  ['D', 'okay. any fever or cough with it?'],
]);

describe('a role-played visit', () => {
  it('is found by its chief complaint, not by a condition its opening mentions', () => {
    const retriever = createRetriever([knee, asthma], options);
    expect(
      retriever.search('my asthma is worse, using my inhaler a lot').map((m) => m.dialogue.id),
    ).toEqual(['aci-2']);
    expect(retriever.search('knee pain when i run, swelling').map((m) => m.dialogue.id)).toEqual([
      'aci-1',
    ]);
  });
});
