// Rules, phase 25 seventh round: school-age children and teenagers (lexicon-young-people.ts;
// fresh-triage-p25h, read once at bf18911). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const YOUNG_PEOPLE_RULES: readonly RuleSource[] = [
  // Grip-shaped bruises on a child who is frightened at home: a safeguarding referral today
  // (NSPCC; Working Together). A child's own disclosure with an injury is rules-wave9-b's.
  ['safeguarding-concern', '(child | baby | pupil_word) & safeguarding_marks & safeguarding_fear'],
  // A teenager or child with a painful hip who cannot take weight, the foot turned out: a
  // slipped hip (RCS: A&E now, no weight on it).
  [
    'serious-injury',
    'foot_turned_out & hip_pain & (cant_weight_bear | cant_stand | cant_stand_move | limb_not_used)',
  ],
  // Sex without consent, told by the person (NHS: a sexual assault referral centre, within days).
  ['sexual-assault', 'sex_without_consent'],
];
