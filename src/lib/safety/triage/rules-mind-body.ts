// Rules, phase 25 eighth round: the mind and the body together (lexicon-mind-body.ts;
// fresh-triage-p25i, read once at a7ac220). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const MIND_BODY_RULES: readonly RuleSource[] = [
  // Clozapine missed for 2 days or more: the team must restart it slowly (Maudsley).
  ['medicine-not-kept-down', 'clozapine_missed_days'],
  // Constipation on clozapine: the bowel can stop (MHRA: same-day review).
  ['medicine-side-effect', 'clozapine_named & bowels_stopped'],
  // A benzodiazepine taken for months or years about to run out (BNF: withdrawal fits).
  ['medicine-supply', 'benzo_named & (supply_ending | run_out) & (course_long | daily_dose_said)'],
  // Lithium with a new ACE inhibitor, ARB, diuretic or NSAID and feeling sick, shaky or
  // unsteady: lithium levels rise (BNF); a level today.
  [
    'medicine-side-effect',
    'lithium & lithium_interacting & (nausea | vomiting | shaky | diarrhoea | ataxia | confused)',
  ],
  // Pregnant on lithium: the prescriber or perinatal team today, and not stopped suddenly.
  ['medicine-side-effect', 'lithium & (pregnant | pregnant_word)'],
  // An MAOI with tyramine-rich food and a headache or a raised blood pressure (BNF).
  [
    'medicine-side-effect',
    'maoi_named & tyramine_food & (headache | bp_high | bp_severe | bp_crisis | palpitations | sweaty)',
  ],
  // Hearing or seeing what is not there (a new psychosis, or delirium: same day).
  ['mental-health-urgent', 'hallucination_lay'],
  // Weight lost fast in a young person with dizziness on standing or a slow pulse (MEED).
  [
    'mental-health-urgent',
    'weight_lost_lots & (child | teen_word) & (dizzy | near_faint | fainted | pulse_low_lay | hr_low_45 | hr_slow)',
  ],
];
