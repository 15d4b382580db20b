// Rules, phase 25, stop 46 tenth round: infections in adults, a fourth author
// (lexicon-infections-fourth.ts; fresh-triage-p28j, read once at f231b9b). Expression
// language: expression.ts.

import type { RuleSource } from './rule-types';

export const INFECTIONS_FOURTH_RULES: readonly RuleSource[] = [
  // Bloody diarrhoea, then little urine with swelling or unexplained bruises (haemolytic
  // uraemic syndrome: A&E now, UKHSA).
  [
    'kidney-emergency',
    '(bloody_diarrhoea | bloody_runs) & (pee_little | little_urine_more | little_urine) & (puffy_lay | lip_face_swelling | ankle_swelling | bruises_unexplained_more | bruises_unexplained_lay)',
  ],
];
