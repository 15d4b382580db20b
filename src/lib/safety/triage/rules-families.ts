// Rules, phase 25 thirty-second round: an ordinary week from families and an ordinary week
// (lexicon-families.ts; fresh-triage-p26k and p25v, read at 610fe01). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const FAMILIES_RULES: readonly RuleSource[] = [
  // A baby under 3 months at 38 or more, told as a figure and where it was taken (NICE NG143).
  // Not a breastfeeding mother's own temperature (five dumped mastitis messages caught a first
  // draft that also took "feels warm").
  [
    'infant-fever',
    'infant_u3m & bare_temp_high & temp_site_said & !breastfeeding & !mastitis & !infant_fever_mild',
  ],
  // Letters written, or a farewell, with the means in front of them (999).
  [
    'suicide-risk',
    'means_in_front & (letters_written | farewell_words | goodbye_cue | suicidal | passive_death_wish | done_cue)',
  ],
  // A clinician who wants someone seen today.
  ['result-needs-check', 'seen_today_said'],
  // Swung or pulled up by the arms and not using one (a pulled elbow: same day).
  ['possible-fracture', 'swung_by_arms & arm_held_still'],
  // Measles met in pregnancy or by a baby (UKHSA: immunoglobulin within 6 days; today).
  ['exposure-treatment', 'measles_met_cue & (pregnant | pregnant_word | baby)'],
  // Bruises not remembered with pinprick dots or bleeding gums (NICE: a blood count within 48
  // hours).
  [
    'blood-count-check',
    'bruises_unexplained_lay & (pinprick_spots | non_blanching_rash | gums_bleed_lay | gums_bleeding)',
  ],
  // Found with an opioid, a heart or a diabetes tablet and some gone, whoever it is (TOXBASE).
  [
    'overdose-poisoning',
    'found_with_meds & child_got_some & (child_one_pill_drug | opioid | sulfonylurea_named | rx_tablets_lay)',
  ],
];
