// Rules, phase 25 fifty-ninth round: the belly, bowels, waterworks and genitals, a fourth author
// (lexicon-belly-third.ts; fresh-triage-p27m, read once at 9557b8d). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const BELLY_THIRD_RULES: readonly RuleSource[] = [
  // Pain all over the belly with a temperature and getting worse or unable to walk (peritonitis,
  // a burst appendix: 999).
  [
    'abdominal-emergency',
    'belly_pain_all_over & (fever | temp_bare_high | temp_39 | temp_38) & (worsening | cant_stand | cant_stand_move | severe | severe_pain_any | rigid_abdomen)',
  ],
];
