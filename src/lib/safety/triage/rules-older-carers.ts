// Rules, phase 25 twenty-fifth round: older people and those who look after them
// (lexicon-older-carers.ts; fresh-triage-p26c, read once at 3a30fc9). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const OLDER_CARERS_RULES: readonly RuleSource[] = [
  // A week or more of medicines taken at once (TOXBASE: A&E).
  ['overdose-poisoning', 'supply_taken_at_once'],
  // Cold to the touch with drowsiness, muddle or shivering stopped (NHS hypothermia: 999).
  [
    'temperature-emergency',
    '(cold_to_touch_lay | found_cold) & (drowsy | confused | cant_think | not_shivering | unresponsive | speech_problem)',
  ],
  // A long lie: on the floor "since" last night (NHS falls: 999 or A&E).
  ['very-unwell', '(floor_long | found_down | fall) & lie_there_since'],
  // The heart fluttering or irregular at an older age or with a fast rate (NICE CKS atrial
  // fibrillation: same day).
  ['palpitations', 'heart_lay & (older | hr_fast | hr_110 | dizzy | breathless | near_faint)'],
  // A man's urine infection (NICE NG109: a GP, not the pharmacy's scheme).
  ['urine-infection-warning', 'uti_symptoms & male_age_said'],
  // Dribbling with a bladder that never empties (chronic retention: same day).
  ['passing-urine-difficulty', 'dribbling_wee & never_empty'],
  // A new medicine with dizziness on standing and falls or near falls (NICE CKS postural
  // hypotension: review the medicine today).
  [
    'medicine-side-effect',
    'med_started_recent & dizzy & (standing_up | stand_up_lay | orthostatic) & fall',
  ],
  // A dark patch on a pressure point that does not blanch, or in someone in bed most of the day
  // (NICE NG179: a pressure injury, the district nurse today).
  ['wound-or-burn', 'pressure_site_patch & (press_not_white | bed_most_day)'],
  // Bowels not opened for days in an older person with discomfort or eating less (NICE CKS).
  [
    'bowels-stopped',
    'no_bowels_long & older & (eol_distress | abdo_pain | feeding_less_lay | not_eating_drinking)',
  ],
  // Pink or red wee on a blood thinner, its cause only guessed (NHS: GP today).
  ['bleeding-needs-check', 'haematuria & anticoagulant & cause_guessed'],
];
