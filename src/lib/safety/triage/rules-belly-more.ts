// Rules, phase 25 eighteenth round: the belly, bowels and waterworks (lexicon-belly-more.ts;
// fresh-triage-p25s, read once at 46c3717). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BELLY_MORE_RULES: readonly RuleSource[] = [
  // Days after an operation, belly pain getting worse or all over, with a racing heart,
  // clamminess, a fever or sickness (a leak or peritonitis: 999 / A&E).
  [
    'abdominal-emergency',
    'operation_recent_lay & (belly_pain_all_over | abdo_pain) & (worsening | belly_pain_all_over) & (clammy | sweaty | pale | hr_110 | very_unwell | fever | vomiting)',
  ],
  // A groin or belly-button lump known for a while, now stuck out, hard or red, with sickness
  // or screaming (a trapped hernia: A&E).
  [
    'abdominal-emergency',
    'groin_lump_known & irreducible & (vomiting | severe | not_settling | crying_constant | red_hot_swollen | severe_pain_any)',
  ],
  // A pad soaked in minutes: with dizziness, after a miscarriage, a birth or in pregnancy, an
  // emergency; alone, today.
  [
    'severe-bleeding',
    'pad_minutes & (near_faint | dizzy | fainted | pale | clammy | miscarriage | postpartum | pregnant)',
  ],
  ['bleeding-needs-check', 'pad_minutes'],
  // Fresh blood in the days after a polyp was removed (BSG: the endoscopy unit today).
  ['bleeding-needs-check', 'polypectomy_recent & fresh_blood_passed'],
  // A positive test or a late period with an ache on one side low down (NICE NG126: the early
  // pregnancy unit today, to rule out an ectopic).
  ['pregnancy-warning', 'period_late_positive & one_side_ache'],
  // Sudden severe pain low on one side, doubled over, with vomiting and pallor (torsion or an
  // appendix: A&E).
  [
    'abdominal-emergency',
    'sudden & (pain_low_right | low_side_pain | one_side_ache) & (doubled_over | severe_pain_any | severe) & vomiting & (pale | went_white | clammy | near_faint | fainted)',
  ],
];
