// Rules, phase 25 fifty-first round: newborns and babies under three months
// (lexicon-newborns-second.ts; fresh-triage-p27e). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const NEWBORNS_SECOND_RULES: readonly RuleSource[] = [
  // About to turn 3 months with a temperature of 38 or more (NICE NG143: red).
  [
    'infant-fever',
    'turns_3_months & (bare_temp_high | temp_38 | fever) & !breastfeeding & !infant_fever_mild',
  ],
  // A baby's fall from furniture with no cry at first (A&E).
  [
    'head-injury-red-flags',
    '(baby | baby_word | infant_u3m | months_age_lay) & fall_off_furniture & didnt_cry_first',
  ],
  // A groin lump in a baby born early (an inguinal hernia in a premature baby: seen today); one in
  // a term baby that goes back is a GP's referral (fresh-triage-p25y gq015, routine).
  [
    'baby-needs-check',
    '(baby | baby_word | infant_u3m | months_age_lay | newborn) & groin_lump_baby & premature_born',
  ],
  // Any burn or scald on a young baby (assessed today).
  [
    'wound-or-burn',
    '(infant_u3m | months_lt6_lay | newborn) & (burn | hot_spill | burn_event) & !sunburn_said',
  ],
];
