// Rules, phase 25 twenty-second round: a poorly child under five (lexicon-little-ones.ts;
// fresh-triage-p25w, read once at a5d7a04). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const LITTLE_ONES_RULES: readonly RuleSource[] = [
  // A rash still seen through a glass, with a fever (NICE NG143: red, 999).
  ['meningitis-signs', 'glass_still_seen & (fever | fever_word | high_fever_words | child | baby)'],
  // A young child found with someone's dangerous tablets, a pot open or some gone (TOXBASE:
  // one tablet of amlodipine can harm a toddler; A&E).
  [
    'overdose-poisoning',
    '(child | baby) & found_with_meds & (child_one_pill_drug | high_risk_drug | opioid | rx_tablets_lay)',
  ],
  // A weak, high-pitched cry that goes on, with heat or no settling (NICE NG143: red).
  ['child-red-flags', 'high_cry & (not_settling | fever_word | skin_hot | drowsy)'],
  // Half the usual feeds or less in a baby with a cough, a cold or bronchiolitis (NICE NG9: a
  // doctor today).
  ['child-fever-warning', '(baby | child | baby_word | months_age_lay) & feeds_half'],
  // A fever with a strong-smelling wee or crying on weeing in a young child (NICE CG54: a urine
  // test today).
  [
    'urine-infection-warning',
    '(child | baby | child_age | months_age_lay) & wee_signs_child & (fever | fever_word | high_fever_words | temp_said)',
  ],
  // 39 or more at 3 to 6 months (NICE NG143: amber; under 3 months at 38 is red already).
  ['child-fever-warning', 'months_lt6_lay & temp_39'],
  // A fever still there 2 days or more after the jabs (NHS: 111 or the GP).
  ['child-fever-warning', 'fever_after_jabs & (fever | fever_word)'],
  // A parent's "something's not right" with a baby feeding less, sleeping more or crying
  // differently (NICE NG143: amber).
  [
    'child-fever-warning',
    'parent_instinct & feeding_less_lay & (baby | baby_word | child | months_age_lay)',
  ],
];
