// Rules, phase 25 fifty-third round: medicines and pharmacy, a third author
// (lexicon-medicines-third.ts; fresh-triage-p27g, read once at 9fd35f1). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const MEDICINES_THIRD_RULES: readonly RuleSource[] = [
  // Paracetamol taken with a product that already has it, dose after dose (TOXBASE: a staggered
  // overdose, A&E whether or not there are symptoms yet).
  ['overdose-poisoning', 'paracetamol_two_products & doses_repeated'],
  // Diarrhoea many times a day, or for days with cramps, after an antibiotic (NICE CKS: think of
  // C. difficile; a stool test and a review today).
  [
    'medicine-side-effect',
    'antibiotic_named & (diarrhoea | bloody_runs) & (stools_many | abdo_pain) & !healed',
  ],
  // A medicine that cannot stop, with none at the pharmacy or only today's doses left.
  ['medicine-supply', 'pharmacy_none_must_not_stop | must_not_stop_drug & last_doses_left'],
];
