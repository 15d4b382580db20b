// Rules, phase 25 forty-ninth round: what people see on every skin tone
// (lexicon-appearance-second.ts; fresh-triage-p27b). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const APPEARANCE_SECOND_RULES: readonly RuleSource[] = [
  // Cirrhosis with deeper yellow or a swelling belly (decompensation: the liver team today).
  ['jaundice', 'cirrhosis & (yellow_more | belly_bigger_lay | distension)'],
  // A blistered burn on a young child (NHS: burns in children are seen today); an adult's small
  // cooled blister on a hand stays self-care (fresh-triage-p25o gg071, routine).
  [
    'wound-or-burn',
    '(burn | burn_word_more | hot_spill | burn_event) & (blister | skin_blistered) & (child | child_age) & !sunburn_said',
  ],
  // A fingertip ulcer or dark spot getting worse (digital ischaemia: today).
  ['circulation-warning', 'fingertip_sore & (digit_colour_bad | worsening | raynaud_pattern)'],
  // A raised purple rash on the legs and bottom with sore joints or tummy ache (a GP today).
  [
    'purple-rash-check',
    'purple_rash_legs & (joints_sore_lay | abdo_pain) & !non_blanching_rash & !fever',
  ],
];
