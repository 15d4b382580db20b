// Rules, phase 25 twenty-first round: mood, crisis and self-harm (lexicon-crisis-more.ts;
// fresh-triage-p25x, read once at 64327dd). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const CRISIS_MORE_RULES: readonly RuleSource[] = [
  // Every pill in the house, or ten of each of two medicines (TOXBASE: A&E, however well).
  ['overdose-poisoning', 'took_every_pill | count_of_each & (ingested | medicine_named)'],
  // A question about an overdose "for someone" that ends "asking for me. already done".
  ['overdose-poisoning', 'self_reveal & count_named_question'],
  // On the bridge or the tracks now (the Samaritans, 999).
  ['suicide-risk', 'danger_place_now_more'],
  // A wound deep enough to show fat: closed today (two authors labelled an accident's so); one
  // made on purpose, an hour ago, with a razor, is A&E now (NICE NG225).
  ['serious-injury', 'wound_fat_showing & (self_cut_lay | suicidal)'],
  [
    'wound-or-burn',
    'wound_fat_showing & (wound_word | wound_deep | self_harm_minor | bleeding_any)',
  ],
  // A gun made ready with a goodbye or nothing left to live for (999).
  [
    'suicide-risk',
    'gun_readied & (goodbye_lay | low_mood | hopeless_lay | suicidal | passive_death_wish)',
  ],
  // Mania at the wheel with children in the car, or driving off after a collision (999).
  ['mental-health-danger', 'manic_driving & (mania_lay | psychosis | psychosis_dx | not_sleeping)'],
  // A BMI of 16 or under with dizziness or restriction (MEED: a doctor today).
  [
    'mental-health-urgent',
    'bmi_low_lay & (dizzy | near_faint | not_eating_drinking | eating_disorder | standing_up | stand_up_lay)',
  ],
  // Self-harm by burning, or fresh cuts seen on a young person (NICE NG225: an assessment today).
  ['mental-health-urgent', 'self_burn_lay | cuts_fresh_lay'],
  // Mania: a known bipolar disorder with a few hours' sleep a night or a spending spree (NICE
  // CG185: the crisis team or the psychiatrist today).
  ['mental-health-urgent', 'psychosis_dx & (short_sleep_lay | spending_spree)'],
];
