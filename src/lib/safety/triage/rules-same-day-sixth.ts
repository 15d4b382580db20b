// Rules, stop 53's second round: same-day problems that the first round's six held-out sets
// (spent since its end) showed read as routine (lexicon-same-day-sixth.ts SAME_DAY_SIXTH_CUES).
// Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const SAME_DAY_SIXTH_RULES: readonly RuleSource[] = [
  // Pregnant, never had chickenpox, and in contact with someone whose spots came out (NICE CKS
  // chickenpox: antibodies or antivirals within days; the midwife or GP today).
  [
    'exposure-treatment',
    '(pregnant | pregnant_word) & no_chickenpox_yet_lay & (chickenpox_contact | spots_coming_up | spots_out_on_contact_lay)',
  ],
  // A red, aching eye that light hurts, with ankylosing spondylitis or another inflammation known
  // (uveitis: eye casualty today).
  [
    'eye-warning',
    'eye_inflammation_known & (eyes_red_lay | eye_pain_red) & (light_hurts_lay | photophobia | sight_blurred_lay | blurred_vision)',
  ],
  // A dialysis fistula that has lost its buzz (a clot: the unit today).
  ['fistula-check', 'fistula_any & fistula_buzz_gone_lay'],
  // A Parkinson's medicine missed for a day or more (NICE NG71: never stopped suddenly; rigidity
  // and worse: the team or 111 today).
  ['medicine-not-kept-down', 'parkinsons_med_missed_lay'],
  // A sore throat or mouth ulcers with a temperature on a medicine that can stop the white cells
  // (mirtazapine, carbimazole, clozapine: an urgent blood count today).
  [
    'blood-count-check',
    '(marrow_risk_drug | marrow_more_lay) & (sore_throat | mouth_sores | mucosa_sore) & (fever | fever_word | flu_like_lay | temp_38 | bare_temp_high | rigors)',
  ],
  // Clozapine missed for two days or more (it must be restarted at a low dose: the team today).
  ['medicine-not-kept-down', 'clozapine_named & (clozapine_gap_lay | missed_doses)'],
  // Weight gained fast with ankles swelling and more breathless on effort (fluid building up:
  // heart failure or kidney disease; the GP or the team today).
  ['heart-failure-signs', 'hf_weight_gain & ankle_swelling & (breath_on_effort | breathless)'],
  // Gallstone pain lasting longer than it usually does (cholecystitis: the GP or 111 today).
  [
    'severe-abdominal-pain',
    'gallstone_lay & (abdo_pain | ruq_pain | one_side_ache) & longer_than_usual_lay',
  ],
];
