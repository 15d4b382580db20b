// Rules, stop 47: teenagers and young adults, a second author
// (lexicon-young-people-second.ts; fresh-triage-p28w, read once at fdc6048). Expression
// language: expression.ts.

import type { RuleSource } from './rule-types';

export const YOUNG_PEOPLE_SECOND_RULES: readonly RuleSource[] = [
  // An erection not going down for hours, after an erection drug (NHS: A&E).
  ['priapism', 'erection_hours_wont & (ed_drug | erection_word_any | blue_pill_lay)'],
  // Neck pain with tingling or numbness in both hands after a crash (999: keep still).
  [
    'spinal-cord-warning',
    '(crash_lay | major_trauma) & neck_injury & (bilateral_tingle | arms_numb | limb_weak | legs_weak_both)',
  ],
  // A punched wall with a knuckle gone flat or a swollen, bruised hand (an X-ray today).
  [
    'possible-fracture',
    'punched_wall & (knuckle_flat | injury_swelling | digits_compromised | bruise_any | swollen_any)',
  ],
  // Thirst and weight lost without trying in a child or teenager (suspected type 1 diabetes:
  // the same day).
  [
    'high-blood-sugar',
    'polydipsia & weight_lost_lots & (child | child_word | minor_age | child_age)',
    { firm: true },
  ],
];
