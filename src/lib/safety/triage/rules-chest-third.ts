// Rules, phase 25 fifty-sixth round: the chest, heart and breathing, a fourth author
// (lexicon-chest-third.ts; fresh-triage-p27i, read once at de4f3a1). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const CHEST_THIRD_RULES: readonly RuleSource[] = [
  // Croup noisy at rest with drooling or a child who will not lie back (NICE CKS: severe, 999).
  [
    'airway-blocked',
    '(croup | croup_lay | croup_cough) & (noisy_breathing | stridor) & (at_rest | at_rest_lay) & (drooling | wont_lie_back)',
  ],
  // The angina spray needed more, or pain on less walking (unstable angina: a doctor today).
  ['chest-pain', 'angina_more_now'],
  // A pulse of 45 or under, all day or since a new heart tablet, with feeling washed out (a
  // beta blocker or a heart block: an ECG today).
  ['result-needs-check', 'hr_low_45 & (new_medicine | washed_out)'],
];
