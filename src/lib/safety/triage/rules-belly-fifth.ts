// Rules, stop 47: belly, bowels and waterworks, a fifth author (lexicon-belly-fifth.ts;
// fresh-triage-p28r, read once at fdc6048). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BELLY_FIFTH_RULES: readonly RuleSource[] = [
  // Pain spread over the whole belly, unable to move or with a fever or vomiting (peritonitis:
  // A&E now).
  [
    'abdominal-emergency',
    'belly_pain_spread_whole & (cant_stand_move | severe | severe_pain_any | temp_bare_high | fever | vomiting)',
  ],
  // Heavy bleeding from the bottom with dizziness or a racing heart (999).
  [
    'severe-bleeding',
    'blood_in_stool & stool_blood_heavy & (dizzy | palpitations | hr_fast | fainted | pale)',
  ],
  // Blood or clots in the urine, then nothing passed (clot retention: A&E).
  ['urinary-retention', 'cant_pass_anything & (haematuria | dark_urine | retention)'],
  // Known diverticular disease with pain and a temperature (NICE NG147: a same-day assessment).
  [
    'severe-abdominal-pain',
    'llq_pain & (abdo_pain | low_side_pain) & (temp_37_5 | temp_bare_high | fever)',
  ],
];
