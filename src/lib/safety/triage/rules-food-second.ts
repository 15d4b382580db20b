// Rules, phase 25 forty-first round: food, eating and drinking (lexicon-food-second.ts;
// fresh-triage-p26t). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const FOOD_SECOND_RULES: readonly RuleSource[] = [
  // A cough that stays after a choke, even with the food out (RCUK: a doctor today).
  ['breathing-difficulty', 'choking & cough_ongoing'],
  // No adrenaline pen left (MHRA: two at all times; replace today).
  ['medicine-supply', 'no_pen_left'],
  // Formula made too strong for a baby (hypernatraemia: advice today).
  [
    'dehydration',
    'formula_too_strong & (baby | baby_word | months_age_lay | months_lt6_lay | child_word)',
  ],
  // Purging with weakness, twitches, palpitations or dizziness (NICE NG69: same day).
  [
    'mental-health-urgent',
    'purging_lay & (weak_new | twitching | palpitations | dizzy | near_faint)',
  ],
  // Epilepsy with doses missed and warning feelings back (advice today).
  ['seizure', 'epilepsy & (missed_couple | missed_doses) & (warning_feelings | aura_lay)'],
  // A stomach bug on the "sick day" medicines with fluids not staying down and dizziness.
  [
    'dehydration',
    'sick_day_drug & (stomach_bug_lay | vomiting | diarrhoea) & fluids_not_kept & (dizzy | near_faint | orthostatic | dark_urine | little_urine)',
  ],
];
