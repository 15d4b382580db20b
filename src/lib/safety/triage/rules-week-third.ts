// Rules, phase 25 sixtieth round: an ordinary week by a new author (lexicon-week-third.ts;
// fresh-triage-p27l, read once at 9557b8d). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WEEK_THIRD_RULES: readonly RuleSource[] = [
  // Someone with diabetes who cannot be woken properly, or only groans, or cannot swallow what is
  // given (a severe hypo: 999, nothing by mouth).
  [
    'diabetes-emergency',
    '(diabetic | type1 | insulin_word) & (cant_wake_properly | groans_only | drink_dribbles_out | unresponsive | barely_responsive)',
  ],
  // Any adult who cannot be woken properly and only groans (reduced consciousness: 999).
  ['unresponsive', 'cant_wake_properly & groans_only'],
  // A sexual act not agreed to (a sexual assault referral centre).
  ['sexual-assault', 'sex_not_agreed'],
];
