// Rules, stop 47: medicines and pharmacy, and rare time-critical conditions
// (lexicon-medicines-fourth.ts; fresh-triage-p28q and p28u, read once at fdc6048). Expression
// language: expression.ts.

import type { RuleSource } from './rule-types';

export const MEDICINES_FOURTH_RULES: readonly RuleSource[] = [
  // Falls today with dizziness on standing after a blood pressure tablet was added (a
  // medication review today).
  [
    'medicine-side-effect',
    'bp_med_new & (falls_today_count | fall) & (dizzy | stand_up_lay | standing_up)',
    { firm: true },
  ],
  ['older-adult-decline', 'older & falls_today_count', { firm: true }],
  // Blood in the urine on an anticoagulant (the same day).
  [
    'bleeding-needs-check',
    'anticoagulant & haematuria & (!benign_colour | beetroot_denied)',
    { firm: true },
  ],
  // Thirst, much urine, constipation or confusion with myeloma or cancer in the bones (high
  // calcium: acute oncology today).
  [
    'treatment-side-effects',
    'myeloma_named & (calcium_signs | polydipsia | polyuria) & (bowels_stopped | straining | forgetful | confusion_subacute | confused | drowsy | washed_out)',
    { firm: true },
  ],
];
