// Rules, stop 47: four more sets read together (lexicon-week-fourth.ts; fresh-triage-p29i,
// p29l, p29m, p29n). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WEEK_FOURTH_RULES: readonly RuleSource[] = [
  // A limb white or cold and mottled, new today or with AF (999).
  [
    'limb-blood-supply',
    'limb_cold_white & mottled & (af | fine_until_today | sudden | onset_last_hour)',
  ],
  // Ulcerative colitis or Crohn's with many bloody stools and a fever or fast pulse (999).
  [
    'very-unwell',
    'ibd_named & stools_many & (bleeding_any | blood_in_stool) & (temp_bare_high | temp_38 | hr_fast)',
  ],
  // A sore back with a fever and weak legs or stumbling (an epidural abscess: 999).
  [
    'spinal-cord-warning',
    '(back_pain | back_sore_lay) & (fever_word | fever_lay | temp_bare_high) & (legs_weak_both | limb_weak | ataxia | arm_leg_weak)',
  ],
  // The same day, firm against the net.
  ['tube-feed-problem', 'tube_fed & line_moved', { firm: true }],
  [
    'result-needs-check',
    'creatinine_high & (result_was_lower | nsaid | new_medicine) | wcc_very_high',
    { firm: true },
  ],
  [
    'urine-infection-warning',
    'burning_passing_urine & (rigors | bare_temp_high | fever_word | fever_lay)',
    { firm: true },
  ],
  ['joint-warning', 'joint_hot_swollen & !fall & !injury_event & !gout_again', { firm: true }],
  ['back-pain-warning', 'cancer & back_pain & (night_pain | raised_pressure_cue)', { firm: true }],
];
