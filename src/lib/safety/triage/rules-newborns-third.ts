// Rules, stop 47: newborns and babies under 3 months, a third author
// (lexicon-newborns-third.ts; fresh-triage-p28s, read once at fdc6048). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

/** A baby under 3 months, by a measured age or a newborn. */
const YOUNG_BABY = '(infant_u3m | newborn)';

export const NEWBORNS_THIRD_RULES: readonly RuleSource[] = [
  // Breathing restarted only by stimulation (999).
  [
    'breathing-severe',
    '(apnoea | baby_monitor_alarm | breath_pauses | premature_born) & stimulated_to_breathe',
  ],
  // A blistered scald or a dog bite on the face of a young baby (NHS: A&E).
  [
    'serious-injury',
    `${YOUNG_BABY} & (hot_spill | burn | burn_event) & (blister | skin_blistered)`,
  ],
  [
    'serious-injury',
    `${YOUNG_BABY} & (animal_bite | animal_nipped_lay) & (face_eye_said | wound_deep)`,
  ],
  // Cold under 36 degrees and not feeding or quiet (sepsis: 999).
  [
    'child-red-flags',
    `${YOUNG_BABY} & (temp_low | cold_touch) & (quiet_withdrawn | not_feeding | feeding_uninterested | floppy | drowsy)`,
  ],
  // A tablet that can kill at one dose put in a baby's mouth (TOXBASE: 999).
  [
    'overdose-poisoning',
    '(baby | baby_word | infant_u3m | newborn) & child_one_pill_drug & mouth_contact',
  ],
  // The same day.
  ['baby-needs-check', `${YOUNG_BABY} & feeds_reduced_ml`],
  [
    'baby-needs-check',
    `${YOUNG_BABY} & inconsolable_lay & (feeds_short | change_from_usual | not_feeding)`,
  ],
  [
    'baby-needs-check',
    '(opioid | narrow_drug) & pregnant_word & (newborn | infant_u3m | baby_word) & (high_pitched_cry | hard_to_settle | sneezing_lots | sweaty | not_feeding)',
  ],
  ['possible-fracture', `${YOUNG_BABY} & limb_not_moving_baby`],
  ['head-injury', `${YOUNG_BABY} & fall_off_furniture`, { firm: true }],
  ['baby-needs-check', 'head_centiles_jumped'],
  [
    'infection-needs-check',
    `${YOUNG_BABY} & cold_sore_kiss & (blister | rash | spots_told_lay | fever | not_feeding | sleepier_lay)`,
  ],
  ['baby-needs-check', `${YOUNG_BABY} & formula_first & (rash | hives | spots_told_lay)`],
  ['child-fever-warning', 'jabs_day_named & still_febrile'],
  [
    'bleeding-needs-check',
    'circumcision & (still_oozing | bleeding_any) & (child_word | baby_word | baby)',
  ],
  [
    'exposure-treatment',
    '(measles_contact | measles_other_had) & (infant_u3m | infant_u6m | months_lt6_lay | pregnant_word | immunosuppressed)',
    { firm: true },
  ],
];
