// Rules, phase 25 fortieth round: sexual and reproductive health outside pregnancy
// (lexicon-sexual-second.ts; fresh-triage-p26s). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const SEXUAL_SECOND_RULES: readonly RuleSource[] = [
  // A red, swollen scrotum or skin turning black with a fever, shivers or diabetes (Fournier's
  // gangrene, necrotising infection: 999).
  [
    'sepsis-signs',
    'skin_going_black & (scrotal_swelling | testicle_swollen_lay | testicle_pain | red_hot_swollen) & (fever | rigors | diabetic | very_unwell)',
  ],
  // Sex with nothing, or with coil threads that cannot be felt (FSRH: emergency contraception
  // within 5 days) — not sex weeks ago.
  [
    'emergency-contraception',
    'sex_unprotected_lay & !(sex_weeks_ago & !sex_recent) & !(ec_taken & !vomiting)',
  ],
  ['emergency-contraception', 'coil_threads_missing & (sex_recent | sex_unprotected_lay)'],
  // Erections lasting hours on a medicine (BNF: trazodone; today).
  ['medicine-side-effect', 'erections_lasted_hours & !priapism & !erection_hours'],
  // A known ovarian cyst much more painful today (NICE CKS: same day, torsion or rupture).
  ['severe-abdominal-pain', 'ovary_cyst & (worse_lately | worsening | severe | severe_pain_any)'],
  // Barely able to wee (same day).
  ['passing-urine-difficulty', 'wee_barely_out'],
  // A child's disclosure (NSPCC: the police or children's services today).
  ['safeguarding-concern', 'disclosure_touching & (child | child_word | child_age | pupil_word)'],
];
