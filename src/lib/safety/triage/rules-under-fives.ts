// Rules, phase 25 twenty-fourth round: babies and children under five who are unwell, a third
// author on p25w's and p25y's theme (lexicon-under-fives.ts; fresh-triage-p25z, read once at
// 107da14). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

/** A child whose age says so (an age in months counts: "18 months, ..."). */
const YOUNG = '(child | baby | child_word | baby_word | child_age | months_age_lay)';

export const UNDER_FIVES_RULES: readonly RuleSource[] = [
  // A child's limb clearly bent where it should not be after a fall or a knock (NHS: A&E now).
  // Not "looks a bit bent" or "a bit wonky" (two blind-set authors: a same-day X-ray).
  [
    'serious-injury',
    `${YOUNG} & (limb_bend | deformity & !mild) & (fall | fall_off | injury_event) & !healed`,
  ],
  // Most of a bottle of a child's medicine drunk (TOXBASE: over 75-150 mg/kg of paracetamol,
  // hospital now).
  ['overdose-poisoning', `${YOUNG} & bottle_most_drunk`],
  // Yellow on the first day of life (NICE CG98: a doctor within 2 hours).
  ['child-red-flags', '(yellow_lay | jaundice) & born_today'],
  // Pain from the belly button to low on the right (NICE CKS appendicitis: same day).
  ['severe-abdominal-pain', 'pain_moved_lay & (abdo_pain | bump_word)'],
  // A young child who will not walk after a fall (NHS: a same-day check).
  [
    'possible-fracture',
    `${YOUNG} & refuses_walk & (fall | fall_off | tumble | injury_event) & !healed`,
  ],
  // A second febrile fit told as the news (NHS febrile seizures: an urgent GP or 111).
  ['seizure', 'second_fit & (fever | fever_word | febrile_fit | temp_said)'],
  // A young child's grab at hair straighteners (NHS burns: under 5s get a burn checked).
  ['wound-or-burn', `${YOUNG} & hair_tool_grabbed`],
];
