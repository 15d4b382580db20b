// Rules, stop 49: same-day signs of lexicon-same-day-second.ts. Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const SAME_DAY_SECOND_RULES: readonly RuleSource[] = [
  // A prolapsed stoma: the stoma nurse or GP today (a dark or dusky one is after-care's 999).
  ['result-needs-check', 'stoma & stoma_prolapse'],
  // Someone asleep in a room with a bat: rabies post-exposure assessment today. Firm: the net,
  // which reads "no obvious bite marks" as reassurance, took it back (ks014); a bat's bite may
  // not show.
  ['exposure-treatment', '(bat_word | bat_word_d) & bat_sleeper', { firm: true }],
];
