// Rules, phase 25 sixty-fifth round: infections and fevers in adults and teenagers, a third author
// (lexicon-infections-third.ts; fresh-triage-p27s, read once at 4771b3c). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const INFECTIONS_THIRD_RULES: readonly RuleSource[] = [
  // A fever with cold hands and feet and aching legs or spots coming up (NICE NG51: 999).
  [
    'sepsis-signs',
    '(fever | fever_word | fever_lay | temp_bare_high) & cold_extremities & (muscle_ache | limb_pain | spots_coming_up | rash)',
  ],
  // A hard or tight belly with a temperature or a racing heart days after an operation (a leak
  // or peritonitis: A&E).
  [
    'abdominal-emergency',
    'operation_recent_lay & (rigid_abdomen | belly_hard_lay | belly_hard_before | distension) & (fever | temp_bare_high | hr_110 | hr_fast)',
  ],
  // A wound leaking and redder after an operation or a joint replacement (seen today).
  [
    'skin-infection',
    'wound_leaking_lay & (redder_lay | red_hot_swollen | spreading_redness | fever | temp_bare_high) & (operation_recent_lay | surgery_recent | prosthetic_joint | post_op_days)',
  ],
];
