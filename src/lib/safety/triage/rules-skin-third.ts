// Rules, phase 25 sixty-fourth round: skin, allergy, bites, stings and burns, a third author
// (lexicon-skin-third.ts; fresh-triage-p27r, read once at 4771b3c). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const SKIN_THIRD_RULES: readonly RuleSource[] = [
  // Stung in the mouth or throat with the tongue or throat swelling or speech hard (999), or
  // stung in the mouth at all (the swelling may block the airway).
  [
    'anaphylaxis',
    'sting_in_mouth & (tongue_swelling_lay | lip_face_swelling | voice_change | breathless)',
  ],
  ['airway-blocked', 'sting_in_mouth & !healed'],
  // A burn blistering over more than the person's hand, said so (A&E); a whole palm stays same day.
  [
    'serious-injury',
    '(burn | burn_word_more | hot_spill | burn_event) & (blister | skin_blistered | blisters_widespread) & burn_over_hand_size & !sunburn_said',
  ],
];
