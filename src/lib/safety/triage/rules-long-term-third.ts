// Rules, stop 47: long-term conditions, a fourth author (lexicon-long-term-third.ts;
// fresh-triage-p29h). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const LONG_TERM_THIRD_RULES: readonly RuleSource[] = [
  // Pain, a leak or a fever days after a PEG was put in (peritonitis: stop the feed, A&E).
  [
    'abdominal-emergency',
    'peg_new & (abdo_pain | eol_distress | severe_pain_any) & (fever_word | temp_bare_high | waters_leaking)',
  ],
  // The same day, firm against the net.
  [
    'medicine-not-kept-down',
    '(steroid_long_term | steroid_any & course_long) & vomiting',
    { firm: true },
  ],
  [
    'blood-urine-stool',
    'ibd_named & (stools_many | diarrhoea | diarrhoea_lay) & (bleeding_any | blood_in_stool)',
    { firm: true },
  ],
  [
    'passing-urine-difficulty',
    'catheter_said & drained_nothing & (abdo_pain | bloated_lay | bladder_full_sore)',
    { firm: true },
  ],
];
