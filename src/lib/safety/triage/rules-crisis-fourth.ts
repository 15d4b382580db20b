// Rules, phase 25, stop 46 first round: mood, crisis and self-harm, a fourth author
// (lexicon-crisis-fourth.ts; fresh-triage-p27z, read once at da764f3). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const CRISIS_FOURTH_RULES: readonly RuleSource[] = [
  // The means set out and counted for "enough" (a plan with its means: 999).
  ['suicide-risk', 'means_counted_enough'],
  // A threat to crash a car, with drink taken or already driving off (Zero Suicide Alliance:
  // a threat with the means at hand; the police on 999).
  ['suicide-risk', 'car_crash_threat'],
  // A whole insulin pen injected, or the rest of a named medicine taken (an intentional
  // overdose: A&E now, whatever the person feels); the rest of a strip only of a medicine that
  // harms in overdose, with drink or drowsiness (not the end of a course of antibiotics).
  [
    'overdose-poisoning',
    'insulin_whole_injected | rest_of_pack_named & (psych_meds | ssri_more | sedating_med | opioid | high_risk_drug | paracetamol_word | benzo_named) & (alcohol_drink | drowsy | sleepy_lay | palpitations)',
  ],
  // Stiff or staring in one position for hours or days, not drinking (catatonia: A&E).
  ['mental-health-danger', 'held_one_position & (not_eating_drinking | drinking_little)'],
  // Withdrawal a day or days after stopping a heavy habit (NICE CG100: alcohol, same day;
  // BNF: a benzodiazepine taken for months stopped at once, same day, fits can follow).
  [
    'alcohol-withdrawal',
    '(heavy_drinker | alcohol_heavy) & stopped_days_ago & (shaky | sweaty | hr_fast | not_sleeping)',
  ],
  [
    'medicine-side-effect',
    'benzo_long_use & stopped_days_ago & (shaky | twitching | jerking | agitated | not_sleeping | sweaty)',
  ],
  // An antipsychotic run out with a relapse beginning (the mental health team today).
  [
    'mental-health-urgent',
    '(psych_meds_run_out | stopped_psych_meds) & (psychosis_dx | antipsychotic) & (voices_back | relapse_signs | hallucinating | relapse_again)',
  ],
  // Own tablets stopped with hopelessness (a passive wish to die: the GP today).
  ['mental-health-urgent', 'stopped_taking_meds & (hopeless_lay | point_of_any_of_it)'],
  // Shut away for days, hopeless and not eating (severe depression: the GP or crisis line today).
  [
    'mental-health-urgent',
    'not_getting_up & (hopeless_lay | point_of_any_of_it) & (not_eating_drinking | barely_eating_lay)',
  ],
  // Bulimia with purging many times a day and cramps or weakness; swelling on refeeding in
  // recovery from anorexia (MEED: electrolytes and phosphate today).
  [
    'mental-health-urgent',
    '(bulimia_named | purging_lay | eating_disorder) & vomits_per_day & (cramps_lay | weak_new | washed_out | dizzy | palpitations | twitching)',
  ],
  [
    'mental-health-urgent',
    'eating_disorder & refeeding_lay & (ankle_swelling | puffy_lay | swollen_any | breathless | palpitations)',
  ],
];

// Stop 46, the fifth crisis set (lexicon-crisis-fourth.ts CRISIS_FIFTH_SIGNS; fresh-triage-p28m,
// read once at 2e90c6f).
export const CRISIS_FIFTH_RULES: readonly RuleSource[] = [
  // A plan for tonight told so that someone knows, or with low mood or a goodbye; a burden ending
  // tonight; a rope put ready with low mood (999).
  [
    'suicide-risk',
    'done_it_timed & (someone_knows | suicidal | farewell_words | goodbye_cue | low_mood | hopeless_lay) | burden_ends_timed | rope_put_ready & (suicidal | low_mood | burden_ends_timed | farewell_words | hopeless_lay)',
  ],
  // Method thought over without intent; a belief the body is dead with food refused; days in bed
  // without food in depression; a follow-up after self-harm that did not come (the GP or crisis
  // line today).
  ['mental-health-urgent', 'method_ruminating'],
  [
    'mental-health-urgent',
    'nihilistic_lay & (barely_eating_lay | not_eating_drinking | not_eaten_days | low_mood)',
  ],
  [
    'mental-health-urgent',
    '(low_mood | psych_illness) & (in_bed_lay | not_getting_up) & (not_eaten_days | not_eating_drinking | barely_eating_lay)',
  ],
  ['mental-health-urgent', 'after_self_harm & followup_missed'],
  // Purging with blood in the sick (same day).
  ['bleeding-needs-check', 'purging_lay & (vomit_streaks | blood_small | bleeding_any)'],
];
