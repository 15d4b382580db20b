// Rules, phase 25 thirty-ninth round: rare but time-critical conditions beside their look-alikes
// (lexicon-time-critical-second.ts; fresh-triage-p26r). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const TIME_CRITICAL_SECOND_RULES: readonly RuleSource[] = [
  // Sciatica that has spread to both legs (NICE NG59: same-day assessment for cauda equina).
  ['back-pain-warning', '(sciatica_any | back_pain) & sciatica_both_legs'],
  // A child not drinking with few wees or dry lips (NICE CG84, NG143: same day).
  [
    'dehydration',
    '(child | child_word | child_age) & not_eating_drinking & (pee_little | few_wees_lay | little_urine | little_urine_more)',
  ],
];
