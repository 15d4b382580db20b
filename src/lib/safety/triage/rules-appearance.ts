// Rules, phase 25 eleventh round: what people see, on every skin tone (lexicon-appearance.ts;
// fresh-triage-p25l, read once at 3cb71f7). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const APPEARANCE_RULES: readonly RuleSource[] = [
  // Jaundice on a baby's first day (NICE CG98: a doctor within hours, never wait for the
  // midwife's next visit).
  ['child-red-flags', 'jaundice & (newborn | baby | baby_word) & born_today'],
  // A ring stuck on a finger gone purple, blue or numb: its blood supply (A&E now).
  ['limb-blood-supply', 'ring_stuck & (numb_any | digit_colour_bad)'],
  // A diabetic toe gone black with spreading redness, shivers or a fever (NICE NG19: 999/A&E).
  [
    'sepsis-signs',
    'diabetic & (foot_dark | digit_colour_bad) & (rigors | fever | spreading_redness)',
  ],
  // Foot pain at night eased by hanging the leg out of bed, or toes gone purple and cold in an
  // older person or a smoker: critical limb ischaemia (NICE CG147: vascular team urgently).
  [
    'circulation-warning',
    'rest_pain_lay | digit_colour_bad & (cold_extremities | cold_touch) & (older | smoker_said)',
  ],
  // A dusky patch at a stoma's edge: the stoma team today; all of it dark is rules-after-care's.
  ['result-needs-check', 'stoma & stoma_dusky_partial'],
  // A bruise on a baby who cannot roll or crawl (NICE CG89: a doctor today).
  ['baby-needs-check', 'bruise_any & not_mobile'],
];
