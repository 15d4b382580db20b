// Rules, stop 47: mood, crisis and self-harm, a sixth author (lexicon-crisis-sixth.ts;
// fresh-triage-p28p, read once at fdc6048). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const CRISIS_SIXTH_RULES: readonly RuleSource[] = [
  // At a railway, a bridge or a cliff with intent told sideways or a goodbye (999); not "at the
  // train station waiting, just wanted someone to know I've got a mild headache".
  ['suicide-risk', 'at_means_place & (veiled_intent | suicidal | farewell_words | goodbye_cue)'],
  // Tablets saved and a time set to take them, told of oneself or a friend (999).
  ['suicide-risk', 'means_saved & taking_them_timed'],
  // Button batteries swallowed on purpose (NHS: A&E at once, whoever swallowed them).
  ['swallowed-hazard', 'battery_described & (ingested | swallowed_object)'],
  // Purging today with a skipping heart and weak legs (low potassium with a rhythm risk; MEED:
  // A&E).
  [
    'heart-rhythm-red-flags',
    '(bulimia_named | purging_lay) & vomiting & (palpitations | irregular_pulse) & (legs_weak_both | weak_new | cant_stand | arm_leg_weak)',
  ],
  // The same day (NICE NG225, CG192, CG185, CG178; MEED).
  [
    'mental-health-urgent',
    'better_off_other_parent & (postpartum_word | postpartum_said | postpartum_days | baby_word)',
  ],
  ['mental-health-urgent', 'psychosis_dx & mania_signs_lay & (short_sleep_nights | not_sleeping)'],
  ['mental-health-urgent', 'weight_periods_stopped & (dizzy | fainted | had_to_sit_floor)'],
  [
    'mental-health-urgent',
    '(not_trying_to_die | self_harm_shown) & (wound_word | self_harm_minor | burn | self_harm_done) & (child_word | child)',
  ],
  ['mental-health-urgent', 'search_how_to_die'],
  [
    'mental-health-urgent',
    '(giving_things | giving_treasured) & (posting_about_dying | low_mood | hopeless_lay)',
  ],
  ['mental-health-urgent', 'rather_be_dead & !joking'],
  ['mental-health-urgent', 'giving_both_tablets'],
  ['mental-health-urgent', 'messages_through_media'],
  ['mental-health-urgent', 'paranoid_lay & drug_days_ago'],
  // A belief that the body is rotting in someone fed by hand (psychotic depression).
  ['mental-health-urgent', 'nihilistic_lay & fed_by_hand'],
];
