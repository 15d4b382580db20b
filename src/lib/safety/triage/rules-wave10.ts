// Rules, phase 10 (helper fa): two gaps the twins of routine look-alikes showed while the false
// alarms were fixed: a crushing or pressing pain that spreads to the arm, jaw or back, told in
// a clause that does not say "chest" ("the doctor checked my chest last week, but now the
// pain is crushing and going to my arm"; NHS heart attack: 999), and eating next to nothing
// with the weight lost counted or periods stopped. Concepts: lexicon-*.ts. Expression
// language: expression.ts.

import type { RuleSource } from './rule-types';

export const WAVE10_RULES: readonly RuleSource[] = [
  [
    'chest-pain-red-flags',
    'chest_pressure_type & radiates & (severe | severe_pain_any | sweaty | breathless | nausea | near_faint)',
  ],
  // Eating next to nothing with weight lost in kilos or stones, or periods stopped (NICE
  // NG69): the "weight_losing" rule of rules-wave9-b.ts heard only "lost weight".
  ['mental-health-urgent', 'eating_disorder & (weight_lost_amount | periods_stopped)'],
];
