// Rules, phase 25, stop 46 seventh round: eyes, ears, nose, throat, mouth and teeth, a fourth
// author (lexicon-senses-fourth.ts; fresh-triage-p28f, read once at 15eacf3). Expression
// language: expression.ts.

import type { RuleSource } from './rule-types';

export const SENSES_FOURTH_RULES: readonly RuleSource[] = [
  // Jaw or teeth aching on effort and easing at rest, now with sweating, sickness or breathlessness
  // (NICE CG95: cardiac pain felt in the jaw, 999).
  [
    'chest-pain-red-flags',
    'jaw_ache_lay & effort_then_rest & (sweaty | clammy | nausea | breathless | vomiting)',
  ],
  // Bleeding after teeth out that goes on, with faintness, clammy or pale (A&E now).
  [
    'severe-bleeding',
    'bleeding_any & (tooth_extraction | dental_work) & (near_faint | fainted) & (clammy | pale | sweaty)',
  ],
  // A severe sore throat, unable to swallow, leaning forward to breathe or with a muffled voice
  // (epiglottitis: 999).
  [
    'airway-blocked',
    'sore_throat & (fluids_not_kept | cant_swallow | drooling) & (lean_forward_breathe | muffled_voice & (severe | severe_pain_any | pain_extreme_lay))',
  ],
  // New flashes and floaters together (a retinal tear: eye casualty today).
  [
    'eye-warning',
    '(flashes_edge_lay | flashes_lay) & (floaters_lay | floaters_flashes) & !chronic_pattern',
  ],
  // The outer ear swollen and squishy after a knock (a haematoma: drained today).
  ['ent-warning', 'ear_outer_swollen & ear_knock'],
];
