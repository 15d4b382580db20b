// Rules, phase 10 second round (helper fa2): the kinds behind blind set 12's misses, probed with
// new wordings and twins before any change (test/unit/safety/probes-p10-fa2.json). Concepts:
// lexicon-*.ts. Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WAVE11_RULES: readonly RuleSource[] = [
  // A baby not moving at all for hours from 24 weeks (NHS, RCOG: call the maternity unit now,
  // do not wait for the next appointment). Moving less than usual stays same day, as the
  // development set labels it.
  ['pregnancy-emergency', 'pregnant & fetal_move_none & preg_20w & !preg_before_24w'],
  [
    'pregnancy-warning',
    'pregnant & (fetal_move_less | fetal_move_none) & !(first_movements_not_yet & preg_before_24w)',
  ],
  // A young child given too much paracetamol or ibuprofen dose after dose (a staggered
  // overdose: NHS, A&E even when the child seems well; the liver damage shows later). Not one
  // dose given a little early with the day's count said (phase 10 fa3, blind set 13).
  [
    'overdose-poisoning',
    '(child | baby) & (medication_error | dose_wrong_strength) & doses_repeated & (paracetamol_word | child_paracetamol | high_risk_drug) & !(dose_given_early & !dose_wrong_strength)',
  ],
  // Sunburn that blisters with shivering, sickness, dizziness, headache or a fever (NHS: 111).
  [
    'wound-or-burn',
    'sunburn_said & (blister | skin_blistered | burn_severe) & (rigors | nausea | vomiting | dizzy | headache | fever | very_unwell)',
  ],
];
