// Rules, phase 25 sixty-third round: a poorly child from 3 months to 12 years
// (lexicon-child-third.ts; fresh-triage-p27o, read once at cfba57b). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const CHILD_THIRD_RULES: readonly RuleSource[] = [
  // A sore throat with a mouth that will barely open and dribbling or one side of the neck
  // swollen (quinsy, the airway at risk: A&E now).
  [
    'airway-blocked',
    'sore_throat & trismus & (dribbling_lay | drooling | cant_swallow_saliva) & (voice_change | throat_one_side | neck_swelling | muffled_voice)',
  ],
];
