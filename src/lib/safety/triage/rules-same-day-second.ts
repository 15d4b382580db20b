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
  // A transplant medicine forgotten (the transplant team today; fresh-triage-p30k lc143). Firm:
  // "feel totally fine" is no reassurance after a missed anti-rejection dose, and the net took
  // it back. Not a dose remembered and taken late (fresh-triage-p25g fy160).
  ['medicine-not-kept-down', 'transplant_drug & missed_dose & !dose_taken_late', { firm: true }],
  // A mechanical valve's warfarin run out for days (the anticoagulation clinic or GP today:
  // bridging may be needed; fresh-triage-p30k lc097).
  ['medicine-supply', '(mech_valve | valve_replaced) & anticoagulant & run_out'],
];
