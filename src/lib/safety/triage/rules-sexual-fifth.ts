// Rules, stop 47: sexual and reproductive health, a fifth author (lexicon-sexual-fifth.ts;
// fresh-triage-p29f, read once with the triage of 565cacc). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const SEXUAL_FIFTH_RULES: readonly RuleSource[] = [
  // A scrotum swelling after a vasectomy with clamminess or faintness (bleeding: A&E).
  [
    'severe-bleeding',
    'vasectomy & (scrotal_swelling | testicle_swollen_lay) & (clammy | dizzy | near_faint | fainted | pale)',
  ],
  // A gush or big clots after a birth with faintness (secondary postpartum haemorrhage: 999).
  [
    'severe-bleeding',
    '(postpartum_word | postpartum_said | postpartum_days) & (clots_big_lay | bleed_gush) & (near_faint | dizzy | fainted | pale | clammy)',
  ],
  // An erection drug with poppers, then faints or greyness (a dangerous fall in blood pressure).
  [
    'medicine-reaction-severe',
    'ed_drug & poppers_named & (fainted | collapse | skin_grey | cant_stand | pale | went_white)',
  ],
  // The same day, firm against the net.
  ['emergency-contraception', '(ec_taken | emergency_contraception) & threw_it_up', { firm: true }],
  // A progestogen-only pill late with sex since, said plainly ("we had sex last night": stop 50
  // probes, read routine when the sex was not called unprotected).
  [
    'emergency-contraception',
    'progestogen_only & pill_hours_late & (unprotected_sex | condomless_lay | sex_unprotected_lay | sex_recent)',
    { firm: true },
  ],
  ['pregnancy-warning', 'pregnant & pad_blood', { firm: true }],
  [
    'fertility-treatment-warning',
    'fertility_treatment & (bloated_lay | hf_weight_gain) & (nausea | vomiting | hf_weight_gain | weight_put_on | sick_lay | abdo_pain)',
    { firm: true },
  ],
  ['sexual-assault', 'sex_without_consent', { firm: true }],
];
