// Rules, phase 25, stop 46 second round: skin, allergy, bites, stings and burns, a fourth author
// (lexicon-skin-fourth.ts; fresh-triage-p28a, read once at 18627d0). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const SKIN_FOURTH_RULES: readonly RuleSource[] = [
  // Sore lips or mouth on a new medicine with red or sticky eyes, or skin coming off, and
  // blisters (Stevens-Johnson syndrome / TEN: A&E; MHRA lamotrigine warning).
  [
    'skin-emergency',
    '(blister | skin_blistered | skin_coming_off) & (mucosa_sore | mouth_sores | mucosal_sores | mouth_ulcers_lay) & new_medicine & (eyes_red_lay | eye_discharge | skin_coming_off)',
  ],
  // Red and scaly over nearly the whole body, with shivers, cold or swollen ankles
  // (erythroderma: same day, BAD).
  [
    'skin-widespread',
    'skin_red_all_over & (rigors | cant_get_warm | fever_lay | fever | ankle_swelling | very_unwell)',
  ],
  // Dots round the eyes or on the face after straining to be sick or cough, in a child with no
  // temperature (not 999, rules-brain-mind.ts): still a same-day check of a rash that does not
  // fade (NICE NG143), unless a clinician who saw them put them down to the straining.
  [
    'face-dots-check',
    'non_blanching_rash & face_dots_from_straining & !dots_put_down_to_straining',
  ],
];
