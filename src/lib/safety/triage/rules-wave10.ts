// Rules, phase 10 (helper fa): one gap a routine look-alike's twin showed while the false
// alarms were fixed: a crushing or pressing pain that spreads to the arm, jaw or back, told in
// a clause that does not say "chest" ("the doctor checked my chest last week, but now the
// pain is crushing and going to my arm"). NHS heart attack: 999. Concepts: lexicon-*.ts.
// Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WAVE10_RULES: readonly RuleSource[] = [
  [
    'chest-pain-red-flags',
    'chest_pressure_type & radiates & (severe | severe_pain_any | sweaty | breathless | nausea | near_faint)',
  ],
];
