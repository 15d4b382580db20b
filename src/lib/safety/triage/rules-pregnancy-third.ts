// Rules, phase 25 sixty-first round: pregnancy, birth and after, a third author
// (lexicon-pregnancy-third.ts; fresh-triage-p27q, read once at cfba57b). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const PREGNANCY_THIRD_RULES: readonly RuleSource[] = [
  // A birth under way with the head coming, told as "having the baby in the car" (999).
  ['pregnancy-emergency', 'labour_now_lay & (birth_imminent | cord_visible)'],
  // A pad full every hour, or flooding, in the days after a birth (a postpartum haemorrhage: 999).
  ['pregnancy-emergency', '(postpartum_said | postpartum_days) & heavy_bleeding & !healed'],
  // Contractions three minutes apart or closer before 37 weeks, getting stronger or not a first
  // baby (preterm labour that may be fast: 999 or the maternity unit now). Further apart, the
  // same-day rules read them (pregnancy-warning), as the other authors labelled them.
  [
    'pregnancy-emergency',
    'preg_preterm & contractions_close & (worsening | not_first_baby | waters_broken)',
  ],
];
