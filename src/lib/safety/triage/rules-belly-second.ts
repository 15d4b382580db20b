// Rules, phase 25 thirty-third round: the belly, bowels, waterworks and genitals
// (lexicon-belly-second.ts; fresh-triage-p26l). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BELLY_SECOND_RULES: readonly RuleSource[] = [
  // A stoma turned dark purple or black (ASCN: 999).
  ['abdominal-emergency', 'stoma & stoma_dusky_more & !stoma_dusky_partial'],
  // A stoma with no output (the stoma nurse or 111 today).
  ['severe-abdominal-pain', 'stoma & stoma_no_output_more'],
  // A kidney stone with pain past painkillers and nothing kept down (NICE CKS: admit).
  [
    'abdominal-emergency',
    '(renal_colic | kidney_pain_lay) & (severe | severe_pain_any) & (fluids_not_kept | vomit_persistent | cant_swallow_fluids)',
  ],
  // Inflammatory bowel disease with many bloody stools and a temperature, a fast pulse or a
  // swelling belly (BSG: acute severe colitis, admission).
  [
    'abdominal-emergency',
    'ibd_named & (blood_in_stool | bloody_runs) & stools_many & (fever | temp_bare_high | hr_fast | hr_110 | distension)',
  ],
  // Black tarry stools with dizziness or wobbliness on standing, or a faint (A&E).
  [
    'severe-bleeding',
    'melaena & (near_faint | fainted | pale | dizzy & (standing_up | stand_up_lay) | ataxia & (standing_up | stand_up_lay))',
  ],
  // A catheter come out (the tract closes within hours: today).
  ['passing-urine-difficulty', 'catheter_out'],
  // A hernia harder to push back (same day).
  ['severe-abdominal-pain', 'hernia & hernia_harder'],
  // A tampon or cup that cannot be removed (a GP or nurse today).
  ['genital-warning', 'tampon & tampon_stuck'],
  // Constipation for days with vomiting and a swollen belly (same day).
  [
    'bowels-stopped',
    '(no_bowels_long | no_bowels_days | constipated_days_lay) & vomiting & distension',
  ],
];
