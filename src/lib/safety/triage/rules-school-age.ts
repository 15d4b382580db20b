// Rules, phase 25 thirty-sixth round: school-age children and teenagers (lexicon-school-age.ts;
// fresh-triage-p26o). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const SCHOOL_AGE_RULES: readonly RuleSource[] = [
  // Tummy pain with screaming when the bed is bumped or lying still, with a temperature or pain
  // all over (peritonitis: A&E).
  [
    'abdominal-emergency',
    'abdo_pain & peritonism_more & (fever | temp_bare_high | belly_pain_all_over | child | child_word)',
  ],
  // A child who went under and has coughed, whatever the lifeguard said (A&E).
  // Not one who coughed once and has been completely fine since (two dumped messages caught a
  // first draft).
  ['breathing-severe', 'drowning_more & cough_still_lay & (child | child_word | child_age | baby)'],
  // A knife wound (999).
  ['serious-injury', 'knife_wound_lay'],
  // Only one or two small wees with a stomach bug in a child (NICE CG84: same day).
  [
    'dehydration',
    '(child | child_word | child_age) & few_wees_lay & (vomiting | diarrhoea | diarrhoea_lay)',
  ],
  // Cuts found on a young person (NICE NG225: same day).
  ['mental-health-urgent', 'cuts_found_lay & (child | child_word | child_age | self_harm_minor)'],
  // A question about spots that do not fade under a glass, then a child with a temperature and
  // spots told now (Meningitis Research Foundation, NICE NG240: 999).
  [
    'meningitis-signs',
    'glass_test_asked & spots_told_lay & (fever | fever_word | high_fever_words) & (child | child_word | child_age | baby)',
  ],
  // Dark thoughts louder on a psychiatric medicine, restless or not sleeping (MHRA: today).
  [
    'mental-health-urgent',
    '(psych_meds | ssri_more) & dark_thoughts_lay & (agitated | not_sleeping)',
  ],
];
