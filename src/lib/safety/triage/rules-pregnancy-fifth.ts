// Rules, stop 47: pregnancy, birth and after, a fifth author (lexicon-pregnancy-fifth.ts;
// fresh-triage-p29b, read once with the triage of 565cacc). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const PREGNANCY_FIFTH_RULES: readonly RuleSource[] = [
  // Heavy bleeding in pregnancy, or any bleeding with a known low placenta (999).
  ['pregnancy-emergency', '(pregnant | low_placenta) & blood_pool'],
  ['pregnancy-emergency', 'low_placenta & (vaginal_bleeding | bleeding_any) & !healed'],
  // Pain or bleeding after a crash or a blow to the bump (a possible abruption: 999).
  [
    'pregnancy-emergency',
    'pregnant & (major_trauma | crash_lay) & (vaginal_bleeding | abdo_pain | cramps_any | contractions)',
  ],
  // A wound split open with tissue coming through (999).
  [
    'abdominal-emergency',
    '(wound_gapes | wound_lay_deep | wound_infected | wound_word) & pink_poking_through',
  ],
  // The same day, each firm against the net.
  ['pregnancy-warning', 'pregnant & !preg_before_24w & movements_different', { firm: true }],
  ['pregnancy-warning', 'pregnant & damp_knickers_clear', { firm: true }],
  [
    'infection-needs-check',
    'perineal_tear & (foot_infection_signs | smells_bad | swollen_any | worsening | infection_words)',
    { firm: true },
  ],
  [
    'infection-needs-check',
    '(postpartum_said | postpartum_days | postpartum_word) & something_inside_lay & (smells_bad | foot_infection_signs)',
    { firm: true },
  ],
  ['headache-warning-signs', '(epidural_said | spinal_needle) & headache_upright', { firm: true }],
];
